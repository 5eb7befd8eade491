package org.minplan.sample.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.spatial.Shape;

/**
 * Places generated polygons: each one is drawn in the CGCS2000 Gauss–Krüger 3° zone (with zone prefix) of
 * its centre's longitude, and kept only when, seen in lon/lat, it lies inside its region (a county, or a
 * zone within a county, shrunk by {@value #MARGIN_DEGREES}° so no edge comes near the boundary) and keeps
 * {@value #GAP_DEGREES}° (150–220 m) away from the polygons of its kind placed before (a dynamic JTS
 * {@link Quadtree} per kind finds the neighbours; JTS's STRtree cannot take inserts after its first query).
 */
final class Placer {

	/** Inward margin of regions, in degrees (about 0.8 km east-west, 1.1 km north-south). */
	static final double MARGIN_DEGREES = 0.01;
	/** Least distance between two polygons of a kind, in degrees. */
	static final double GAP_DEGREES = 0.002;
	private static final int TRIES = 400;
	/** Tries before a scaled plan accepts an overlapping polygon. */
	private static final int CROWDED_TRIES = 5;

	/** Makes a polygon in Gauss–Krüger metres around a centre. */
	interface Outline {
		Polygon make(Coordinate centre, SplittableRandom random);
	}

	/** Where polygons may go: a lon/lat area shrunk by the margin. */
	static final class Region {
		final Geometry inner;
		final PreparedGeometry prepared;

		private Region(Geometry inner) {
			this.inner = inner;
			this.prepared = PreparedGeometryFactory.prepare(inner);
		}

		boolean isEmpty() {
			return inner.isEmpty() || inner.getArea() <= 0;
		}
	}

	/**
	 * A placed polygon.
	 *
	 * @param shape  as stored: Gauss–Krüger with zone prefix, centimetres
	 * @param lonLat the same polygon in lon/lat, for checks and indexes
	 * @param km2    its area on the projection, km²
	 */
	record Placed(Shape shape, Geometry lonLat, double km2) {
	}

	private final CrsTransformer transformer;
	private final AreaCalculator areas;
	private final GeometryFactory factory;

	Placer(CrsTransformer transformer, GeometryFactory factory) {
		this.transformer = transformer;
		this.areas = new AreaCalculator(transformer);
		this.factory = factory;
	}

	/** @return the region inside a lon/lat area, at least the margin away from its boundary */
	Region region(Geometry lonLat) {
		return new Region(lonLat.buffer(-MARGIN_DEGREES));
	}

	/** @return a random point (lon/lat) inside the region */
	Coordinate point(Region region, SplittableRandom random) {
		Envelope env = region.inner.getEnvelopeInternal();
		for (int i = 0; i < 100_000; i++) {
			Coordinate c = new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
					env.getMinY() + random.nextDouble() * env.getHeight());
			if (region.prepared.contains(factory.createPoint(c))) {
				return c;
			}
		}
		throw new IllegalStateException("no point found inside region " + env);
	}

	/**
	 * Places one polygon in the region.
	 *
	 * @param index          polygons of the same kind placed so far (lon/lat); the new one is added
	 * @param mayOverlap     after {@value #CROWDED_TRIES} tries, accept a polygon that comes near others
	 *                       (only for plans scaled beyond what fits)
	 * @return the polygon, or null when none fits without overlap and overlap is not allowed
	 */
	Placed place(Region region, Outline outline, SplittableRandom random, Quadtree index, boolean mayOverlap) {
		Placed crowded = null;
		for (int attempt = 0; attempt < TRIES; attempt++) {
			Placed candidate = candidate(region, outline, random);
			if (candidate == null) {
				continue;
			}
			if (!nearOthers(candidate.lonLat(), index)) {
				index.insert(candidate.lonLat().getEnvelopeInternal(), candidate.lonLat());
				return candidate;
			}
			if (crowded == null) {
				crowded = candidate;
			}
			if (mayOverlap && attempt >= CROWDED_TRIES) {
				break;
			}
		}
		if (mayOverlap && crowded != null) {
			index.insert(crowded.lonLat().getEnvelopeInternal(), crowded.lonLat());
			return crowded;
		}
		return null;
	}

	private Placed candidate(Region region, Outline outline, SplittableRandom random) {
		Coordinate centre = point(region, random);
		Crs gk = Crs.gaussKrueger3(Crs.zoneForLongitude(centre.x), true);
		Coordinate centreGk = transformer.transform(centre, Crs.lonLat(), gk);
		Polygon drawn = (Polygon) Shapes.roundMetres(outline.make(centreGk, random));
		if (!drawn.isValid()) {
			return null;
		}
		Geometry lonLat = transformer.transform(drawn, gk, Crs.lonLat());
		if (!region.prepared.contains(lonLat)) {
			return null;
		}
		return new Placed(Shapes.of(drawn, gk.epsg()), lonLat, areas.squareKilometres(drawn, gk));
	}

	private static boolean nearOthers(Geometry polygon, Quadtree index) {
		Envelope search = new Envelope(polygon.getEnvelopeInternal());
		search.expandBy(GAP_DEGREES);
		@SuppressWarnings("unchecked")
		List<Geometry> near = index.query(search);
		for (Geometry other : near) {
			if (other.isWithinDistance(polygon, GAP_DEGREES)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return a large lon/lat area (a zone drawn in lon/lat) as a stored shape: densified to 0.01°, in the
	 *         Gauss–Krüger zone (with prefix) of its centre, centimetres
	 */
	Shape projected(Geometry lonLat) {
		Crs gk = Crs.gaussKrueger3(Crs.zoneForLongitude(lonLat.getCentroid().getX()), true);
		Geometry dense = Densifier.densify(lonLat, 0.01);
		return Shapes.of(Shapes.roundMetres(transformer.transform(dense, Crs.lonLat(), gk)), gk.epsg());
	}

	/** An irregular convex-ish polygon of 5–8 vertices with an area drawn log-uniformly from [min, max] km². */
	static Outline irregular(double minKm2, double maxKm2) {
		return (centre, random) -> {
			double km2 = Math.exp(Math.log(minKm2) + random.nextDouble() * (Math.log(maxKm2) - Math.log(minKm2)));
			int n = 5 + random.nextInt(4);
			double rotation = random.nextDouble() * 2 * Math.PI;
			double aspect = 0.65 + random.nextDouble() * 0.9;
			double[] xs = new double[n];
			double[] ys = new double[n];
			for (int i = 0; i < n; i++) {
				double angle = 2 * Math.PI * i / n + (random.nextDouble() - 0.5) * 0.6 * (2 * Math.PI / n);
				double radius = 0.8 + 0.35 * random.nextDouble();
				double x = radius * Math.cos(angle) * aspect;
				double y = radius * Math.sin(angle) / aspect;
				xs[i] = x * Math.cos(rotation) - y * Math.sin(rotation);
				ys[i] = x * Math.sin(rotation) + y * Math.cos(rotation);
			}
			double unitArea = 0;
			for (int i = 0; i < n; i++) {
				int j = (i + 1) % n;
				unitArea += xs[i] * ys[j] - xs[j] * ys[i];
			}
			double scale = Math.sqrt(km2 * 1_000_000 / (unitArea / 2));
			Coordinate[] ring = new Coordinate[n + 1];
			for (int i = 0; i < n; i++) {
				ring[i] = new Coordinate(centre.x + scale * xs[i], centre.y + scale * ys[i]);
			}
			ring[n] = ring[0];
			return new GeometryFactory().createPolygon(ring);
		};
	}

	/** A square of exactly {@code hectares} (side √area), turned by a random angle. */
	static Outline square(double hectares) {
		return (centre, random) -> {
			double half = Math.sqrt(hectares * 10_000) / 2;
			double turn = random.nextDouble() * Math.PI / 2;
			Coordinate[] ring = new Coordinate[5];
			for (int i = 0; i < 4; i++) {
				double angle = turn + Math.PI / 4 + i * Math.PI / 2;
				ring[i] = new Coordinate(centre.x + half * Math.sqrt(2) * Math.cos(angle),
						centre.y + half * Math.sqrt(2) * Math.sin(angle));
			}
			ring[4] = ring[0];
			return new GeometryFactory().createPolygon(ring);
		};
	}
}
