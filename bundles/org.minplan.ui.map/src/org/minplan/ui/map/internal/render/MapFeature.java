package org.minplan.ui.map.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;

/**
 * One element as the map draws it: its geometry transformed once into the {@link DisplayCrs display system}
 * and kept as plain coordinate arrays (fast to draw and hit-test), its envelope for the spatial index, and
 * what is derived from it lazily (label point, simplified rings for small scales).
 * <p>
 * Ring {@code k} is ring {@link #ringRing(int)} of polygon {@link #ringPolygon(int)} of the element's
 * {@link Shape}; when {@link #vertexAligned()} its vertices are the shape's vertices one for one, so a vertex
 * picked on the map addresses the shape's vertex ({@code Shape.withVertex(p, r, v, …)}).
 */
public final class MapFeature {

	/** Tolerances (metres) of the precomputed simplifications, finest first. */
	private static final double[] LOD_TOLERANCES = { 10, 40, 160, 640, 2560, 10240 };
	/** Rings with fewer vertices than this are drawn as they are at every scale. */
	private static final int LOD_MIN_VERTICES = 48;
	/** Longest edge, in degrees, of longitude/latitude boundaries before projection (about 2 km). */
	private static final double DENSIFY_DEGREES = 0.02;
	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final SpatialElement element;
	private final Shape shape;
	private final boolean point;
	private final double[][] rings;
	private final int[] ringPolygon;
	private final int[] ringRing;
	private final boolean vertexAligned;
	private final Envelope envelope;
	private final double area;
	private final int order;
	private double[] labelPoint;
	private double[][][] lods;

	private MapFeature(SpatialElement element, Shape shape, boolean point, double[][] rings, int[] ringPolygon,
			int[] ringRing, boolean vertexAligned, int order) {
		this.element = element;
		this.shape = shape;
		this.point = point;
		this.rings = rings;
		this.ringPolygon = ringPolygon;
		this.ringRing = ringRing;
		this.vertexAligned = vertexAligned;
		this.order = order;
		this.envelope = new Envelope();
		double a = 0;
		for (double[] ring : rings) {
			for (int i = 0; i < ring.length; i += 2) {
				envelope.expandToInclude(ring[i], ring[i + 1]);
			}
			a += signedArea(ring);
		}
		this.area = Math.abs(a);
	}

	/**
	 * @param densify whether long longitude/latitude edges get intermediate vertices (boundaries drawn, not
	 *                edited, so their vertices need not match the shape's)
	 * @return the feature, empty when the shape's system is not one the map can draw
	 */
	public static Optional<MapFeature> of(SpatialElement element, Shape shape, DisplayCrs crs, boolean densify,
			int order) {
		Optional<Crs> from = crs.system(shape.srid());
		if (from.isEmpty()) {
			return Optional.empty();
		}
		Crs system = from.get();
		if (shape.kind() == Shape.Kind.POINT) {
			Coordinate c = crs.toDisplay(shape.x(), shape.y(), system);
			return Optional.of(new MapFeature(element, shape, true, new double[][] { { c.x, c.y } }, new int[] { 0 },
					new int[] { 0 }, true, order));
		}
		boolean dense = densify && system.isGeographic();
		List<double[]> rings = new ArrayList<>();
		List<int[]> address = new ArrayList<>();
		for (int p = 0; p < shape.polygonCount(); p++) {
			for (int r = 0; r < shape.ringCount(p); r++) {
				double[] ring = shape.ring(p, r);
				if (dense) {
					ring = densified(ring, DENSIFY_DEGREES);
				}
				double[] out = new double[ring.length];
				for (int i = 0; i < ring.length; i += 2) {
					Coordinate c = crs.toDisplay(ring[i], ring[i + 1], system);
					out[i] = c.x;
					out[i + 1] = c.y;
				}
				rings.add(out);
				address.add(new int[] { p, r });
			}
		}
		int[] ps = new int[rings.size()];
		int[] rs = new int[rings.size()];
		for (int k = 0; k < ps.length; k++) {
			ps[k] = address.get(k)[0];
			rs[k] = address.get(k)[1];
		}
		return Optional.of(new MapFeature(element, shape, false, rings.toArray(new double[0][]), ps, rs, !dense,
				order));
	}

	private static double[] densified(double[] ring, double maxStep) {
		List<Double> out = new ArrayList<>();
		for (int i = 0; i < ring.length - 2; i += 2) {
			double x0 = ring[i], y0 = ring[i + 1], x1 = ring[i + 2], y1 = ring[i + 3];
			int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / maxStep);
			for (int s = 0; s < Math.max(1, steps); s++) {
				double t = (double) s / Math.max(1, steps);
				out.add(x0 + t * (x1 - x0));
				out.add(y0 + t * (y1 - y0));
			}
		}
		out.add(ring[ring.length - 2]);
		out.add(ring[ring.length - 1]);
		double[] result = new double[out.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = out.get(i);
		}
		return result;
	}

	static double signedArea(double[] ring) {
		double sum = 0;
		for (int i = 0; i < ring.length - 2; i += 2) {
			sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
		}
		return sum / 2;
	}

	/** @return the element drawn */
	public SpatialElement element() {
		return element;
	}

	/** @return the shape this feature was made from (to tell whether the element's geometry changed since) */
	public Shape shape() {
		return shape;
	}

	/** @return whether this is a point (mine, seat) rather than an area */
	public boolean isPoint() {
		return point;
	}

	/** @return the rings in display coordinates (interleaved x, y, closed); do not modify */
	public double[][] rings() {
		return rings;
	}

	/** @return polygon index in the shape of ring {@code k} */
	public int ringPolygon(int k) {
		return ringPolygon[k];
	}

	/** @return ring index in its polygon of ring {@code k} */
	public int ringRing(int k) {
		return ringRing[k];
	}

	/** @return whether ring vertices are the shape's vertices one for one (editable) */
	public boolean vertexAligned() {
		return vertexAligned;
	}

	/** @return the envelope in display coordinates */
	public Envelope envelope() {
		return envelope;
	}

	/** @return the area in m² on the display plane (0 for points) */
	public double area() {
		return area;
	}

	/** @return the drawing order within the layer (the element's position in the plan) */
	public int order() {
		return order;
	}

	/** @return where the label goes: an interior point of the largest polygon, or the point itself */
	public double[] labelPoint() {
		if (labelPoint == null) {
			labelPoint = point ? new double[] { rings[0][0], rings[0][1] } : interiorPoint();
		}
		return labelPoint;
	}

	private double[] interiorPoint() {
		int best = 0;
		double bestArea = -1;
		for (int k = 0; k < rings.length; k++) {
			if (ringRing[k] == 0) {
				double a = Math.abs(signedArea(rings[k]));
				if (a > bestArea) {
					bestArea = a;
					best = k;
				}
			}
		}
		try {
			List<LinearRing> holes = new ArrayList<>();
			for (int k = 0; k < rings.length; k++) {
				if (ringPolygon[k] == ringPolygon[best] && ringRing[k] > 0) {
					holes.add(FACTORY.createLinearRing(coordinates(rings[k])));
				}
			}
			Polygon polygon = FACTORY.createPolygon(FACTORY.createLinearRing(coordinates(rings[best])),
					holes.toArray(new LinearRing[0]));
			Coordinate c = InteriorPointArea.getInteriorPoint(polygon);
			if (c != null) {
				return new double[] { c.x, c.y };
			}
		} catch (IllegalArgumentException e) {
			// a ring that JTS rejects (fewer than 4 points): fall back to the envelope's centre
		}
		return new double[] { envelope.centre().x, envelope.centre().y };
	}

	private static Coordinate[] coordinates(double[] ring) {
		Coordinate[] cs = new Coordinate[ring.length / 2];
		for (int i = 0; i < cs.length; i++) {
			cs[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
		}
		return cs;
	}

	/**
	 * Level of detail: the rings simplified (Douglas–Peucker) to at most half a pixel, computed once per level.
	 *
	 * @param metresPerPixel the map scale
	 * @return rings to draw at that scale (the full rings for small geometries or fine scales)
	 */
	public double[][] ringsAt(double metresPerPixel) {
		if (point || vertexCount() < LOD_MIN_VERTICES) {
			return rings;
		}
		int level = -1;
		for (int i = 0; i < LOD_TOLERANCES.length; i++) {
			if (LOD_TOLERANCES[i] <= metresPerPixel / 2) {
				level = i;
			}
		}
		if (level < 0) {
			return rings;
		}
		if (lods == null) {
			lods = new double[LOD_TOLERANCES.length][][];
		}
		if (lods[level] == null) {
			double[][] simplified = new double[rings.length][];
			for (int k = 0; k < rings.length; k++) {
				simplified[k] = Simplifier.simplify(rings[k], LOD_TOLERANCES[level]);
			}
			lods[level] = simplified;
		}
		return lods[level];
	}

	private int vertexCount() {
		int n = 0;
		for (double[] ring : rings) {
			n += ring.length / 2;
		}
		return n;
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

	/** @return the distance from display point (x, y) to the nearest edge (or to the point), in metres */
	public double distance(double x, double y) {
		if (point) {
			return Math.hypot(rings[0][0] - x, rings[0][1] - y);
		}
		double best = Double.POSITIVE_INFINITY;
		for (double[] ring : rings) {
			for (int i = 0; i < ring.length - 2; i += 2) {
				best = Math.min(best, segmentDistance(x, y, ring[i], ring[i + 1], ring[i + 2], ring[i + 3]));
			}
		}
		return best;
	}

	/** @return distance from (x, y) to the segment (x0, y0)–(x1, y1) */
	public static double segmentDistance(double x, double y, double x0, double y0, double x1, double y1) {
		double dx = x1 - x0, dy = y1 - y0;
		double len2 = dx * dx + dy * dy;
		double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
		return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
	}
}
