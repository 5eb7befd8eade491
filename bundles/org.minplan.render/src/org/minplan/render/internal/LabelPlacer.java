package org.minplan.render.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places labels so that none overlaps another or the map furniture (标注避让), as the interactive map does:
 * candidates in priority order (county names, then zones, blocks, mines; larger areas first), each at the first
 * of its positions that is free and inside the frame — on an area's interior point or nudged around it, right,
 * left, above or below a point symbol. Labels that find no room are left out.
 */
public final class LabelPlacer {

	/** A label that wants a place; {@code symbolRadius} &lt; 0 for an area's label. */
	public record Candidate(String text, double x, double y, double symbolRadius, int priority, double area,
			float sizePx, boolean bold, int colour, boolean halo, Object element) {
	}

	/** A label with its box. */
	public record Placed(Candidate candidate, Rectangle2D box, double baseline) {
	}

	private static final double CELL = 64;

	private final CjkFont font;
	private final double pad;
	private final Map<Long, List<Rectangle2D>> grid = new HashMap<>();

	public LabelPlacer(CjkFont font, double pad) {
		this.font = font;
		this.pad = pad;
	}

	/** Keeps labels off {@code box} (legend, scale bar, north arrow). */
	public void reserve(Rectangle2D box) {
		occupy(box);
	}

	/** @return the candidates that fit inside {@code frame}, with their boxes */
	public List<Placed> place(List<Candidate> candidates, Rectangle2D frame) {
		List<Candidate> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(Candidate::priority).thenComparing(c -> -c.area()));
		List<Placed> placed = new ArrayList<>();
		for (Candidate c : sorted) {
			double[] ad = font.ascentDescent(c.sizePx(), c.bold());
			double w = font.width(c.text(), c.sizePx(), c.bold()) + 2 * pad;
			double h = ad[0] + ad[1] + pad;
			for (Rectangle2D box : positions(c, w, h)) {
				if (frame.contains(box) && free(box)) {
					occupy(box);
					placed.add(new Placed(c, box, box.getY() + pad / 2 + ad[0]));
					break;
				}
			}
		}
		return placed;
	}

	private List<Rectangle2D> positions(Candidate c, double w, double h) {
		double x = c.x(), y = c.y();
		if (c.symbolRadius() < 0) {
			return List.of(box(x - w / 2, y - h / 2, w, h), box(x - w / 2, y - 1.5 * h, w, h),
					box(x - w / 2, y + h / 2, w, h), box(x - w, y - h / 2, w, h), box(x, y - h / 2, w, h));
		}
		double gap = c.symbolRadius() + pad;
		return List.of(box(x + gap, y - h / 2, w, h), box(x - gap - w, y - h / 2, w, h),
				box(x - w / 2, y - gap - h, w, h), box(x - w / 2, y + gap, w, h));
	}

	private static Rectangle2D box(double x, double y, double w, double h) {
		return new Rectangle2D.Double(x, y, w, h);
	}

	private boolean free(Rectangle2D box) {
		for (long k : keys(box)) {
			List<Rectangle2D> cell = grid.get(k);
			if (cell != null) {
				for (Rectangle2D r : cell) {
					if (r.intersects(box)) {
						return false;
					}
				}
			}
		}
		return true;
	}

	private void occupy(Rectangle2D box) {
		for (long k : keys(box)) {
			grid.computeIfAbsent(k, key -> new ArrayList<>()).add(box);
		}
	}

	private static List<Long> keys(Rectangle2D box) {
		List<Long> keys = new ArrayList<>();
		for (long cx = (long) Math.floor(box.getMinX() / CELL); cx <= (long) Math.floor(box.getMaxX() / CELL); cx++) {
			for (long cy = (long) Math.floor(box.getMinY() / CELL); cy <= (long) Math.floor(box.getMaxY() / CELL); cy++) {
				keys.add(cx << 32 ^ cy & 0xffffffffL);
			}
		}
		return keys;
	}
}
