package org.minplan.sample.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.model.spatial.Shape;

/**
 * Conversions between JTS geometries and the model's {@link Shape}, with the rounding the sample file uses:
 * lon/lat to 6 decimals (about 0.1 m), Gauss–Krüger metres to 0.01 m.
 */
public final class Shapes {

	private static final double LON_LAT_UNIT = 1e-6;
	private static final double METRE_UNIT = 0.01;

	private Shapes() {
	}

	/** @return a lon/lat point (EPSG:4490) rounded to 6 decimals */
	public static Shape point(double lon, double lat) {
		return Shape.point(Crs.lonLat().epsg(), round(lon, LON_LAT_UNIT), round(lat, LON_LAT_UNIT));
	}

	/** @return a lon/lat polygon or multipolygon as a shape (EPSG:4490), coordinates as they are */
	public static Shape lonLat(Geometry geometry) {
		return of(geometry, Crs.lonLat().epsg());
	}

	/** @return a polygon or multipolygon as a shape in the given EPSG system, coordinates as they are */
	public static Shape of(Geometry geometry, int epsg) {
		if (geometry instanceof Polygon polygon) {
			return Shape.polygon(epsg, rings(polygon));
		}
		if (geometry instanceof MultiPolygon multi) {
			double[][][] polygons = new double[multi.getNumGeometries()][][];
			for (int i = 0; i < polygons.length; i++) {
				polygons[i] = rings((Polygon) multi.getGeometryN(i));
			}
			return Shape.multiPolygon(epsg, polygons);
		}
		throw new IllegalArgumentException("not polygonal: " + geometry.getGeometryType());
	}

	private static double[][] rings(Polygon polygon) {
		double[][] rings = new double[1 + polygon.getNumInteriorRing()][];
		rings[0] = ring(polygon.getExteriorRing());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings[i + 1] = ring(polygon.getInteriorRingN(i));
		}
		return rings;
	}

	private static double[] ring(LinearRing ring) {
		Coordinate[] cs = ring.getCoordinates();
		double[] xy = new double[cs.length * 2];
		for (int i = 0; i < cs.length; i++) {
			xy[2 * i] = cs[i].x;
			xy[2 * i + 1] = cs[i].y;
		}
		return xy;
	}

	/** @return the shape as a JTS geometry (a Point, Polygon or MultiPolygon) */
	public static Geometry toJts(Shape shape, GeometryFactory factory) {
		switch (shape.kind()) {
		case POINT:
			return factory.createPoint(new Coordinate(shape.x(), shape.y()));
		case POLYGON:
			return polygon(shape, 0, factory);
		default:
			Polygon[] polygons = new Polygon[shape.polygonCount()];
			for (int p = 0; p < polygons.length; p++) {
				polygons[p] = polygon(shape, p, factory);
			}
			return factory.createMultiPolygon(polygons);
		}
	}

	private static Polygon polygon(Shape shape, int p, GeometryFactory factory) {
		LinearRing shell = linearRing(shape.ring(p, 0), factory);
		LinearRing[] holes = new LinearRing[shape.ringCount(p) - 1];
		for (int r = 1; r < shape.ringCount(p); r++) {
			holes[r - 1] = linearRing(shape.ring(p, r), factory);
		}
		return factory.createPolygon(shell, holes);
	}

	private static LinearRing linearRing(double[] xy, GeometryFactory factory) {
		Coordinate[] cs = new Coordinate[xy.length / 2];
		for (int i = 0; i < cs.length; i++) {
			cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return factory.createLinearRing(cs);
	}

	/** @return a copy with lon/lat rounded to 6 decimals */
	public static Geometry roundLonLat(Geometry geometry) {
		return rounded(geometry, LON_LAT_UNIT);
	}

	/** @return a copy with metres rounded to centimetres */
	public static Geometry roundMetres(Geometry geometry) {
		return rounded(geometry, METRE_UNIT);
	}

	private static Geometry rounded(Geometry geometry, double unit) {
		Geometry copy = geometry.copy();
		copy.apply(new CoordinateSequenceFilter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				seq.setOrdinate(i, 0, round(seq.getX(i), unit));
				seq.setOrdinate(i, 1, round(seq.getY(i), unit));
			}

			@Override
			public boolean isDone() {
				return false;
			}

			@Override
			public boolean isGeometryChanged() {
				return true;
			}
		});
		return copy;
	}

	/** @return the value rounded half-up to a multiple of unit, as the shortest double of that decimal */
	static double round(double value, double unit) {
		int decimals = (int) Math.round(-Math.log10(unit));
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}
}
