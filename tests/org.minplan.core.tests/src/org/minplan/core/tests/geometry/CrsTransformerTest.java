package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;

class CrsTransformerTest {

	private static final double MILLIMETRE = 0.001;
	/** Metres per degree of latitude, rounded up: turns degree differences into an upper bound in metres. */
	private static final double METRES_PER_DEGREE = 111_700;

	private static final Crs LON_LAT = Crs.lonLat();
	private static final Crs ZONE_28 = Crs.gaussKrueger3(28, true); // EPSG:4516
	private static final Crs ZONE_28_NO_PREFIX = Crs.gaussKrueger3(28, false); // EPSG:4537

	private final CrsTransformer transformer = new CrsTransformer();

	@Test
	void centralMeridianHasEastingExactlyAtFalseEasting() {
		Coordinate gk = transformer.transform(new Coordinate(84, 46), LON_LAT, ZONE_28);
		assertEquals(28_500_000.000, gk.x, 1e-6);
		double[] expected = Grs80.gaussKrueger(84, 46, 84, 28_500_000);
		assertEquals(expected[1], gk.y, MILLIMETRE);
	}

	/** The independent Krüger series gives E = 28 422 536.832, N = 5 096 572.220 for 83°E 46°N. */
	@Test
	void tachengPointMatchesIndependentGaussKruegerSeries() {
		Coordinate gk = transformer.transform(new Coordinate(83, 46), LON_LAT, ZONE_28);
		double[] expected = Grs80.gaussKrueger(83, 46, 84, 28_500_000);
		// the reference itself; the classical series in powers of l (computed separately) agrees to 0.1 mm
		assertEquals(28_422_536.832, expected[0], MILLIMETRE);
		assertEquals(5_096_572.220, expected[1], MILLIMETRE);
		assertEquals(expected[0], gk.x, MILLIMETRE);
		assertEquals(expected[1], gk.y, MILLIMETRE);
		System.out.printf(Locale.ROOT, "83E 46N in EPSG:4516: proj4j E=%.4f N=%.4f, Krüger series E=%.4f N=%.4f%n",
				gk.x, gk.y, expected[0], expected[1]);
	}

	@Test
	void zoneEdgesOfTachengMatchIndependentSeries() {
		double worst = 0;
		for (int zone = 27; zone <= 29; zone++) {
			Crs crs = Crs.gaussKrueger3(zone, true);
			for (double lon = 3 * zone - 1.5; lon <= 3 * zone + 1.5; lon += 0.5) {
				for (double lat = 44; lat <= 47.5; lat += 0.5) {
					Coordinate gk = transformer.transform(new Coordinate(lon, lat), LON_LAT, crs);
					double[] expected = Grs80.gaussKrueger(lon, lat, 3 * zone, zone * 1e6 + 500_000);
					worst = Math.max(worst, Math.hypot(gk.x - expected[0], gk.y - expected[1]));
				}
			}
		}
		System.out.printf(Locale.ROOT, "largest proj4j - Krüger difference in zones 27-29: %.6f mm%n", worst * 1000);
		assertTrue(worst < MILLIMETRE, "differs by " + worst + " m");
	}

	@Test
	void roundTripLonLatToZone28AndBackStaysWithinOneMillimetre() {
		double worst = 0;
		for (double lon = 82.5; lon <= 85.5; lon += 0.25) {
			for (double lat = 44; lat <= 47.5; lat += 0.25) {
				Coordinate start = new Coordinate(lon, lat);
				Coordinate gk = transformer.transform(start, LON_LAT, ZONE_28);
				Coordinate back = transformer.transform(gk, ZONE_28, LON_LAT);
				double metres = Math.hypot((back.x - lon) * METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)),
						(back.y - lat) * METRES_PER_DEGREE);
				Coordinate again = transformer.transform(back, LON_LAT, ZONE_28);
				worst = Math.max(worst, Math.max(metres, again.distance(gk)));
			}
		}
		System.out.printf(Locale.ROOT, "largest lon/lat <-> EPSG:4516 round-trip error: %.6f mm%n", worst * 1000);
		assertTrue(worst < MILLIMETRE, "round trip error " + worst + " m");
	}

	@Test
	void zonePrefixChangesEastingByExactlyZoneTimesOneMillion() {
		for (double lon = 82.5; lon <= 85.5; lon += 0.5) {
			Coordinate lonLat = new Coordinate(lon, 46.3);
			Coordinate prefixed = transformer.transform(lonLat, LON_LAT, ZONE_28);
			Coordinate plain = transformer.transform(lonLat, LON_LAT, ZONE_28_NO_PREFIX);
			assertEquals(28_000_000.0, prefixed.x - plain.x, 1e-6);
			assertEquals(prefixed.y, plain.y, 1e-6);
			Coordinate direct = transformer.transform(prefixed, ZONE_28, ZONE_28_NO_PREFIX);
			assertEquals(plain.x, direct.x, 1e-6);
		}
	}

	@Test
	void neighbouringZonesAgreeOnThePointOnTheirBoundary() {
		Coordinate inZone28 = transformer.transform(new Coordinate(85.5, 46), LON_LAT, ZONE_28);
		Coordinate inZone29 = transformer.transform(inZone28, ZONE_28, Crs.gaussKrueger3(29, true));
		// 85.5°E is 1.5° west of 87°E as it is 1.5° east of 84°E: mirror images about the boundary
		assertEquals(inZone28.x - 28_500_000, 29_500_000 - inZone29.x, MILLIMETRE);
		assertEquals(inZone28.y, inZone29.y, MILLIMETRE);
	}

	@Test
	void geometryIsTransformedAsACopy() {
		GeometryFactory factory = new GeometryFactory();
		Polygon lonLat = factory.createPolygon(new Coordinate[] { new Coordinate(84, 46), new Coordinate(84.1, 46),
				new Coordinate(84.1, 46.1), new Coordinate(84, 46), });
		Polygon gk = transformer.transform(lonLat, LON_LAT, ZONE_28);
		assertEquals(84, lonLat.getCoordinates()[0].x); // original untouched
		assertEquals(28_500_000, gk.getCoordinates()[0].x, MILLIMETRE);
		assertEquals(transformer.transform(new Coordinate(84.1, 46.1), LON_LAT, ZONE_28), gk.getCoordinates()[2]);
		assertTrue(gk.getArea() > 1e7, "area in square metres now: " + gk.getArea());
	}
}
