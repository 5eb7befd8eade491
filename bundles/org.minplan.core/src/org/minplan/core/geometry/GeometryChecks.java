package org.minplan.core.geometry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks of plan geometries that validation rules build on. Each check returns its findings, empty when
 * all is well; vertex numbers in messages are 1-based, in the order of
 * {@link Geometry#getCoordinates()} (shell, then holes). Checks that look at every vertex report the
 * first offending one only, so one wrong block does not flood the problem list.
 * <p>
 * Thread-safe, as {@link CrsTransformer} is.
 */
public final class GeometryChecks {

	/** China's extent (中国范围) for {@link #extent}: longitude 73°–136°E, latitude 3°–54°N. */
	public static final double CHINA_WEST = 73;
	/** @see #CHINA_WEST */
	public static final double CHINA_EAST = 136;
	/** @see #CHINA_WEST */
	public static final double CHINA_SOUTH = 3;
	/** @see #CHINA_WEST */
	public static final double CHINA_NORTH = 54;

	private static final double HALF_ZONE_DEGREES = 1.5;
	/** Tolerance on a zone edge in degrees (about 1 mm), so a vertex exactly on 82.5°E is inside. */
	private static final double ZONE_EDGE_TOLERANCE = 1e-8;
	/** Longitudes in messages: 4 decimals, about 10 m. */
	private static final int DEGREE_DECIMALS = 4;

	private final CrsTransformer transformer;

	public GeometryChecks(CrsTransformer transformer) {
		this.transformer = transformer;
	}

	/**
	 * All checks on one ring as submitted (e.g. parsed coordinate text): closed, enough vertices, and,
	 * if a polygon can be made, {@link #check(Geometry, Crs)}.
	 */
	public List<GeometryFinding> checkRing(List<Coordinate> ring, Crs crs) {
		List<GeometryFinding> findings = new ArrayList<>(ringClosed(ring, crs));
		findings.addAll(enoughVertices(ring));
		PolygonBuilder.build(ring, crs).polygon().ifPresent(polygon -> findings.addAll(check(polygon, crs)));
		return findings;
	}

	/** Self-intersections, zone and extent of a geometry. */
	public List<GeometryFinding> check(Geometry geometry, Crs crs) {
		List<GeometryFinding> findings = new ArrayList<>(selfIntersections(geometry, crs));
		findings.addAll(zone(geometry, crs));
		findings.addAll(extent(geometry, crs));
		return findings;
	}

	/** @return {@link GeometryFinding.Code#RING_NOT_CLOSED} at the last vertex if it differs from the first */
	public static List<GeometryFinding> ringClosed(List<Coordinate> ring, Crs crs) {
		if (ring.isEmpty() || ring.get(0).equals2D(ring.get(ring.size() - 1))) {
			return List.of();
		}
		Coordinate last = ring.get(ring.size() - 1);
		return List.of(GeometryFinding.at(last, GeometryFinding.Code.RING_NOT_CLOSED,
				CoordinateText.describe(ring.get(0), crs), CoordinateText.describe(last, crs)));
	}

	/** @return {@link GeometryFinding.Code#TOO_FEW_VERTICES} if fewer than 3 vertices differ (in x, y) */
	public static List<GeometryFinding> enoughVertices(List<Coordinate> ring) {
		long distinct = ring.stream().map(c -> new Coordinate(c.x, c.y)).distinct().count();
		return distinct >= 3 ? List.of()
				: List.of(GeometryFinding.of(GeometryFinding.Code.TOO_FEW_VERTICES, Long.toString(distinct)));
	}

	/**
	 * @return one {@link GeometryFinding.Code#SELF_INTERSECTION} per point where a ring crosses or touches
	 *         itself (JTS {@link IsSimpleOp}); if there is none but JTS {@link IsValidOp} still finds the
	 *         geometry invalid (e.g. a hole outside its shell, overlapping parts), one
	 *         {@link GeometryFinding.Code#INVALID_GEOMETRY} with JTS's description
	 */
	public static List<GeometryFinding> selfIntersections(Geometry geometry, Crs crs) {
		IsSimpleOp simple = new IsSimpleOp(geometry);
		simple.setFindAllLocations(true);
		if (!simple.isSimple()) {
			return simple.getNonSimpleLocations().stream().map(point -> GeometryFinding.at(point,
					GeometryFinding.Code.SELF_INTERSECTION, CoordinateText.describe(point, crs))).toList();
		}
		TopologyValidationError error = new IsValidOp(geometry).getValidationError();
		if (error == null) { // JTS's way of saying "valid"
			return List.of();
		}
		return List.of(GeometryFinding.at(error.getCoordinate(), GeometryFinding.Code.INVALID_GEOMETRY,
				error.getMessage(), CoordinateText.describe(error.getCoordinate(), crs)));
	}

	/**
	 * Whether a Gauss–Krüger geometry lies in its system's zone (central meridian ± 1.5°, e.g. zone 28:
	 * 82.5°–85.5°E): {@link GeometryFinding.Code#WRONG_ZONE} with the expected zone if its centroid lies in
	 * another zone, else {@link GeometryFinding.Code#CROSSES_ZONE_BOUNDARY} at the first vertex beyond the
	 * zone's edges. Nothing for longitude/latitude, nor when eastings carry another zone's prefix (the
	 * longitudes would be computed from the wrong central meridian; {@link #extent} reports the prefix).
	 */
	public List<GeometryFinding> zone(Geometry geometry, Crs crs) {
		if (crs.isGeographic() || geometry.isEmpty() || !prefixFindings(geometry.getCoordinates(), crs).isEmpty()) {
			return List.of();
		}
		int zone = crs.zone().orElseThrow();
		double west = crs.centralMeridian().orElseThrow() - HALF_ZONE_DEGREES;
		double east = west + 2 * HALF_ZONE_DEGREES;
		Geometry lonLat = transformer.transform(geometry, crs, Crs.lonLat());
		double centreLon = GeometryCentre.of(lonLat).x;
		int centreZone = Crs.zoneForLongitude(centreLon);
		if (centreZone != zone) {
			return List.of(GeometryFinding.at(GeometryCentre.of(geometry), GeometryFinding.Code.WRONG_ZONE,
					Integer.toString(zone), edge(west), edge(east), degrees(centreLon),
					Integer.toString(centreZone)));
		}
		Coordinate[] vertices = lonLat.getCoordinates();
		for (int i = 0; i < vertices.length; i++) {
			double lon = vertices[i].x;
			if (lon < west - ZONE_EDGE_TOLERANCE || lon > east + ZONE_EDGE_TOLERANCE) {
				return List.of(GeometryFinding.at(geometry.getCoordinates()[i],
						GeometryFinding.Code.CROSSES_ZONE_BOUNDARY, Integer.toString(zone), edge(west), edge(east),
						Integer.toString(i + 1), degrees(lon)));
			}
		}
		return List.of();
	}

	/**
	 * Whether the coordinates are plausible for the system: Gauss–Krüger eastings carry the system's zone
	 * prefix, or none if it has none ({@link GeometryFinding.Code#ZONE_PREFIX_MISMATCH},
	 * {@link GeometryFinding.Code#ZONE_PREFIX_MISSING}, {@link GeometryFinding.Code#ZONE_PREFIX_UNEXPECTED});
	 * then every vertex lies in China's extent ({@link GeometryFinding.Code#OUT_OF_EXTENT}).
	 */
	public List<GeometryFinding> extent(Geometry geometry, Crs crs) {
		Coordinate[] vertices = geometry.getCoordinates();
		List<GeometryFinding> prefix = prefixFindings(vertices, crs);
		if (!prefix.isEmpty()) {
			return prefix;
		}
		for (int i = 0; i < vertices.length; i++) {
			Coordinate lonLat = transformer.transform(vertices[i], crs, Crs.lonLat());
			if (lonLat.x < CHINA_WEST || lonLat.x > CHINA_EAST || lonLat.y < CHINA_SOUTH || lonLat.y > CHINA_NORTH) {
				return List.of(GeometryFinding.at(vertices[i], GeometryFinding.Code.OUT_OF_EXTENT,
						Integer.toString(i + 1), degrees(lonLat.x), degrees(lonLat.y)));
			}
		}
		return List.of();
	}

	private static List<GeometryFinding> prefixFindings(Coordinate[] vertices, Crs crs) {
		if (crs.isGeographic()) {
			return List.of();
		}
		int zone = crs.zone().orElseThrow();
		for (int i = 0; i < vertices.length; i++) {
			int prefix = PlausibleValues.zonePrefix(vertices[i].x);
			boolean hasPrefix = prefix >= Crs.FIRST_ZONE;
			String vertex = Integer.toString(i + 1);
			String easting = CoordinateText.decimal(vertices[i].x, 2);
			if (crs.hasZonePrefix() && !hasPrefix) {
				return List.of(GeometryFinding.at(vertices[i], GeometryFinding.Code.ZONE_PREFIX_MISSING, vertex,
						easting, Integer.toString(zone)));
			} else if (crs.hasZonePrefix() && prefix != zone) {
				return List.of(GeometryFinding.at(vertices[i], GeometryFinding.Code.ZONE_PREFIX_MISMATCH, vertex,
						easting, Integer.toString(prefix), Integer.toString(zone)));
			} else if (!crs.hasZonePrefix() && hasPrefix) {
				return List.of(GeometryFinding.at(vertices[i], GeometryFinding.Code.ZONE_PREFIX_UNEXPECTED, vertex,
						easting, Integer.toString(prefix), crs.epsgName()));
			}
		}
		return List.of();
	}

	private static String degrees(double value) {
		return CoordinateText.decimal(value, DEGREE_DECIMALS);
	}

	/** @return a zone edge as written in tables: 82.5, 85.5 */
	private static String edge(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
