package org.minplan.ui.map.internal.render;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * The map furniture (图廓要素) drawn over the content in screen space: legend (图例), scale bar (比例尺) with the
 * scale ratio, and north arrow (指北针). Used on screen and in exported images.
 */
public final class Decorations {

	/** A titled group of legend lines (one per layer or colouring). */
	public record LegendSection(String title, List<LegendEntry> entries) {
	}

	private static final int SWATCH_W = 26;
	private static final int SWATCH_H = 12;
	private static final int LINE_H = 17;
	private static final int PAD = 8;
	private static final int GAP = 12;
	private static final RGB INK = new RGB(30, 30, 30);
	private static final RGB FRAME = new RGB(90, 90, 90);
	private static final RGB WHITE = new RGB(255, 255, 255);

	private final Resources resources;

	public Decorations(Resources resources) {
		this.resources = resources;
	}

	/**
	 * @param paired two entries to a row (printed sheets) or one (the narrow legend on screen)
	 * @return the size the legend needs, at most {@code maxHeight} tall (it wraps into columns)
	 */
	public Point legendSize(GC gc, List<LegendSection> sections, int maxHeight, boolean paired) {
		return legendLayout(gc, sections, 0, 0, maxHeight, paired).size();
	}

	/** Draws the legend with its top-left corner at (x, y); @return its bounds */
	public Rectangle drawLegend(GC gc, List<LegendSection> sections, int x, int y, int maxHeight, boolean paired) {
		LegendLayout layout = legendLayout(gc, sections, x, y, maxHeight, paired);
		Point size = layout.size();
		gc.setAlpha(240);
		gc.setBackground(resources.colour(WHITE));
		gc.fillRectangle(x, y, size.x, size.y);
		gc.setAlpha(255);
		gc.setLineAttributes(new LineAttributes(1));
		gc.setForeground(resources.colour(FRAME));
		gc.drawRectangle(x, y, size.x - 1, size.y - 1);
		for (LegendItem item : layout.items()) {
			if (item.entry() != null) {
				entry(gc, item.entry(), item.x(), item.y());
			} else {
				gc.setFont(resources.font(item.title() ? 10 : 8, true));
				gc.setForeground(resources.colour(INK));
				gc.drawText(item.text(), item.x(), item.y() + (item.title() ? -3 : 2), true);
			}
		}
		return new Rectangle(x, y, size.x, size.y);
	}

	/** A placed part of the legend: its title, a heading, or an entry (swatch and text) at (x, y). */
	public record LegendItem(String text, LegendEntry entry, boolean title, int x, int y) {
	}

	/** The legend laid out: its size and placed items. */
	public record LegendLayout(Point size, List<LegendItem> items) {
	}

	/** A line of the legend: a heading, or one or two entries side by side. */
	private record Row(String heading, LegendEntry left, LegendEntry right) {
	}

	/**
	 * The legend as rows: layers with a single legend line first, two to a row and named by their layer; then
	 * each layer with several lines under its name, two to a row.
	 */
	private static List<Row> rows(List<LegendSection> sections, boolean paired) {
		List<Row> rows = new java.util.ArrayList<>();
		List<LegendEntry> singles = new java.util.ArrayList<>();
		for (LegendSection s : sections) {
			if (s.entries().size() == 1) {
				singles.add(new LegendEntry(s.title(), s.entries().get(0).style()));
			}
		}
		pairs(singles, rows, paired);
		for (LegendSection s : sections) {
			if (s.entries().size() > 1) {
				rows.add(new Row(s.title(), null, null));
				pairs(s.entries(), rows, paired);
			}
		}
		return rows;
	}

	private static void pairs(List<LegendEntry> entries, List<Row> into, boolean paired) {
		int step = paired ? 2 : 1;
		for (int i = 0; i < entries.size(); i += step) {
			into.add(new Row(null, entries.get(i), paired && i + 1 < entries.size() ? entries.get(i + 1) : null));
		}
	}

	/** @return the legend laid out with its top-left corner at (x0, y0), wrapping into columns below maxHeight */
	public LegendLayout legendLayout(GC gc, List<LegendSection> sections, int x0, int y0, int maxHeight,
			boolean paired) {
		List<Row> rows = rows(sections, paired);
		List<LegendItem> items = new java.util.ArrayList<>();
		gc.setFont(resources.font(8, false));
		int entryWidth = 0;
		boolean twoColumns = false;
		for (Row r : rows) {
			for (LegendEntry e : new LegendEntry[] { r.left(), r.right() }) {
				if (e != null) {
					entryWidth = Math.max(entryWidth, SWATCH_W + 5 + gc.textExtent(e.label()).x);
				}
			}
			twoColumns |= r.right() != null;
		}
		gc.setFont(resources.font(8, true));
		int headingWidth = 0;
		for (Row r : rows) {
			if (r.heading() != null) {
				headingWidth = Math.max(headingWidth, gc.textExtent(r.heading()).x);
			}
		}
		int columnWidth = Math.max(headingWidth, twoColumns ? 2 * entryWidth + GAP : entryWidth);
		gc.setFont(resources.font(10, true));
		String title = MapTexts.get("legend.title");
		Point titleSize = gc.textExtent(title);
		items.add(new LegendItem(title, null, true, x0 + PAD, y0 + PAD));
		int top = y0 + PAD + titleSize.y;
		int x = x0 + PAD;
		int y = top;
		int maxY = top;
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			boolean keepWithNext = r.heading() != null && i + 1 < rows.size();
			int needed = LINE_H * (keepWithNext ? 2 : 1);
			if (y > top && y + needed > y0 + maxHeight - PAD) {
				x += columnWidth + 2 * PAD;
				y = top;
			}
			if (r.heading() != null) {
				items.add(new LegendItem(r.heading(), null, false, x, y));
			} else {
				items.add(new LegendItem(r.left().label(), r.left(), false, x, y));
				if (r.right() != null) {
					items.add(new LegendItem(r.right().label(), r.right(), false, x + entryWidth + GAP, y));
				}
			}
			y += LINE_H;
			maxY = Math.max(maxY, y);
		}
		int right = Math.max(x + columnWidth, x0 + PAD + titleSize.x);
		return new LegendLayout(new Point(right - x0 + PAD, maxY - y0 + PAD / 2), items);
	}

	/** @return height of a legend line */
	public static int lineHeight() {
		return LINE_H;
	}

	/** @return width and height of a legend swatch */
	public static Point swatchSize() {
		return new Point(SWATCH_W, SWATCH_H);
	}

	private void entry(GC gc, LegendEntry e, int x, int y) {
		swatch(gc, e.style(), x, y + (LINE_H - SWATCH_H) / 2);
		gc.setFont(resources.font(8, false));
		gc.setForeground(resources.colour(INK));
		Point t = gc.textExtent(e.label());
		gc.drawText(e.label(), x + SWATCH_W + 5, y + (LINE_H - t.y) / 2, true);
	}

	/** Draws the swatch of a legend line: an area, a line or a point symbol. */
	public void swatch(GC gc, MapStyle style, int x, int y) {
		gc.setAlpha(255);
		if (style.symbolSize() > 0) {
			gc.setBackground(resources.colour(style.fill().orElse(new RGB(120, 120, 120))));
			gc.setForeground(resources.colour(style.line().orElse(INK)));
			gc.setLineAttributes(new LineAttributes(1));
			Symbols.draw(gc, style.symbol(), x + SWATCH_W / 2, y + SWATCH_H / 2, Math.min(style.symbolSize(), 14));
			return;
		}
		boolean area = style.fill().isPresent() || style.hatch() != MapStyle.Hatch.NONE;
		if (style.fill().isPresent()) {
			gc.setBackground(resources.colour(style.fill().get()));
			gc.setAlpha(Math.max(90, style.fillAlpha()));
			gc.fillRectangle(x, y, SWATCH_W, SWATCH_H);
			gc.setAlpha(255);
		}
		if (style.hatch() != MapStyle.Hatch.NONE && style.hatchColour().isPresent()) {
			gc.setBackgroundPattern(resources.hatch(style.hatch(), style.hatchColour().get()));
			gc.fillRectangle(x, y, SWATCH_W, SWATCH_H);
			gc.setBackgroundPattern(null);
		}
		if (style.line().isPresent()) {
			gc.setForeground(resources.colour(style.line().get()));
			float[] dash = null;
			if (style.dashed()) {
				int[] d = style.dash();
				dash = new float[d.length];
				for (int i = 0; i < d.length; i++) {
					dash[i] = d[i];
				}
			}
			gc.setLineAttributes(new LineAttributes(Math.min(3f, Math.max(1f, style.lineWidth())), SWT.CAP_FLAT,
					SWT.JOIN_MITER, dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10));
			if (area) {
				gc.drawRectangle(x, y, SWATCH_W, SWATCH_H);
			} else {
				gc.drawLine(x, y + SWATCH_H / 2, x + SWATCH_W, y + SWATCH_H / 2);
			}
			gc.setLineAttributes(new LineAttributes(1));
		}
	}

	/** @return a round length (1, 2 or 5 × 10ⁿ metres) about {@code pixels} long on screen */
	public static double niceLength(double metresPerPixel, int pixels) {
		double target = metresPerPixel * pixels;
		double power = Math.pow(10, Math.floor(Math.log10(target)));
		for (double m : new double[] { 5, 2, 1 }) {
			if (m * power <= target) {
				return m * power;
			}
		}
		return power;
	}

	/** Draws the scale bar with its bottom-left corner at (x, bottom); @return its bounds */
	public Rectangle drawScaleBar(GC gc, Viewport vp, int x, int bottom) {
		return drawScaleBar(gc, vp, x, bottom, vp.scaleDenominator());
	}

	/** Draws the scale bar stating the scale 1:{@code denominator} (exports print at a chosen scale) */
	public Rectangle drawScaleBar(GC gc, Viewport vp, int x, int bottom, double denominator) {
		double length = niceLength(vp.metresPerPixel(), 160);
		int pixels = (int) Math.round(length * vp.pixelsPerMetre());
		boolean km = length >= 1000;
		String unit = km ? "km" : "m";
		double shown = km ? length / 1000 : length;
		gc.setFont(resources.font(9, false));
		String ratio = MapTexts.get("scale.ratio", ratioText(denominator));
		Point ratioSize = gc.textExtent(ratio);
		Point endSize = gc.textExtent(number(shown) + " " + unit);
		int w = 8 + pixels + endSize.x - gc.textExtent(number(shown)).x / 2 + 8;
		int h = 46;
		int top = bottom - h;
		gc.setAlpha(225);
		gc.setBackground(resources.colour(WHITE));
		gc.fillRectangle(x, top, Math.max(w, ratioSize.x + 16), h);
		gc.setAlpha(255);
		int barX = x + 8;
		int barY = top + 20;
		gc.setLineAttributes(new LineAttributes(1));
		gc.setForeground(resources.colour(INK));
		for (int i = 0; i < 4; i++) {
			int sx = barX + pixels * i / 4;
			int ex = barX + pixels * (i + 1) / 4;
			gc.setBackground(resources.colour(i % 2 == 0 ? INK : WHITE));
			gc.fillRectangle(sx, barY, ex - sx, 6);
		}
		gc.drawRectangle(barX, barY, pixels, 6);
		gc.setForeground(resources.colour(INK));
		gc.drawText("0", barX - 3, top + 4, true);
		String half = number(shown / 2);
		gc.drawText(half, barX + pixels / 2 - gc.textExtent(half).x / 2, top + 4, true);
		String end = number(shown) + " " + unit;
		gc.drawText(end, barX + pixels - gc.textExtent(number(shown)).x / 2, top + 4, true);
		gc.drawText(ratio, barX, barY + 9, true);
		return new Rectangle(x, top, Math.max(w, ratioSize.x + 16), h);
	}

	/** @return a scale denominator as a round figure, e.g. 1 250 000 */
	public static String ratioText(double denominator) {
		double power = Math.pow(10, Math.max(0, Math.floor(Math.log10(denominator)) - 2));
		long rounded = Math.round(denominator / power) * (long) power;
		return String.format(java.util.Locale.ROOT, "%,d", rounded).replace(',', ' ');
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value)
				: String.format(java.util.Locale.ROOT, "%.1f", value);
	}

	/** Draws a north arrow (指北针) centred horizontally on x, top at y; @return its bounds */
	public Rectangle drawNorthArrow(GC gc, int x, int y) {
		int h = 44;
		gc.setAlpha(255);
		gc.setAntialias(SWT.ON);
		gc.setBackground(resources.colour(INK));
		gc.setForeground(resources.colour(INK));
		gc.setLineAttributes(new LineAttributes(1));
		gc.fillPolygon(new int[] { x, y + 14, x + 9, y + h, x, y + h - 8 });
		gc.setBackground(resources.colour(WHITE));
		gc.fillPolygon(new int[] { x, y + 14, x - 9, y + h, x, y + h - 8 });
		gc.drawPolygon(new int[] { x, y + 14, x + 9, y + h, x, y + h - 8, x - 9, y + h });
		gc.setFont(resources.font(11, true));
		String n = MapTexts.get("north");
		Point s = gc.textExtent(n);
		gc.setForeground(resources.colour(INK));
		gc.drawText(n, x - s.x / 2, y - 2, true);
		return new Rectangle(x - 12, y - 2, 24, h + 2);
	}
}
