package org.minplan.core.geometry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.minplan.model.spatial.Shape;

/** Converts the model's geometry values ({@link Shape}) to JTS geometries and back. */
public final class Shapes {

	private static final Map<Integer, GeometryFactory> FACTORIES = new ConcurrentHashMap<>();

	private Shapes() {
	}

	/** @return the geometry factory of an EPSG code (floating precision) */
	public static GeometryFactory factory(int srid) {
		return FACTORIES.computeIfAbsent(srid, s -> new GeometryFactory(new PrecisionModel(), s));
	}

	/**
	 * @return the shape as a JTS point, polygon or multipolygon with SRID = its EPSG code; empty if a ring
	 *         has too few vertices to form one (fewer than 3 stored vertices, closing vertex included)
	 */
	public static Optional<Geometry> toGeometry(Shape shape) {
		GeometryFactory factory = factory(shape.srid());
		try {
			return Optional.of(switch (shape.kind()) {
			case POINT -> factory.createPoint(new Coordinate(shape.x(), shape.y()));
			case POLYGON -> polygon(shape, 0, factory);
			case MULTIPOLYGON -> {
				Polygon[] polygons = new Polygon[shape.polygonCount()];
				for (int p = 0; p < polygons.length; p++) {
					polygons[p] = polygon(shape, p, factory);
				}
				yield factory.createMultiPolygon(polygons);
			}
			});
		} catch (IllegalArgumentException e) { // JTS: a ring needs 0 or at least 4 points
			return Optional.empty();
		}
	}

	private static Polygon polygon(Shape shape, int p, GeometryFactory factory) {
		LinearRing shell = factory.createLinearRing(coordinates(shape.ring(p, 0)));
		LinearRing[] holes = new LinearRing[shape.ringCount(p) - 1];
		for (int r = 1; r < shape.ringCount(p); r++) {
			holes[r - 1] = factory.createLinearRing(coordinates(shape.ring(p, r)));
		}
		return factory.createPolygon(shell, holes);
	}

	/** @return the vertices of an interleaved x,y ring */
	public static Coordinate[] coordinates(double[] ring) {
		Coordinate[] coordinates = new Coordinate[ring.length / 2];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
		}
		return coordinates;
	}

	/**
	 * @return a point, polygon or multipolygon as a shape in the given EPSG code
	 * @throws IllegalArgumentException for other geometry types
	 */
	public static Shape toShape(Geometry geometry, int srid) {
		if (geometry instanceof Point point) {
			return Shape.point(srid, point.getX(), point.getY());
		} else if (geometry instanceof Polygon polygon) {
			return Shape.polygon(srid, rings(polygon));
		} else if (geometry instanceof MultiPolygon multi) {
			double[][][] polygons = new double[multi.getNumGeometries()][][];
			for (int i = 0; i < polygons.length; i++) {
				polygons[i] = rings((Polygon) multi.getGeometryN(i));
			}
			return Shape.multiPolygon(srid, polygons);
		}
		throw new IllegalArgumentException("A plan geometry is a point, polygon or multipolygon, not a "
				+ geometry.getGeometryType());
	}

	private static double[][] rings(Polygon polygon) {
		double[][] rings = new double[polygon.getNumInteriorRing() + 1][];
		rings[0] = interleaved(polygon.getExteriorRing().getCoordinates());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings[i + 1] = interleaved(polygon.getInteriorRingN(i).getCoordinates());
		}
		return rings;
	}

	private static double[] interleaved(Coordinate[] coordinates) {
		double[] xy = new double[coordinates.length * 2];
		for (int i = 0; i < coordinates.length; i++) {
			xy[2 * i] = coordinates[i].x;
			xy[2 * i + 1] = coordinates[i].y;
		}
		return xy;
	}
}
