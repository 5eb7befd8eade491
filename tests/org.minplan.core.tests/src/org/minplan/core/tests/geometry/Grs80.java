package org.minplan.core.tests.geometry;

/**
 * Reference formulas on the CGCS2000 ellipsoid (GRS80: a = 6 378 137 m, f = 1/298.257222101), written
 * independently of proj4j so the tests check the workbench against something other than itself.
 */
final class Grs80 {

	static final double A = 6_378_137;
	static final double F = 1 / 298.257222101;

	private Grs80() {
	}

	/**
	 * Transverse Mercator (Gauss–Krüger, scale 1 on the central meridian) by Krüger's n-series to order
	 * n⁶, as given by C. F. F. Karney, "Transverse Mercator with an accuracy of a few nanometers",
	 * J. Geodesy 85 (2011), eqs. (7)–(11), (35). Accurate to well below 1 mm within many degrees of the
	 * central meridian.
	 *
	 * @return {easting, northing} in metres
	 */
	static double[] gaussKrueger(double lon, double lat, double centralMeridian, double falseEasting) {
		double n = F / (2 - F);
		double n2 = n * n;
		double n3 = n2 * n;
		double n4 = n3 * n;
		double n5 = n4 * n;
		double n6 = n5 * n;
		double rectifyingRadius = A / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
		double[] alpha = { 0, //
				n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
				13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
				61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
				49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
				34729 * n5 / 80640 - 3418889 * n6 / 1995840, //
				212378941 * n6 / 319334400 };
		double e = 2 * Math.sqrt(n) / (1 + n);
		double phi = Math.toRadians(lat);
		double lambda = Math.toRadians(lon - centralMeridian);
		double tau = Math.sinh(atanh(Math.sin(phi)) - e * atanh(e * Math.sin(phi)));
		double xiPrime = Math.atan2(tau, Math.cos(lambda));
		double etaPrime = atanh(Math.sin(lambda) / Math.sqrt(1 + tau * tau));
		double xi = xiPrime;
		double eta = etaPrime;
		for (int j = 1; j <= 6; j++) {
			xi += alpha[j] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
			eta += alpha[j] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
		}
		return new double[] { falseEasting + rectifyingRadius * eta, rectifyingRadius * xi };
	}

	/**
	 * Area of the ellipsoidal quadrangle between two meridians and two parallels:
	 * b²·Δλ/2 · [q(φ)] from φ1 to φ2, q(φ) = sin φ / (1 − e² sin² φ) + 1/(2e) · ln((1 + e sin φ)/(1 − e sin φ)).
	 *
	 * @return square metres
	 */
	static double quadrangleArea(double west, double east, double south, double north) {
		double e2 = F * (2 - F);
		double b = A * (1 - F);
		return b * b * Math.toRadians(east - west) / 2 * (q(north, e2) - q(south, e2));
	}

	private static double q(double lat, double e2) {
		double e = Math.sqrt(e2);
		double s = Math.sin(Math.toRadians(lat));
		return s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
	}

	private static double atanh(double x) {
		return 0.5 * Math.log((1 + x) / (1 - x));
	}
}
