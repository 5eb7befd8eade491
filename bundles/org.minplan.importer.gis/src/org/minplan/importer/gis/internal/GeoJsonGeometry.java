package org.minplan.importer.gis.internal;

import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds a JTS geometry from a parsed GeoJSON geometry object (RFC 7946 §3.1): Point, MultiPoint,
 * LineString, MultiLineString, Polygon (first ring the shell, the others holes), MultiPolygon and
 * GeometryCollection. Positions need at least two numbers (a third is ignored); rings at least four
 * positions, the last equal to the first.
 */
public final class GeoJsonGeometry {

	/** What is wrong with a geometry: the offending JSON and message keys for the detail and the expected form. */
	public static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient Object found;
		private final String detailKey;
		private final String expectedKey;

		Invalid(Object found, String detailKey, String expectedKey) {
			super(detailKey);
			this.found = found;
			this.detailKey = detailKey;
			this.expectedKey = expectedKey;
		}

		/** @return the JSON found, written compactly and cut to a readable length */
		public String found() {
			String text = Json.write(found);
			return text.length() <= 120 ? text : text.substring(0, 117) + "...";
		}

		public String detailKey() {
			return detailKey;
		}

		public String expectedKey() {
			return expectedKey;
		}
	}

	private static final int MAX_COLLECTION_DEPTH = 8;

	private final GeometryFactory factory;

	public GeoJsonGeometry(GeometryFactory factory) {
		this.factory = factory;
	}

	/** @return whether {@code type} names a GeoJSON geometry type */
	public static boolean isGeometryType(Object type) {
		return type instanceof String name && List.of("Point", "MultiPoint", "LineString", "MultiLineString",
				"Polygon", "MultiPolygon", "GeometryCollection").contains(name);
	}

	/** @param json a parsed geometry object */
	public Geometry build(Object json) throws Invalid {
		return build(json, 0);
	}

	private Geometry build(Object json, int depth) throws Invalid {
		if (!(json instanceof Map<?, ?> object) || !isGeometryType(object.get("type"))) {
			throw new Invalid(json, "geojson.badGeometry", "expected.geometry");
		}
		String type = (String) object.get("type");
		if (type.equals("GeometryCollection")) {
			if (!(object.get("geometries") instanceof List<?> members) || depth > MAX_COLLECTION_DEPTH) {
				throw new Invalid(object.get("geometries"), "geojson.badGeometry", "expected.geometries");
			}
			Geometry[] geometries = new Geometry[members.size()];
			for (int i = 0; i < geometries.length; i++) {
				geometries[i] = build(members.get(i), depth + 1);
			}
			return factory.createGeometryCollection(geometries);
		}
		Object coordinates = object.get("coordinates");
		switch (type) {
		case "Point":
			return factory.createPoint(position(coordinates));
		case "MultiPoint":
			return factory.createMultiPointFromCoords(positions(coordinates, 0));
		case "LineString":
			return line(coordinates);
		case "MultiLineString": {
			List<?> lines = list(coordinates, "expected.lines");
			LineString[] parts = new LineString[lines.size()];
			for (int i = 0; i < parts.length; i++) {
				parts[i] = line(lines.get(i));
			}
			return factory.createMultiLineString(parts);
		}
		case "Polygon":
			return polygon(coordinates);
		default: {
			List<?> polygons = list(coordinates, "expected.polygons");
			Polygon[] parts = new Polygon[polygons.size()];
			for (int i = 0; i < parts.length; i++) {
				parts[i] = polygon(polygons.get(i));
			}
			return factory.createMultiPolygon(parts);
		}
		}
	}

	private LineString line(Object json) throws Invalid {
		Coordinate[] points = positions(json, 2);
		return factory.createLineString(points);
	}

	private Polygon polygon(Object json) throws Invalid {
		List<?> rings = list(json, "expected.rings");
		if (rings.isEmpty()) {
			throw new Invalid(json, "geojson.badGeometry", "expected.rings");
		}
		LinearRing[] linear = new LinearRing[rings.size()];
		for (int i = 0; i < linear.length; i++) {
			Coordinate[] ring = positions(rings.get(i), 4);
			if (!ring[0].equals2D(ring[ring.length - 1])) {
				throw new Invalid(rings.get(i), "geojson.ringNotClosed", "expected.ring");
			}
			linear[i] = factory.createLinearRing(ring);
		}
		LinearRing[] holes = new LinearRing[linear.length - 1];
		System.arraycopy(linear, 1, holes, 0, holes.length);
		return factory.createPolygon(linear[0], holes);
	}

	private Coordinate[] positions(Object json, int minimum) throws Invalid {
		List<?> list = list(json, minimum >= 4 ? "expected.ring" : minimum >= 2 ? "expected.line" : "expected.positions");
		if (list.size() < minimum) {
			throw new Invalid(json, "geojson.tooFewPositions", minimum >= 4 ? "expected.ring" : "expected.line");
		}
		Coordinate[] points = new Coordinate[list.size()];
		for (int i = 0; i < points.length; i++) {
			points[i] = position(list.get(i));
		}
		return points;
	}

	private Coordinate position(Object json) throws Invalid {
		if (json instanceof List<?> numbers && numbers.size() >= 2 && numbers.get(0) instanceof Json.Number x
				&& numbers.get(1) instanceof Json.Number y) {
			return new Coordinate(x.value(), y.value());
		}
		throw new Invalid(json, "geojson.badPosition", "expected.position");
	}

	private static List<?> list(Object json, String expectedKey) throws Invalid {
		if (json instanceof List<?> list) {
			return list;
		}
		throw new Invalid(json, "geojson.badGeometry", expectedKey);
	}

}
