package org.minplan.core.geometry;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.minplan.core.i18n.Texts;

/**
 * A coordinate reference system (坐标系) a Chinese mineral resources plan uses; all are CGCS2000
 * (2000国家大地坐标系):
 * <ul>
 * <li>geographic longitude/latitude in degrees (经纬度), EPSG:4490;</li>
 * <li>Gauss–Krüger 3° zones (3度带高斯-克吕格投影) <em>with</em> the zone number as prefix of the easting
 * (加带号), EPSG:4513–4533 = zones 25–45: central meridian 3 × zone, false easting
 * zone × 1 000 000 + 500 000;</li>
 * <li>the same zones <em>without</em> prefix (不加带号), EPSG:4534–4554 = central meridians 75°E…135°E,
 * false easting 500 000.</li>
 * </ul>
 * Tacheng (塔城地区) lies in zones 27, 28 and 29 (central meridians 81°, 84°, 87°E).
 * <p>
 * Axis order in this API is always x = easting or longitude, y = northing or latitude, as in JTS and
 * proj4j. The surveying convention "X = northing, Y = easting" only matters for text, see
 * {@link CoordinateText}. Instances are immutable; two are equal when their EPSG codes are.
 */
public final class Crs {

	/** Westernmost and easternmost 3° zone of CGCS2000 (central meridians 75°E and 135°E). */
	public static final int FIRST_ZONE = 25;
	/** @see #FIRST_ZONE */
	public static final int LAST_ZONE = 45;

	private static final int LON_LAT_EPSG = 4490;
	private static final int PREFIXED_EPSG_OF_FIRST_ZONE = 4513;
	private static final int UNPREFIXED_EPSG_OF_FIRST_ZONE = 4534;
	private static final double ZONE_PREFIX_UNIT = 1_000_000;
	private static final double ZONE_FALSE_EASTING = 500_000;

	private final int epsg;
	/** 0 for the geographic system. */
	private final int zone;
	private final boolean zonePrefix;

	private Crs(int epsg, int zone, boolean zonePrefix) {
		this.epsg = epsg;
		this.zone = zone;
		this.zonePrefix = zonePrefix;
	}

	/** @return CGCS2000 longitude/latitude in degrees, EPSG:4490 */
	public static Crs lonLat() {
		return new Crs(LON_LAT_EPSG, 0, false);
	}

	/**
	 * @param zone       3° zone number, {@value #FIRST_ZONE}–{@value #LAST_ZONE} (Tacheng: 27, 28, 29)
	 * @param zonePrefix whether eastings carry the zone number in front (28 500 000 instead of 500 000)
	 * @return the CGCS2000 3° Gauss–Krüger system of that zone
	 * @throws IllegalArgumentException if the zone is not one of China's
	 */
	public static Crs gaussKrueger3(int zone, boolean zonePrefix) {
		if (zone < FIRST_ZONE || zone > LAST_ZONE) {
			throw new IllegalArgumentException("No CGCS2000 3-degree zone " + zone + ": zones are " + FIRST_ZONE
					+ "–" + LAST_ZONE + " (central meridians 75°E–135°E)");
		}
		int first = zonePrefix ? PREFIXED_EPSG_OF_FIRST_ZONE : UNPREFIXED_EPSG_OF_FIRST_ZONE;
		return new Crs(first + zone - FIRST_ZONE, zone, zonePrefix);
	}

	/**
	 * @param epsg an EPSG code
	 * @return the system, or empty if the code is not one of 4490 and 4513–4554
	 */
	public static Optional<Crs> fromEpsg(int epsg) {
		int zones = LAST_ZONE - FIRST_ZONE;
		if (epsg == LON_LAT_EPSG) {
			return Optional.of(lonLat());
		} else if (epsg >= PREFIXED_EPSG_OF_FIRST_ZONE && epsg <= PREFIXED_EPSG_OF_FIRST_ZONE + zones) {
			return Optional.of(gaussKrueger3(FIRST_ZONE + epsg - PREFIXED_EPSG_OF_FIRST_ZONE, true));
		} else if (epsg >= UNPREFIXED_EPSG_OF_FIRST_ZONE && epsg <= UNPREFIXED_EPSG_OF_FIRST_ZONE + zones) {
			return Optional.of(gaussKrueger3(FIRST_ZONE + epsg - UNPREFIXED_EPSG_OF_FIRST_ZONE, false));
		}
		return Optional.empty();
	}

	/**
	 * The 3° zone whose central meridian is nearest: {@code round(lon / 3)}. A longitude exactly on a
	 * zone boundary (e.g. 82.5°E) belongs to the eastern zone (28). The result may lie outside
	 * {@value #FIRST_ZONE}–{@value #LAST_ZONE} for longitudes outside China.
	 *
	 * @param lon longitude in degrees east
	 */
	public static int zoneForLongitude(double lon) {
		if (!Double.isFinite(lon)) {
			throw new IllegalArgumentException("Longitude is not a number: " + lon);
		}
		return (int) Math.round(lon / 3);
	}

	/** @return the EPSG code, e.g. 4516 */
	public int epsg() {
		return epsg;
	}

	/** @return the name proj4j knows the system by, e.g. {@code EPSG:4516} */
	public String epsgName() {
		return "EPSG:" + epsg;
	}

	/** @return true for longitude/latitude in degrees, false for Gauss–Krüger metres */
	public boolean isGeographic() {
		return zone == 0;
	}

	/** @return the 3° zone number (带号), empty for longitude/latitude */
	public OptionalInt zone() {
		return isGeographic() ? OptionalInt.empty() : OptionalInt.of(zone);
	}

	/** @return whether eastings carry the zone number in front; false for longitude/latitude */
	public boolean hasZonePrefix() {
		return zonePrefix;
	}

	/** @return the central meridian (中央经线) in degrees east, 3 × zone; empty for longitude/latitude */
	public OptionalInt centralMeridian() {
		return isGeographic() ? OptionalInt.empty() : OptionalInt.of(3 * zone);
	}

	/**
	 * @return the easting of the central meridian in metres: zone × 1 000 000 + 500 000 with prefix,
	 *         500 000 without; empty for longitude/latitude
	 */
	public OptionalDouble falseEasting() {
		if (isGeographic()) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((zonePrefix ? zone * ZONE_PREFIX_UNIT : 0) + ZONE_FALSE_EASTING);
	}

	/**
	 * @return the name users see, e.g. "CGCS2000 / 3-degree Gauss-Kruger zone 28" or
	 *         "CGCS2000 3度带高斯-克吕格 第28带"
	 */
	public String label(Locale locale) {
		Texts texts = Texts.of(Crs.class, locale);
		if (isGeographic()) {
			return texts.get("crs.lonLat");
		}
		return zonePrefix ? texts.get("crs.gk3.prefixed", Integer.toString(zone))
				: texts.get("crs.gk3.unprefixed", Integer.toString(3 * zone));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Crs crs && crs.epsg == epsg;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(epsg);
	}

	/** @return e.g. {@code EPSG:4516}, for logs */
	@Override
	public String toString() {
		return epsgName();
	}
}
