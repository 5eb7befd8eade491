package org.minplan.ui.map.internal.edit;

import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.Viewport;

/**
 * Snapping (捕捉) while drawing and reshaping: the nearest vertex of a visible element within a few pixels of
 * the pointer, with its exact coordinates in its element's own system, so shared corners of adjacent blocks
 * coincide exactly.
 */
public final class Snapper {

	/** Snapping distance in pixels. */
	public static final int TOLERANCE = 8;

	/** A vertex snapped to: display position and exact coordinates. */
	public record Target(double x, double y, ShapeEdits.Exact exact, MapFeature feature) {
	}

	/** Says which vertices must not be snapped to (the one being dragged). */
	@FunctionalInterface
	public interface Exclusion {
		boolean excludes(MapFeature feature, int ring, int vertex);
	}

	private Snapper() {
	}

	/** @return the nearest visible vertex within {@link #TOLERANCE} pixels of screen (sx, sy) */
	public static Optional<Target> snap(MapContent content, Viewport vp, double sx, double sy, Exclusion exclusion) {
		double x = vp.worldX(sx);
		double y = vp.worldY(sy);
		double tolerance = TOLERANCE * vp.metresPerPixel();
		Envelope near = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
		Target[] best = { null };
		double[] bestDistance = { tolerance };
		for (MapContent.Layer layer : content.layers()) {
			if (!layer.visible()) {
				continue;
			}
			layer.query(near, f -> {
				if (!f.vertexAligned()) {
					return;
				}
				double[][] rings = f.rings();
				for (int k = 0; k < rings.length; k++) {
					double[] ring = rings[k];
					int count = f.isPoint() ? 1 : ring.length / 2 - 1;
					for (int v = 0; v < count; v++) {
						double d = Math.hypot(ring[2 * v] - x, ring[2 * v + 1] - y);
						if (d < bestDistance[0] && (exclusion == null || !exclusion.excludes(f, k, v))) {
							bestDistance[0] = d;
							best[0] = new Target(ring[2 * v], ring[2 * v + 1], exact(f, k, v), f);
						}
					}
				}
			});
		}
		return Optional.ofNullable(best[0]);
	}

	private static ShapeEdits.Exact exact(MapFeature f, int k, int v) {
		Shape shape = f.shape();
		if (f.isPoint()) {
			return new ShapeEdits.Exact(shape.srid(), shape.x(), shape.y());
		}
		double[] ring = shape.ring(f.ringPolygon(k), f.ringRing(k));
		return new ShapeEdits.Exact(shape.srid(), ring[2 * v], ring[2 * v + 1]);
	}
}
