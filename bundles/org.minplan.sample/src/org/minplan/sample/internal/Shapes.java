package org.minplan.sample.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
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
		if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
			throw new IllegalArgumentException("not polygonal: " + geometry.getGeometryType());
		}
		return org.minplan.core.geometry.Shapes.toShape(geometry, epsg);
	}

	/** @return the shape as a JTS geometry (a Point, Polygon or MultiPolygon) made by {@code factory} */
	public static Geometry toJts(Shape shape, GeometryFactory factory) {
		return factory.createGeometry(org.minplan.core.geometry.Shapes.toGeometry(shape)
				.orElseThrow(() -> new IllegalArgumentException("a ring has fewer than 4 vertices")));
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
