package org.minplan.ui.map.internal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.locationtech.jts.geom.Envelope;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.findings.FindingsTracker;
import org.minplan.ui.map.internal.LayerDescriptor;

/**
 * Draws the map's content with an SWT {@link GC}: every visible layer bottom to top, then labels and finding
 * badges. Only features whose envelope meets the area drawn are visited (spatial index); at small scales
 * geometries are simplified, areas smaller than a few pixels become dots and crowded point symbols become small
 * marks one per cell (level of detail), so a plan of tens of thousands of elements draws in a frame.
 */
public final class MapRenderer {

	/** Paper colour of the map. */
	public static final RGB PAPER = new RGB(253, 252, 248);
	/** Above this many point symbols in the area drawn, points are drawn as small marks. */
	private static final int FULL_SYMBOL_LIMIT = 2500;
	/** Areas smaller than this on screen (pixels, both sides) are drawn as a small box in their outline colour. */
	private static final double TINY_PIXELS = 6;
	/** Polygons narrower than this (pixels) get no label. */
	private static final int LABEL_MIN_PIXELS = 14;
	private static final int MAX_LABEL_CANDIDATES = 8000;
	/** Above this many areas of one layer in view, they are drawn without anti-aliasing. */
	private static final int DENSE_AREAS = 1200;

	/** What one call drew (for the benchmark and tests). */
	public record Stats(int visited, int areas, int dots, int symbols, int marks, int labels, int badges,
			long nanos, String layerMillis) {
	}

	private final Resources resources;
	private final LabelPlacer labelPlacer;
	private final FindingsTracker findings;
	private final Pen pen = new Pen();
	private int[] buffer = new int[256];
	private List<LabelPlacer.Placed> lastLabels = List.of();

	public MapRenderer(Resources resources, FindingsTracker findings) {
		this.resources = resources;
		this.labelPlacer = new LabelPlacer(resources);
		this.findings = findings;
	}

	/**
	 * Draws {@code area} of the map (null for the whole viewport).
	 *
	 * @param labels   whether to place and draw labels and badges (left out while panning)
	 * @param reserved screen rectangles labels must avoid (legend, scale bar)
	 */
	public Stats render(GC gc, MapContent content, Viewport vp, Styling styling, Rectangle area, boolean labels,
			List<Rectangle> reserved) {
		return render(gc, content, vp, styling, area, labels, reserved, true);
	}

	/**
	 * Draws {@code area} of the map (null for the whole viewport).
	 *
	 * @param points whether point layers (mines) are drawn (the overview leaves them out)
	 */
	public Stats render(GC gc, MapContent content, Viewport vp, Styling styling, Rectangle area, boolean labels,
			List<Rectangle> reserved, boolean points) {
		long start = System.nanoTime();
		Rectangle clip = area == null ? new Rectangle(0, 0, vp.width(), vp.height()) : area;
		gc.setClipping(clip);
		gc.setAlpha(255);
		gc.setBackground(resources.colour(PAPER));
		gc.fillRectangle(clip);
		pen.reset(gc);
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setLineJoin(SWT.JOIN_ROUND);

		double mpp = vp.metresPerPixel();
		// symbols shrink at small scales (full size from 1:400 000), as on printed plan maps
		double symbolScale = Math.max(0.55, Math.min(1, Math.sqrt(400_000 / vp.scaleDenominator())));
		Envelope world = vp.envelope(clip.x, clip.y, clip.width, clip.height);
		world.expandBy(16 * mpp);
		int visited = 0, areas = 0, dots = 0, symbols = 0, marks = 0;
		List<LabelPlacer.Candidate> candidates = new ArrayList<>();
		List<MapFeature> badged = new ArrayList<>();
		boolean wantBadges = labels && findings.available();
		PixelSet occupied = new PixelSet(vp.width() + 1, vp.height() + 1);
		StringBuilder layerMillis = new StringBuilder();
		for (MapContent.Layer layer : content.layers()) {
			if (!layer.visible() || layer.opacity() == 0) {
				continue;
			}
			long layerStart = System.nanoTime();
			List<MapFeature> visible = new ArrayList<>();
			layer.query(world, visible::add);
			visited += visible.size();
			if (visible.isEmpty()) {
				continue;
			}
			boolean pointLayer = visible.get(0).isPoint();
			if (pointLayer && !points) {
				continue;
			}
			if (!pointLayer) {
				visible.sort(Comparator.comparingInt(MapFeature::order));
			}
			LayerDescriptor d = layer.descriptor();
			boolean labelLayer = labels && d.labelScale() != 0
					&& (d.labelScale() < 0 || vp.scaleDenominator() <= d.labelScale());
			double opacity = layer.opacity() / 100.0;
			int pointsInView = 0;
			if (pointLayer) {
				for (MapFeature f : visible) {
					double x = vp.screenX(f.rings()[0][0]);
					double y = vp.screenY(f.rings()[0][1]);
					if (x >= clip.x && y >= clip.y && x < clip.x + clip.width && y < clip.y + clip.height) {
						pointsInView++;
					}
				}
			}
			boolean compact = pointsInView > FULL_SYMBOL_LIMIT;
			// level of detail: a crowd of areas is drawn without anti-aliasing (three times faster, and at that
			// density the smoothing is not seen)
			gc.setAntialias(!pointLayer && visible.size() > DENSE_AREAS ? SWT.OFF : SWT.ON);
			// crowds of tiny points and areas: one mark per pixel cell, the rest skipped (level of detail)
			occupied.clear();
			for (MapFeature f : visible) {
				MapStyle style = styling.style(layer, f);
				if (f.isPoint()) {
					int x = (int) Math.round(vp.screenX(f.rings()[0][0]));
					int y = (int) Math.round(vp.screenY(f.rings()[0][1]));
					if (compact) {
						if (x >= 0 && y >= 0 && x < vp.width() && y < vp.height() && !occupied.getAndSet(x / 3, y / 3)) {
							pen.fill(gc, resources.colour(style.fill().orElse(style.labelColour())), alpha(255, opacity));
							gc.fillRectangle(x - 1, y - 1, 3, 3);
							marks++;
						}
					} else {
						int size = (int) Math.round(Math.max(3, style.symbolSize()) * symbolScale);
						drawSymbol(gc, style, x, y, size, opacity);
						symbols++;
						if (labelLayer && candidates.size() < MAX_LABEL_CANDIDATES) {
							label(layer, f, style, x, y, size / 2 + 1).ifPresent(candidates::add);
						}
					}
				} else {
					Envelope e = f.envelope();
					double w = e.getWidth() * vp.pixelsPerMetre();
					double h = e.getHeight() * vp.pixelsPerMetre();
					if (w < TINY_PIXELS && h < TINY_PIXELS) {
						// level of detail: a shape of a few pixels reads as a small box of its outline colour
						int x = (int) Math.round(vp.screenX(e.getMinX()));
						int y = (int) Math.round(vp.screenY(e.getMaxY()));
						int bw = Math.max(2, (int) Math.round(w));
						int bh = Math.max(2, (int) Math.round(h));
						int cx = x + bw / 2, cy = y + bh / 2;
						if (cx < 0 || cy < 0 || cx >= vp.width() || cy >= vp.height() || occupied.getAndSet(cx, cy)) {
							continue;
						}
						pen.fill(gc, resources.colour(style.line().orElse(style.fill().orElse(style.labelColour()))),
								alpha(210, opacity));
						gc.fillRectangle(x, y, bw, bh);
						dots++;
						continue;
					}
					drawArea(gc, f, style, vp, opacity);
					areas++;
					if (labelLayer && w >= LABEL_MIN_PIXELS && candidates.size() < MAX_LABEL_CANDIDATES) {
						double[] p = f.labelPoint();
						label(layer, f, style, vp.screenX(p[0]), vp.screenY(p[1]), -1).ifPresent(candidates::add);
					}
				}
				if (wantBadges && findings.severity(f.element()).isPresent()) {
					badged.add(f);
				}
			}
			layerMillis.append(String.format(java.util.Locale.ROOT, "%s %.1f; ", layer.descriptor().id()
					.replace("org.minplan.ui.map.layers.", ""), (System.nanoTime() - layerStart) / 1e6));
		}
		long labelStart = System.nanoTime();
		gc.setAntialias(SWT.ON);
		int placedCount = 0;
		if (labels) {
			pen.reset(gc);
			List<LabelPlacer.Placed> placed = labelPlacer.place(gc, candidates, vp.width(), vp.height(),
					reserved == null ? List.of() : reserved);
			labelPlacer.draw(gc, placed);
			placedCount = placed.size();
			lastLabels = placed;
			drawBadges(gc, badged, vp);
		}
		gc.setAlpha(255);
		gc.setClipping((Rectangle) null);
		layerMillis.append(String.format(java.util.Locale.ROOT, "labels %.1f", (System.nanoTime() - labelStart) / 1e6));
		return new Stats(visited, areas, dots, symbols, marks, placedCount, badged.size(), System.nanoTime() - start,
				layerMillis.toString());
	}

	/** @return the labels placed by the last render with labels (what the user can read on the map) */
	public List<LabelPlacer.Placed> lastLabels() {
		return lastLabels;
	}

	private static int alpha(int a, double opacity) {
		return (int) Math.round(a * opacity);
	}

	private Optional<LabelPlacer.Candidate> label(MapContent.Layer layer, MapFeature f, MapStyle style, double x,
			double y, int symbolRadius) {
		Optional<String> text = layer.descriptor().provider().label(f.element());
		if (text.isEmpty()) {
			return Optional.empty();
		}
		int priority = layer.descriptor().labelPriority();
		return Optional.of(new LabelPlacer.Candidate(text.get(), x, y, symbolRadius, priority, f.area(),
				style.labelSize(), style.labelBold(), style.labelColour(), priority <= 10, f.element()));
	}

	private void drawSymbol(GC gc, MapStyle style, int x, int y, int size, double opacity) {
		pen.fill(gc, resources.colour(style.fill().orElse(new RGB(80, 80, 80))), alpha(255, opacity));
		pen.line(gc, resources.colour(style.line().orElse(new RGB(40, 40, 40))), 1, null);
		Symbols.draw(gc, style.symbol(), x, y, size);
	}

	private void drawArea(GC gc, MapFeature f, MapStyle style, Viewport vp, double opacity) {
		double[][] rings = f.ringsAt(vp.metresPerPixel());
		if (rings.length == 1) {
			int[] points = screen(rings[0], vp);
			if (points.length < 6) {
				return;
			}
			if (style.fill().isPresent() && style.fillAlpha() > 0) {
				pen.fill(gc, resources.colour(style.fill().get()), alpha(style.fillAlpha(), opacity));
				gc.fillPolygon(points);
			}
			if (style.hatch() != MapStyle.Hatch.NONE && style.hatchColour().isPresent()) {
				Pattern pattern = resources.hatch(style.hatch(), style.hatchColour().get());
				gc.setAlpha(alpha(255, opacity));
				gc.setBackgroundPattern(pattern);
				gc.fillPolygon(points);
				gc.setBackgroundPattern(null);
				pen.invalidateFill();
			}
			if (style.line().isPresent() && style.lineWidth() > 0) {
				pen.line(gc, resources.colour(style.line().get()), style.lineWidth(),
						style.dashed() ? style.dash() : null);
				pen.alpha(gc, alpha(255, opacity));
				gc.drawPolygon(points);
			}
			return;
		}
		Path path = new Path(resources.device());
		try {
			for (double[] ring : rings) {
				int[] points = screen(ring, vp);
				if (points.length < 6) {
					continue;
				}
				path.moveTo(points[0], points[1]);
				for (int i = 2; i < points.length; i += 2) {
					path.lineTo(points[i], points[i + 1]);
				}
				path.close();
			}
			gc.setFillRule(SWT.FILL_EVEN_ODD);
			if (style.fill().isPresent() && style.fillAlpha() > 0) {
				pen.fill(gc, resources.colour(style.fill().get()), alpha(style.fillAlpha(), opacity));
				gc.fillPath(path);
			}
			if (style.hatch() != MapStyle.Hatch.NONE && style.hatchColour().isPresent()) {
				gc.setAlpha(alpha(255, opacity));
				gc.setBackgroundPattern(resources.hatch(style.hatch(), style.hatchColour().get()));
				gc.fillPath(path);
				gc.setBackgroundPattern(null);
				pen.invalidateFill();
			}
			if (style.line().isPresent() && style.lineWidth() > 0) {
				pen.line(gc, resources.colour(style.line().get()), style.lineWidth(),
						style.dashed() ? style.dash() : null);
				pen.alpha(gc, alpha(255, opacity));
				gc.drawPath(path);
			}
		} finally {
			path.dispose();
		}
	}

	/** @return the ring in screen pixels, consecutive duplicates (sub-pixel detail) dropped */
	private int[] screen(double[] ring, Viewport vp) {
		if (buffer.length < ring.length) {
			buffer = new int[ring.length * 2];
		}
		int n = 0;
		int lastX = Integer.MIN_VALUE, lastY = Integer.MIN_VALUE;
		double ppm = vp.pixelsPerMetre();
		double ox = vp.width() / 2.0 - vp.centreX() * ppm;
		double oy = vp.height() / 2.0 + vp.centreY() * ppm;
		for (int i = 0; i < ring.length; i += 2) {
			int x = (int) Math.round(ox + ring[i] * ppm);
			int y = (int) Math.round(oy - ring[i + 1] * ppm);
			if (x != lastX || y != lastY) {
				buffer[n++] = x;
				buffer[n++] = y;
				lastX = x;
				lastY = y;
			}
		}
		int[] out = new int[n];
		System.arraycopy(buffer, 0, out, 0, n);
		return out;
	}

	private void drawBadges(GC gc, List<MapFeature> badged, Viewport vp) {
		gc.setAlpha(255);
		gc.setLineAttributes(new LineAttributes(1.5f));
		for (MapFeature f : badged) {
			Optional<FindingSeverity> severity = findings.severity(f.element());
			if (severity.isEmpty()) {
				continue;
			}
			double[] p = f.labelPoint();
			int x = (int) Math.round(vp.screenX(p[0])) + (f.isPoint() ? 6 : 0);
			int y = (int) Math.round(vp.screenY(p[1])) - (f.isPoint() ? 6 : 10);
			Badges.draw(gc, resources, severity.get(), x, y);
		}
		pen.reset(gc);
	}

	/** Remembers what was last set on the GC so unchanged settings are not sent again for every feature. */
	private static final class Pen {
		private Color fill;
		private int fillAlpha = -1;
		private Color line;
		private float width = -1;
		private int[] dash;
		private int alpha = -1;

		void reset(GC gc) {
			fill = null;
			line = null;
			width = -1;
			dash = null;
			alpha = -1;
			fillAlpha = -1;
			gc.setLineAttributes(new LineAttributes(1));
		}

		void invalidateFill() {
			fill = null;
			alpha = -1;
		}

		void fill(GC gc, Color colour, int a) {
			if (colour != fill) {
				gc.setBackground(colour);
				fill = colour;
			}
			alpha(gc, a);
			fillAlpha = a;
		}

		void alpha(GC gc, int a) {
			if (a != alpha) {
				gc.setAlpha(a);
				alpha = a;
			}
		}

		void line(GC gc, Color colour, float w, int[] d) {
			if (colour != line) {
				gc.setForeground(colour);
				line = colour;
			}
			if (w != width || !java.util.Arrays.equals(d, dash)) {
				LineAttributes attributes = new LineAttributes(w, SWT.CAP_FLAT, SWT.JOIN_ROUND,
						d == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, d == null ? null : toFloat(d), 0, 10);
				gc.setLineAttributes(attributes);
				width = w;
				dash = d;
			}
		}

		private static float[] toFloat(int[] d) {
			float[] f = new float[d.length];
			for (int i = 0; i < d.length; i++) {
				f[i] = d[i];
			}
			return f;
		}
	}
}
