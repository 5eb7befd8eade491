package org.minplan.core.geometry;

/**
 * The values each {@link CoordinatePart} can take in China (CGCS2000, 3°–54°N, 73°–136°E, with margin),
 * used to tell which number of a vertex is which and to reject values no Chinese plan can contain.
 * <p>
 * Northings (300 000–6 200 000 m) and prefixed eastings (≥ 25 100 000 m) never overlap; eastings
 * without prefix (100 000–900 000 m) overlap northings only south of about 8°N, where the order is
 * ambiguous. Longitudes (70°–140°) and latitudes (0°–60°) never overlap.
 */
final class PlausibleValues {

	static final double MIN_NORTHING = 300_000;
	static final double MAX_NORTHING = 6_200_000;
	/** Easting within a zone, without prefix: central meridian 500 000 ± 400 000. */
	static final double MIN_ZONE_EASTING = 100_000;
	static final double MAX_ZONE_EASTING = 900_000;
	static final double ZONE_PREFIX_UNIT = 1_000_000;
	static final double MIN_LONGITUDE = 70;
	static final double MAX_LONGITUDE = 140;
	static final double MIN_LATITUDE = 0;
	static final double MAX_LATITUDE = 60;

	private PlausibleValues() {
	}

	static boolean fits(CoordinatePart part, double value, Crs crs) {
		return switch (part) {
		case X -> value >= MIN_NORTHING && value <= MAX_NORTHING;
		case Y -> crs.hasZonePrefix() ? isPrefixedEasting(value) : isZoneEasting(value);
		case LONGITUDE -> value >= MIN_LONGITUDE && value <= MAX_LONGITUDE;
		case LATITUDE -> value >= MIN_LATITUDE && value <= MAX_LATITUDE;
		};
	}

	/** @return the message key saying which values {@link #fits} accepts */
	static String expectedKey(CoordinatePart part, Crs crs) {
		if (part == CoordinatePart.Y) {
			return crs.hasZonePrefix() ? "expected.range.Y.prefixed" : "expected.range.Y.unprefixed";
		}
		return "expected.range." + part.name();
	}

	/** @return the zone prefix of an easting, 0 if it has none */
	static int zonePrefix(double easting) {
		return (int) Math.floor(easting / ZONE_PREFIX_UNIT);
	}

	private static boolean isPrefixedEasting(double value) {
		int zone = zonePrefix(value);
		return zone >= Crs.FIRST_ZONE && zone <= Crs.LAST_ZONE && isZoneEasting(value - zone * ZONE_PREFIX_UNIT);
	}

	private static boolean isZoneEasting(double value) {
		return value >= MIN_ZONE_EASTING && value <= MAX_ZONE_EASTING;
	}
}
