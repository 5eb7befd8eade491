package org.minplan.importer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.geometry.Shapes;
import org.minplan.model.spatial.Shape;

/**
 * Turns submitted geometries into the model's {@link Shape}s the way the sample plan stores them: blocks
 * in CGCS2000 Gauss–Krüger 3° with zone prefix, in the zone of their centre, to the centimetre; mines as
 * longitude/latitude points to 6 decimals (about 0.1 m). Longitude/latitude polygons are densified to
 * 0.01° before projecting, so their edges keep following meridians and parallels as drawn.
 */
final class ShapeConversion {

	private static final double DENSIFY_DEGREES = 0.01;

	private final CrsTransformer transformer;

	ShapeConversion(CrsTransformer transformer) {
		this.transformer = transformer;
	}

	/** @return the polygon (in {@code crs}) as a block geometry in GK with zone prefix */
	Shape block(Geometry polygon, Crs crs) {
		Geometry gk;
		Crs target;
		if (crs.isGeographic()) {
			target = Crs.gaussKrueger3(Crs.zoneForLongitude(polygon.getCentroid().getX()), true);
			gk = transformer.transform(Densifier.densify(polygon, DENSIFY_DEGREES), crs, target);
		} else if (crs.hasZonePrefix()) {
			target = crs;
			gk = polygon.copy();
		} else {
			int zone = crs.zone().getAsInt();
			target = Crs.gaussKrueger3(zone, true);
			gk = shifted(polygon, zone * 1_000_000.0);
		}
		return of(rounded(gk, 2), target.epsg());
	}

	/** @return a longitude/latitude point rounded to 6 decimals */
	static Shape point(double lon, double lat) {
		return Shape.point(Crs.lonLat().epsg(), round(lon, 6), round(lat, 6));
	}

	private static Geometry shifted(Geometry geometry, double dx) {
		Geometry copy = geometry.copy();
		copy.apply(new Filter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				seq.setOrdinate(i, 0, seq.getX(i) + dx);
			}
		});
		return copy;
	}

	private static Geometry rounded(Geometry geometry, int decimals) {
		Geometry copy = geometry.copy();
		copy.apply(new Filter() {
			@Override
			public void filter(CoordinateSequence seq, int i) {
				seq.setOrdinate(i, 0, round(seq.getX(i), decimals));
				seq.setOrdinate(i, 1, round(seq.getY(i), decimals));
			}
		});
		return copy;
	}

	private abstract static class Filter implements CoordinateSequenceFilter {
		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}

	static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	static Shape of(Geometry geometry, int epsg) {
		if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
			throw new IllegalArgumentException("not polygonal: " + geometry.getGeometryType());
		}
		return Shapes.toShape(geometry, epsg);
	}
}
