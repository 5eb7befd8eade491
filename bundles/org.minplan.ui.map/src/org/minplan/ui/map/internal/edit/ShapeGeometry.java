package org.minplan.ui.map.internal.edit;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.render.MapFeature;

/** The model's {@link Shape} as a JTS geometry in the shape's own system (for areas and overlays). */
public final class ShapeGeometry {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private ShapeGeometry() {
	}

	/** @return a Point, Polygon or MultiPolygon with the shape's coordinates */
	public static Geometry of(Shape shape) {
		if (shape.kind() == Shape.Kind.POINT) {
			return FACTORY.createPoint(new Coordinate(shape.x(), shape.y()));
		}
		Polygon[] polygons = new Polygon[shape.polygonCount()];
		for (int p = 0; p < polygons.length; p++) {
			LinearRing shell = ring(shape.ring(p, 0));
			LinearRing[] holes = new LinearRing[shape.ringCount(p) - 1];
			for (int r = 1; r < shape.ringCount(p); r++) {
				holes[r - 1] = ring(shape.ring(p, r));
			}
			polygons[p] = FACTORY.createPolygon(shell, holes);
		}
		return shape.kind() == Shape.Kind.POLYGON ? polygons[0] : FACTORY.createMultiPolygon(polygons);
	}

	/** @return the area of a map feature as a JTS polygon or multipolygon in display coordinates */
	public static Geometry ofFeature(MapFeature feature) {
		if (feature.isPoint()) {
			return FACTORY.createPoint(new Coordinate(feature.rings()[0][0], feature.rings()[0][1]));
		}
		java.util.Map<Integer, java.util.List<double[]>> parts = new java.util.TreeMap<>();
		double[][] rings = feature.rings();
		for (int k = 0; k < rings.length; k++) {
			parts.computeIfAbsent(feature.ringPolygon(k), p -> new java.util.ArrayList<>()).add(rings[k]);
		}
		java.util.List<Polygon> polygons = new java.util.ArrayList<>();
		for (java.util.List<double[]> part : parts.values()) {
			LinearRing shell = ring(part.get(0));
			LinearRing[] holes = new LinearRing[part.size() - 1];
			for (int i = 1; i < part.size(); i++) {
				holes[i - 1] = ring(part.get(i));
			}
			polygons.add(FACTORY.createPolygon(shell, holes));
		}
		return polygons.size() == 1 ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
	}

	/** @return a polygon of one closed display ring */
	public static Polygon polygon(double[] ring) {
		return FACTORY.createPolygon(ring(ring));
	}

	private static LinearRing ring(double[] xy) {
		int n = xy.length / 2;
		boolean closed = n > 1 && xy[0] == xy[xy.length - 2] && xy[1] == xy[xy.length - 1];
		Coordinate[] cs = new Coordinate[closed ? n : n + 1];
		for (int i = 0; i < n; i++) {
			cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		if (!closed) {
			cs[n] = cs[0].copy();
		}
		return FACTORY.createLinearRing(cs);
	}
}
