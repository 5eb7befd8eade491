package org.minplan.core.geometry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;

/**
 * Transforms coordinates and geometries between two {@link Crs}, using proj4j and the EPSG parameters
 * it ships (all systems are CGCS2000, so no datum shift is involved: only projection).
 * <p>
 * Axis order is x = easting or longitude, y = northing or latitude on both sides. Z values are kept
 * unchanged.
 * <p>
 * The EPSG parameters come from proj4j's EPSG database, the fragment {@code org.locationtech.proj4j.epsg}:
 * nothing requires a fragment, so products and test runtimes must include it explicitly.
 * <p>
 * Thread-safe: proj4j's systems and transforms are created once per system and per pair and cached;
 * proj4j does not document its transforms as thread-safe, so each one is used by one thread at a time.
 * One instance can serve the whole application.
 */
public final class CrsTransformer {

	private final CRSFactory crsFactory = new CRSFactory();
	private final CoordinateTransformFactory transformFactory = new CoordinateTransformFactory();
	private final Map<Crs, CoordinateReferenceSystem> systems = new ConcurrentHashMap<>();
	private final Map<Pair, CoordinateTransform> transforms = new ConcurrentHashMap<>();

	private record Pair(Crs from, Crs to) {
	}

	/**
	 * @return a new coordinate: {@code c} expressed in {@code to}
	 * @throws IllegalArgumentException if proj4j cannot transform the coordinate (e.g. not a number)
	 */
	public Coordinate transform(Coordinate c, Crs from, Crs to) {
		Coordinate result = c.copy();
		if (!from.equals(to)) {
			CoordinateTransform transform = transformOf(from, to);
			ProjCoordinate out = apply(transform, c.x, c.y);
			result.x = out.x;
			result.y = out.y;
		}
		return result;
	}

	/**
	 * @return a transformed copy of {@code geometry} (same type); the original is left unchanged
	 * @throws IllegalArgumentException if proj4j cannot transform one of its coordinates
	 */
	@SuppressWarnings("unchecked") // Geometry.copy() returns the geometry's own class
	public <G extends Geometry> G transform(G geometry, Crs from, Crs to) {
		G copy = (G) geometry.copy();
		if (!from.equals(to)) {
			copy.apply(new TransformFilter(transformOf(from, to)));
		}
		return copy;
	}

	private CoordinateTransform transformOf(Crs from, Crs to) {
		return transforms.computeIfAbsent(new Pair(from, to),
				pair -> transformFactory.createTransform(system(pair.from()), system(pair.to())));
	}

	private CoordinateReferenceSystem system(Crs crs) {
		return systems.computeIfAbsent(crs, key -> {
			synchronized (crsFactory) { // proj4j reads its EPSG file through shared registry state
				try {
					return crsFactory.createFromName(key.epsgName());
				} catch (RuntimeException e) {
					throw new IllegalStateException("proj4j cannot create " + key.epsgName() + ": is its EPSG "
							+ "database, the fragment org.locationtech.proj4j.epsg, in the runtime?", e);
				}
			}
		});
	}

	private static ProjCoordinate apply(CoordinateTransform transform, double x, double y) {
		ProjCoordinate out = new ProjCoordinate();
		try {
			synchronized (transform) {
				transform.transform(new ProjCoordinate(x, y), out);
			}
		} catch (Proj4jException e) {
			throw new IllegalArgumentException("Cannot transform (" + x + ", " + y + ") from "
					+ transform.getSourceCRS().getName() + " to " + transform.getTargetCRS().getName(), e);
		}
		return out;
	}

	private static final class TransformFilter implements CoordinateSequenceFilter {

		private final CoordinateTransform transform;

		TransformFilter(CoordinateTransform transform) {
			this.transform = transform;
		}

		@Override
		public void filter(CoordinateSequence sequence, int i) {
			ProjCoordinate out = apply(transform, sequence.getX(i), sequence.getY(i));
			sequence.setOrdinate(i, CoordinateSequence.X, out.x);
			sequence.setOrdinate(i, CoordinateSequence.Y, out.y);
		}

		@Override
		public boolean isDone() {
			return false;
		}

		@Override
		public boolean isGeometryChanged() {
			return true;
		}
	}
}
