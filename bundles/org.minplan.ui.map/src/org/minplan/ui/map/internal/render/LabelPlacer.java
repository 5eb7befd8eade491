package org.minplan.ui.map.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Places labels so that none overlaps another (标注避让): candidates are taken in priority order (county names,
 * then zones, blocks, mines; larger areas first) and each goes to the first of its positions that is free and
 * on screen — centred on an area's interior point, or right, left, above or below a point symbol. Labels that
 * find no room are left out at this zoom and come back when zooming in.
 */
public final class LabelPlacer {

	private static final int CELL = 48;
	private static final int PAD = 2;
	private static final int EXTENT_CACHE_LIMIT = 20_000;

	/** A label that wants a place. */
	public record Candidate(String text, double x, double y, int symbolRadius, int priority, double area,
			int fontSize, boolean bold, RGB colour, boolean halo, Object element) {
	}

	/** A label with its place. */
	public record Placed(Candidate candidate, Rectangle box) {
	}

	private final Resources resources;
	private final Map<String, Point> extents = new LinkedHashMap<>();
	private final Map<Long, List<Rectangle>> grid = new HashMap<>();

	public LabelPlacer(Resources resources) {
		this.resources = resources;
	}

	/** @return the candidates that fit, with their boxes, in drawing order */
	public List<Placed> place(GC gc, List<Candidate> candidates, int width, int height, List<Rectangle> reserved) {
		grid.clear();
		for (Rectangle r : reserved) {
			occupy(r);
		}
		candidates.sort(Comparator.comparingInt(Candidate::priority).thenComparing(c -> -c.area()));
		List<Placed> placed = new ArrayList<>();
		Font current = null;
		for (Candidate c : candidates) {
			Font font = resources.font(c.fontSize(), c.bold());
			if (font != current) {
				gc.setFont(font);
				current = font;
			}
			Point size = extent(gc, c);
			for (Rectangle box : positions(c, size)) {
				if (box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
						&& free(box)) {
					occupy(box);
					placed.add(new Placed(c, box));
					break;
				}
			}
		}
		return placed;
	}

	private Point extent(GC gc, Candidate c) {
		String key = c.fontSize() + (c.bold() ? "b|" : "|") + c.text();
		Point size = extents.get(key);
		if (size == null) {
			if (extents.size() > EXTENT_CACHE_LIMIT) {
				extents.clear();
			}
			size = gc.textExtent(c.text());
			extents.put(key, size);
		}
		return size;
	}

	private static List<Rectangle> positions(Candidate c, Point size) {
		int x = (int) Math.round(c.x());
		int y = (int) Math.round(c.y());
		int w = size.x + 2 * PAD;
		int h = size.y + PAD;
		if (c.symbolRadius() < 0) {
			// an area's label: on its interior point, else nudged up, down, left or right of it
			return List.of(new Rectangle(x - w / 2, y - h / 2, w, h), new Rectangle(x - w / 2, y - h / 2 - h, w, h),
					new Rectangle(x - w / 2, y + h / 2, w, h), new Rectangle(x - w, y - h / 2, w, h),
					new Rectangle(x, y - h / 2, w, h), new Rectangle(x - w / 2, y - h / 2 - 2 * h, w, h),
					new Rectangle(x - w / 2, y + h / 2 + h, w, h));
		}
		int gap = c.symbolRadius() + 2;
		return List.of(new Rectangle(x + gap, y - h / 2, w, h), new Rectangle(x - gap - w, y - h / 2, w, h),
				new Rectangle(x - w / 2, y - gap - h, w, h), new Rectangle(x - w / 2, y + gap, w, h));
	}

	private boolean free(Rectangle box) {
		for (int cx = box.x / CELL; cx <= (box.x + box.width) / CELL; cx++) {
			for (int cy = box.y / CELL; cy <= (box.y + box.height) / CELL; cy++) {
				List<Rectangle> cell = grid.get(key(cx, cy));
				if (cell != null) {
					for (Rectangle r : cell) {
						if (r.intersects(box)) {
							return false;
						}
					}
				}
			}
		}
		return true;
	}

	private void occupy(Rectangle box) {
		for (int cx = Math.floorDiv(box.x, CELL); cx <= Math.floorDiv(box.x + box.width, CELL); cx++) {
			for (int cy = Math.floorDiv(box.y, CELL); cy <= Math.floorDiv(box.y + box.height, CELL); cy++) {
				grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(box);
			}
		}
	}

	private static long key(int cx, int cy) {
		return ((long) cx << 32) ^ (cy & 0xffffffffL);
	}

	/** Draws placed labels: dark text on a light halo so they stay legible over fills and hatching. */
	public void draw(GC gc, List<Placed> labels) {
		Font current = null;
		for (Placed p : labels) {
			Candidate c = p.candidate();
			Font font = resources.font(c.fontSize(), c.bold());
			if (font != current) {
				gc.setFont(font);
				current = font;
			}
			int tx = p.box().x + PAD;
			int ty = p.box().y + PAD / 2;
			if (c.halo()) {
				gc.setAlpha(255);
				gc.setForeground(resources.colour(new RGB(255, 255, 255)));
				for (int dx = -1; dx <= 1; dx++) {
					for (int dy = -1; dy <= 1; dy++) {
						if (dx != 0 || dy != 0) {
							gc.drawText(c.text(), tx + dx, ty + dy, true);
						}
					}
				}
			} else {
				gc.setAlpha(185);
				gc.setBackground(resources.colour(new RGB(255, 255, 255)));
				gc.fillRectangle(p.box());
				gc.setAlpha(255);
			}
			gc.setForeground(resources.colour(c.colour()));
			gc.drawText(c.text(), tx, ty, true);
		}
	}
}
