package org.minplan.importer.gis.internal;

import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.minplan.core.geometry.Crs;

/**
 * The coordinates a coordinate system can have at all: longitude −180…180 and latitude −90…90 in degrees;
 * for a Gauss–Krüger 3° zone an easting within the zone's million metres (with the zone number in front
 * when the system has the prefix) and a northing 0…10 000 000 m (northern hemisphere). Catches swapped
 * axes, missing or extra zone prefixes and garbage, not whether a point lies in the county.
 */
public final class CoordinateRange {

	private static final double MILLION = 1_000_000;
	private static final double MAX_NORTHING = 10_000_000;

	private final double minX;
	private final double maxX;
	private final double minY;
	private final double maxY;

	private CoordinateRange(double minX, double maxX, double minY, double maxY) {
		this.minX = minX;
		this.maxX = maxX;
		this.minY = minY;
		this.maxY = maxY;
	}

	/** @return the range of a system; for unknown systems only finite coordinates are required */
	public static CoordinateRange of(int epsg) {
		if (epsg == WktCrs.WGS84) {
			return new CoordinateRange(-180, 180, -90, 90);
		}
		Optional<Crs> crs = Crs.fromEpsg(epsg);
		if (crs.isEmpty()) {
			return new CoordinateRange(-Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE);
		}
		if (crs.get().isGeographic()) {
			return new CoordinateRange(-180, 180, -90, 90);
		}
		double from = crs.get().hasZonePrefix() ? crs.get().zone().getAsInt() * MILLION : 0;
		return new CoordinateRange(from, from + MILLION, 0, MAX_NORTHING);
	}

	/** @return the first coordinate outside the range (or not a finite number), if any */
	public Optional<Coordinate> firstOutside(Geometry geometry) {
		for (Coordinate c : geometry.getCoordinates()) {
			if (!(c.x >= minX && c.x <= maxX && c.y >= minY && c.y <= maxY)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** @return the range in the user's language, e.g. "x 28 000 000…29 000 000, y 0…10 000 000" */
	public String describe(Problems problems) {
		if (minX == -Double.MAX_VALUE) {
			return problems.text("expected.finite");
		}
		return problems.text("expected.range", NumberText.plain(minX), NumberText.plain(maxX), NumberText.plain(minY),
				NumberText.plain(maxY));
	}

	/** @return a coordinate as "x y" with plain numbers */
	public static String text(Coordinate c) {
		return NumberText.plain(c.x) + " " + NumberText.plain(c.y);
	}
}
