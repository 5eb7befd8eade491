package org.minplan.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.spatial.Shape;

/**
 * A geometry in the display system — CGCS2000 3° Gauss–Krüger zone 28 with zone prefix (EPSG:4516, central
 * meridian 84°E, the middle of Tacheng), as the interactive map — as plain coordinate arrays.
 *
 * @param point whether it is a point
 * @param rings rings as interleaved x, y (closed); a point is one ring of one coordinate
 * @param outer for each ring whether it is a polygon's exterior
 */
public record Projected(boolean point, double[][] rings, boolean[] outer, Envelope envelope, double area) {

	/** The display system. */
	public static final Crs DISPLAY = Crs.gaussKrueger3(28, true);
	/** Longest edge, in degrees, of longitude/latitude rings before projection (about 2 km). */
	private static final double DENSIFY_DEGREES = 0.02;
	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** Projects shapes, each once (cached by shape identity: shapes are immutable values). */
	public static final class Projector {
		private final CrsTransformer transformer;
		private final Map<Integer, Optional<Crs>> systems = new ConcurrentHashMap<>();
		private final Map<Shape, Optional<Projected>> cache = new WeakHashMap<>();

		public Projector(CrsTransformer transformer) {
			this.transformer = transformer;
		}

		/** @return the shape in display coordinates, empty when its system is not CGCS2000 or a GK zone */
		public synchronized Optional<Projected> project(Shape shape) {
			if (shape == null) {
				return Optional.empty();
			}
			return cache.computeIfAbsent(shape, this::compute);
		}

		private Optional<Projected> compute(Shape shape) {
			Optional<Crs> from = systems.computeIfAbsent(shape.srid(), Crs::fromEpsg);
			if (from.isEmpty()) {
				return Optional.empty();
			}
			Crs system = from.get();
			try {
				if (shape.kind() == Shape.Kind.POINT) {
					Coordinate c = transformer.transform(new Coordinate(shape.x(), shape.y()), system, DISPLAY);
					Envelope e = new Envelope(c.x, c.x, c.y, c.y);
					return Optional.of(new Projected(true, new double[][] { { c.x, c.y } }, new boolean[] { false }, e,
							0));
				}
				List<double[]> rings = new ArrayList<>();
				List<Boolean> outer = new ArrayList<>();
				Envelope e = new Envelope();
				double area = 0;
				for (int p = 0; p < shape.polygonCount(); p++) {
					for (int r = 0; r < shape.ringCount(p); r++) {
						double[] ring = shape.ring(p, r);
						if (system.isGeographic()) {
							ring = densified(ring);
						}
						double[] out = new double[ring.length];
						for (int i = 0; i < ring.length; i += 2) {
							Coordinate c = transformer.transform(new Coordinate(ring[i], ring[i + 1]), system,
									DISPLAY);
							out[i] = c.x;
							out[i + 1] = c.y;
							e.expandToInclude(c.x, c.y);
						}
						double a = Math.abs(signedArea(out));
						area += r == 0 ? a : -a;
						rings.add(out);
						outer.add(r == 0);
					}
				}
				boolean[] o = new boolean[outer.size()];
				for (int i = 0; i < o.length; i++) {
					o[i] = outer.get(i);
				}
				return Optional.of(new Projected(false, rings.toArray(new double[0][]), o, e, Math.max(0, area)));
			} catch (IllegalArgumentException e) {
				System.getLogger(Projected.class.getName()).log(System.Logger.Level.WARNING,
						"Cannot project a geometry in EPSG:" + shape.srid() + " to the map: " + e.getMessage());
				return Optional.empty();
			}
		}
	}

	private static double[] densified(double[] ring) {
		List<double[]> out = new ArrayList<>();
		for (int i = 0; i < ring.length - 2; i += 2) {
			double x0 = ring[i], y0 = ring[i + 1], x1 = ring[i + 2], y1 = ring[i + 3];
			int steps = Math.max(1, (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / DENSIFY_DEGREES));
			for (int s = 0; s < steps; s++) {
				double t = (double) s / steps;
				out.add(new double[] { x0 + t * (x1 - x0), y0 + t * (y1 - y0) });
			}
		}
		double[] result = new double[out.size() * 2 + 2];
		for (int i = 0; i < out.size(); i++) {
			result[2 * i] = out.get(i)[0];
			result[2 * i + 1] = out.get(i)[1];
		}
		result[result.length - 2] = ring[ring.length - 2];
		result[result.length - 1] = ring[ring.length - 1];
		return result;
	}

	static double signedArea(double[] ring) {
		double sum = 0;
		for (int i = 0; i < ring.length - 2; i += 2) {
			sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
		}
		return sum / 2;
	}

	/** @return whether display point (x, y) lies inside the area (even-odd over all rings) */
	public boolean contains(double x, double y) {
		if (point || !envelope.contains(x, y)) {
			return false;
		}
		boolean inside = false;
		for (double[] ring : rings) {
			for (int i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
				double xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
				if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
					inside = !inside;
				}
			}
		}
		return inside;
	}

	/** @return where a label goes: an interior point of the largest exterior ring, or the point itself */
	public double[] labelPoint() {
		if (point) {
			return rings[0];
		}
		int best = 0;
		double bestArea = -1;
		for (int k = 0; k < rings.length; k++) {
			double a = Math.abs(signedArea(rings[k]));
			if (outer[k] && a > bestArea) {
				bestArea = a;
				best = k;
			}
		}
		try {
			Coordinate[] cs = new Coordinate[rings[best].length / 2];
			for (int i = 0; i < cs.length; i++) {
				cs[i] = new Coordinate(rings[best][2 * i], rings[best][2 * i + 1]);
			}
			Polygon polygon = FACTORY.createPolygon(cs);
			Coordinate c = InteriorPointArea.getInteriorPoint(polygon);
			if (c != null) {
				return new double[] { c.x, c.y };
			}
		} catch (IllegalArgumentException e) {
			// a ring JTS rejects (too few points): the envelope's centre will do
		}
		return new double[] { envelope.centre().x, envelope.centre().y };
	}
}
