package org.minplan.ui.map.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.locationtech.jts.geom.Envelope;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.render.Decorations;
import org.minplan.ui.map.internal.render.Decorations.LegendItem;
import org.minplan.ui.map.internal.render.LabelPlacer;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.MapRenderer;
import org.minplan.ui.map.internal.render.Resources;
import org.minplan.ui.map.internal.render.Viewport;

/**
 * Exports the map (导出地图) at a chosen scale 1:N as PNG (rendered as on screen, at the chosen resolution) or
 * SVG (vector paths and text), with a title, frame, legend, scale bar and north arrow.
 */
public final class MapExport {

	/** Largest exported image side in pixels. */
	public static final int MAX_PIXELS = 16_000;
	private static final double METRES_PER_INCH = 0.0254;
	private static final double BASE_DPI = 96;
	private static final int MARGIN = 24;
	private static final int HEADER = 56;

	/**
	 * What to export.
	 *
	 * @param extent      the area of the plan (display system)
	 * @param denominator the scale 1:N
	 * @param dpi         resolution of a PNG (SVG is resolution-free)
	 * @param title       the title printed above the map
	 */
	public record Spec(Envelope extent, double denominator, int dpi, String title, int legendWidth) {

		/** Width usually taken by the legend right of the map, at 96 dpi (the export measures the real one). */
		static final int LEGEND_COLUMN = 330;

		public Spec(Envelope extent, double denominator, int dpi, String title) {
			this(extent, denominator, dpi, title, LEGEND_COLUMN);
		}

		/** @return the same with the legend column {@code width} wide */
		public Spec withLegendWidth(int width) {
			return new Spec(extent, denominator, dpi, title, width);
		}

		/** @return pixels per metre of ground at 96 dpi */
		public double basePixelsPerMetre() {
			return BASE_DPI / (METRES_PER_INCH * denominator);
		}

		/** @return width and height of the map frame at 96 dpi */
		public Point mapSize() {
			return new Point((int) Math.ceil(extent.getWidth() * basePixelsPerMetre()),
					(int) Math.ceil(extent.getHeight() * basePixelsPerMetre()));
		}

		/** @return width and height of the whole sheet at 96 dpi */
		public Point sheetSize() {
			Point map = mapSize();
			return new Point(map.x + 2 * MARGIN + legendWidth, map.y + HEADER + MARGIN);
		}

		/** @return width and height of the PNG in pixels */
		public Point pixels() {
			Point sheet = sheetSize();
			double k = dpi / BASE_DPI;
			return new Point((int) Math.ceil(sheet.x * k), (int) Math.ceil(sheet.y * k));
		}

		/** @return the viewport of the map frame at 96 dpi */
		public Viewport viewport() {
			Point map = mapSize();
			return new Viewport(extent.centre().x, extent.centre().y, basePixelsPerMetre(), map.x, map.y);
		}
	}

	private MapExport() {
	}

	/**
	 * Writes a PNG.
	 *
	 * @throws IllegalArgumentException when the image would be larger than {@value #MAX_PIXELS} pixels a side
	 */
	public static Spec png(MapCanvas canvas, MapContent content, Spec asked, Path file) {
		Spec spec = measured(canvas, asked);
		Point pixels = spec.pixels();
		if (pixels.x > MAX_PIXELS || pixels.y > MAX_PIXELS || pixels.x < 50 || pixels.y < 50) {
			throw new IllegalArgumentException(
					MapTexts.get("export.tooLarge", pixels.x, pixels.y, MAX_PIXELS));
		}
		Display display = canvas.control().getDisplay();
		Resources resources = canvas.resources();
		Image image = Resources.clientImage(display, pixels.x, pixels.y, new RGB(255, 255, 255));
		GC gc = new GC(image);
		Transform transform = new Transform(display);
		try {
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			double k = spec.dpi() / BASE_DPI;
			transform.scale((float) k, (float) k);
			gc.setTransform(transform);
			drawTitle(gc, resources, spec);
			transform.translate(MARGIN, HEADER);
			gc.setTransform(transform);
			Viewport vp = spec.viewport();
			Decorations decorations = canvas.decorations();
			List<Rectangle> reserved = List.of(new Rectangle(0, vp.height() - 56, 260, 56),
					new Rectangle(vp.width() - 50, 0, 50, 60));
			canvas.renderer().render(gc, content, vp, canvas.styling(), null, true, reserved);
			gc.setTransform(transform);
			decorations.drawNorthArrow(gc, vp.width() - 28, 8);
			decorations.drawScaleBar(gc, vp, 8, vp.height() - 8, spec.denominator());
			gc.setLineAttributes(new LineAttributes(1.5f));
			gc.setForeground(resources.colour(new RGB(30, 30, 30)));
			gc.drawRectangle(0, 0, vp.width(), vp.height());
			gc.setLineAttributes(new LineAttributes(0.6f));
			gc.drawRectangle(-4, -4, vp.width() + 8, vp.height() + 8);
			decorations.drawLegend(gc, canvas.legendSections(), vp.width() + 16, 0, vp.height(), true);
		} finally {
			transform.dispose();
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return spec;
	}

	/** @return the spec with the width of the legend as it will be drawn beside the map */
	public static Spec measured(MapCanvas canvas, Spec spec) {
		Image scratch = new Image(canvas.control().getDisplay(), 1, 1);
		GC gc = new GC(scratch);
		try {
			Point size = canvas.decorations().legendSize(gc, canvas.legendSections(), spec.viewport().height(), true);
			return spec.withLegendWidth(size.x + 24);
		} finally {
			gc.dispose();
			scratch.dispose();
		}
	}

	private static void drawTitle(GC gc, Resources resources, Spec spec) {
		gc.setFont(resources.font(16, true));
		gc.setForeground(resources.colour(new RGB(20, 20, 20)));
		Point size = gc.textExtent(spec.title());
		int width = spec.mapSize().x + 2 * MARGIN;
		gc.drawText(spec.title(), Math.max(MARGIN, (width - size.x) / 2), (HEADER - size.y) / 2 - 4, true);
	}

	/** Writes an SVG drawing of the same map: paths, symbols, labels, legend, scale bar and north arrow. */
	public static Spec svg(MapCanvas canvas, MapContent content, Spec asked, Path file) throws IOException {
		Spec spec = measured(canvas, asked);
		Viewport vp = spec.viewport();
		Point sheet = spec.sheetSize();
		Svg svg = new Svg();
		svg.open(sheet.x, sheet.y, spec.denominator());
		svg.text(Math.max(MARGIN + 200, (spec.mapSize().x + 2 * MARGIN) / 2.0), HEADER / 2.0 + 6, spec.title(), 16,
				true, new RGB(20, 20, 20), "middle", false);
		svg.raw("<g transform=\"translate(" + MARGIN + "," + HEADER + ")\" clip-path=\"url(#frame)\">\n");
		svg.raw("<rect width=\"" + vp.width() + "\" height=\"" + vp.height() + "\" fill=\""
				+ Svg.hex(MapRenderer.PAPER) + "\"/>\n");
		Envelope world = vp.envelope();
		List<LabelPlacer.Candidate> candidates = new ArrayList<>();
		for (MapContent.Layer layer : content.layers()) {
			if (!layer.visible() || layer.opacity() == 0) {
				continue;
			}
			List<MapFeature> features = new ArrayList<>();
			layer.query(world, features::add);
			features.sort(java.util.Comparator.comparingInt(MapFeature::order));
			svg.raw("<g id=\"" + Svg.escape(layer.descriptor().id()) + "\" opacity=\"" + layer.opacity() / 100.0
					+ "\">\n");
			boolean labels = layer.descriptor().labelScale() < 0 || layer.descriptor().labelScale() > 0
					&& spec.denominator() <= layer.descriptor().labelScale();
			for (MapFeature f : features) {
				MapStyle style = canvas.styling().style(layer, f);
				if (f.isPoint()) {
					double x = vp.screenX(f.rings()[0][0]);
					double y = vp.screenY(f.rings()[0][1]);
					svg.symbol(style, x, y);
					if (labels) {
						candidate(layer, f, style, x, y, style.symbolSize() / 2 + 1).ifPresent(candidates::add);
					}
				} else {
					svg.area(f.ringsAt(vp.metresPerPixel()), vp, style);
					if (labels && f.envelope().getWidth() * vp.pixelsPerMetre() >= 14) {
						double[] p = f.labelPoint();
						candidate(layer, f, style, vp.screenX(p[0]), vp.screenY(p[1]), -1).ifPresent(candidates::add);
					}
				}
			}
			svg.raw("</g>\n");
		}
		Display display = canvas.control().getDisplay();
		Image scratch = new Image(display, 1, 1);
		GC gc = new GC(scratch);
		try {
			List<Rectangle> reserved = List.of(new Rectangle(0, vp.height() - 56, 260, 56),
					new Rectangle(vp.width() - 50, 0, 50, 60));
			List<LabelPlacer.Placed> placed = new LabelPlacer(canvas.resources()).place(gc, candidates, vp.width(),
					vp.height(), reserved);
			for (LabelPlacer.Placed p : placed) {
				LabelPlacer.Candidate c = p.candidate();
				svg.text(p.box().x + 2, p.box().y + p.box().height * 0.78, c.text(), c.fontSize(), c.bold(), c.colour(),
						"start", true);
			}
			svg.raw("</g>\n");
			svg.raw("<g transform=\"translate(" + MARGIN + "," + HEADER + ")\">\n");
			svg.raw("<rect width=\"" + vp.width() + "\" height=\"" + vp.height()
					+ "\" fill=\"none\" stroke=\"#1e1e1e\" stroke-width=\"1.5\"/>\n");
			svg.northArrow(vp.width() - 28, 8, MapTexts.get("north"));
			svg.scaleBar(vp, 8, vp.height() - 8, spec.denominator());
			svg.legend(canvas.decorations().legendLayout(gc, canvas.legendSections(), vp.width() + 16, 0, vp.height(),
					true));
			svg.raw("</g>\n");
		} finally {
			gc.dispose();
			scratch.dispose();
		}
		svg.close(vp);
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write(svg.toString());
		}
		return spec;
	}

	private static java.util.Optional<LabelPlacer.Candidate> candidate(MapContent.Layer layer, MapFeature f,
			MapStyle style, double x, double y, int radius) {
		return layer.descriptor().provider().label(f.element())
				.map(text -> new LabelPlacer.Candidate(text, x, y, radius, layer.descriptor().labelPriority(), f.area(),
						style.labelSize(), style.labelBold(), style.labelColour(),
						layer.descriptor().labelPriority() <= 10, f.element()));
	}

	/** A small SVG writer. */
	private static final class Svg {
		private final StringBuilder out = new StringBuilder(1 << 16);
		private final StringBuilder defs = new StringBuilder();
		private final Map<String, String> patterns = new LinkedHashMap<>();

		void open(int width, int height, double denominator) {
			out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("px\" height=\"")
					.append(height).append("px\" viewBox=\"0 0 ").append(width).append(' ').append(height)
					.append("\" font-family=\"Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimHei, sans-serif\">\n");
			out.append("<!-- scale 1:").append(Decorations.ratioText(denominator)).append(", 96 px per inch -->\n");
			out.append("<!--DEFS-->\n");
			out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		}

		void close(Viewport vp) {
			defs.append("<clipPath id=\"frame\"><rect width=\"").append(vp.width()).append("\" height=\"")
					.append(vp.height()).append("\"/></clipPath>\n");
			out.append("</svg>\n");
			int at = out.indexOf("<!--DEFS-->");
			out.replace(at, at + "<!--DEFS-->".length(), "<defs>\n" + defs + "</defs>");
		}

		void raw(String s) {
			out.append(s);
		}

		static String hex(RGB c) {
			return String.format(Locale.ROOT, "#%02x%02x%02x", c.red, c.green, c.blue);
		}

		static String escape(String s) {
			return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		}

		static String n(double v) {
			return String.format(Locale.ROOT, "%.2f", v);
		}

		private String pattern(MapStyle.Hatch hatch, RGB colour) {
			String key = hatch + hex(colour);
			return patterns.computeIfAbsent(key, k -> {
				String id = "hatch" + patterns.size();
				String lines = switch (hatch) {
				case DIAGONAL -> "<path d=\"M0,8 L8,0\"/>";
				case BACK_DIAGONAL -> "<path d=\"M0,0 L8,8\"/>";
				case CROSS -> "<path d=\"M0,8 L8,0 M0,0 L8,8\"/>";
				case HORIZONTAL -> "<path d=\"M0,0.5 L8,0.5\"/>";
				case NONE -> "";
				};
				defs.append("<pattern id=\"").append(id)
						.append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><g stroke=\"")
						.append(hex(colour)).append("\" stroke-width=\"1\">").append(lines).append("</g></pattern>\n");
				return id;
			});
		}

		private String strokeAttributes(MapStyle style) {
			if (style.line().isEmpty() || style.lineWidth() <= 0) {
				return " stroke=\"none\"";
			}
			StringBuilder b = new StringBuilder();
			b.append(" stroke=\"").append(hex(style.line().get())).append("\" stroke-width=\"")
					.append(n(style.lineWidth())).append("\" stroke-linejoin=\"round\"");
			if (style.dashed()) {
				b.append(" stroke-dasharray=\"");
				int[] d = style.dash();
				for (int i = 0; i < d.length; i++) {
					b.append(i > 0 ? "," : "").append(d[i]);
				}
				b.append('"');
			}
			return b.toString();
		}

		void area(double[][] rings, Viewport vp, MapStyle style) {
			StringBuilder d = new StringBuilder();
			for (double[] ring : rings) {
				for (int i = 0; i < ring.length; i += 2) {
					d.append(i == 0 ? 'M' : 'L').append(n(vp.screenX(ring[i]))).append(',')
							.append(n(vp.screenY(ring[i + 1])));
				}
				d.append('Z');
			}
			String fill = style.fill().isPresent() ? " fill=\"" + hex(style.fill().get()) + "\" fill-opacity=\""
					+ n(style.fillAlpha() / 255.0) + "\"" : " fill=\"none\"";
			out.append("<path d=\"").append(d).append("\" fill-rule=\"evenodd\"").append(fill)
					.append(strokeAttributes(style)).append("/>\n");
			if (style.hatch() != MapStyle.Hatch.NONE && style.hatchColour().isPresent()) {
				out.append("<path d=\"").append(d).append("\" fill-rule=\"evenodd\" fill=\"url(#")
						.append(pattern(style.hatch(), style.hatchColour().get())).append(")\" stroke=\"none\"/>\n");
			}
		}

		void symbol(MapStyle style, double x, double y) {
			String fill = hex(style.fill().orElse(new RGB(80, 80, 80)));
			String stroke = hex(style.line().orElse(new RGB(40, 40, 40)));
			int size = Math.max(3, style.symbolSize());
			int[] polygon = org.minplan.ui.map.internal.render.Symbols.polygon(style.symbol(), (int) Math.round(x),
					(int) Math.round(y), size);
			if (polygon == null) {
				out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"")
						.append(n(size / 2.0)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
						.append("\"/>\n");
			} else {
				out.append("<polygon points=\"");
				for (int i = 0; i < polygon.length; i += 2) {
					out.append(i > 0 ? " " : "").append(polygon[i]).append(',').append(polygon[i + 1]);
				}
				out.append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>\n");
			}
		}

		void text(double x, double y, String text, int points, boolean bold, RGB colour, String anchor, boolean halo) {
			out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
					.append(n(points * 96 / 72.0)).append("\"");
			if (bold) {
				out.append(" font-weight=\"bold\"");
			}
			if (!"start".equals(anchor)) {
				out.append(" text-anchor=\"").append(anchor).append('"');
			}
			if (halo) {
				out.append(" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
			}
			out.append(" fill=\"").append(hex(colour)).append("\">").append(escape(text)).append("</text>\n");
		}

		void northArrow(int x, int y, String north) {
			out.append("<g stroke=\"#1e1e1e\" stroke-width=\"1\"><polygon points=\"").append(x).append(',')
					.append(y + 14).append(' ').append(x + 9).append(',').append(y + 44).append(' ').append(x)
					.append(',').append(y + 36).append("\" fill=\"#1e1e1e\"/><polygon points=\"").append(x)
					.append(',').append(y + 14).append(' ').append(x - 9).append(',').append(y + 44).append(' ')
					.append(x).append(',').append(y + 36).append("\" fill=\"#ffffff\"/></g>\n");
			text(x, y + 10, north, 11, true, new RGB(30, 30, 30), "middle", false);
		}

		void scaleBar(Viewport vp, int x, int bottom, double denominator) {
			double length = Decorations.niceLength(vp.metresPerPixel(), 160);
			double pixels = length * vp.pixelsPerMetre();
			boolean km = length >= 1000;
			double shown = km ? length / 1000 : length;
			int top = bottom - 46;
			int barX = x + 8, barY = top + 20;
			out.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"")
					.append(n(pixels + 40)).append("\" height=\"46\" fill=\"#ffffff\" fill-opacity=\"0.88\"/>\n");
			for (int i = 0; i < 4; i++) {
				out.append("<rect x=\"").append(n(barX + pixels * i / 4)).append("\" y=\"").append(barY)
						.append("\" width=\"").append(n(pixels / 4)).append("\" height=\"6\" fill=\"")
						.append(i % 2 == 0 ? "#1e1e1e" : "#ffffff").append("\" stroke=\"#1e1e1e\"/>\n");
			}
			RGB ink = new RGB(30, 30, 30);
			String unit = km ? " km" : " m";
			text(barX, top + 15, "0", 9, false, ink, "middle", false);
			text(barX + pixels / 2, top + 15, trim(shown / 2), 9, false, ink, "middle", false);
			text(barX + pixels, top + 15, trim(shown) + unit, 9, false, ink, "middle", false);
			text(barX, barY + 20, MapTexts.get("scale.ratio", Decorations.ratioText(denominator)), 9, false, ink,
					"start", false);
		}

		private static String trim(double v) {
			return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
		}

		void legend(Decorations.LegendLayout layout) {
			LegendItem first = layout.items().get(0);
			int x0 = first.x() - 8, y0 = first.y() - 8;
			out.append("<g id=\"legend\"><rect x=\"").append(x0).append("\" y=\"").append(y0).append("\" width=\"")
					.append(layout.size().x).append("\" height=\"").append(layout.size().y)
					.append("\" fill=\"#ffffff\" stroke=\"#5a5a5a\"/>\n");
			RGB ink = new RGB(30, 30, 30);
			int line = Decorations.lineHeight();
			Point swatch = Decorations.swatchSize();
			for (LegendItem item : layout.items()) {
				if (item.entry() == null) {
					text(item.x(), item.y() + (item.title() ? 12 : 12), item.text(), item.title() ? 10 : 8, true, ink,
							"start", false);
					continue;
				}
				MapStyle s = item.entry().style();
				int sx = item.x(), sy = item.y() + (line - swatch.y) / 2;
				if (s.symbolSize() > 0) {
					symbol(s.withSymbol(s.symbol(), Math.min(s.symbolSize(), 14)), sx + swatch.x / 2.0,
							sy + swatch.y / 2.0);
				} else if (s.fill().isEmpty() && s.hatch() == MapStyle.Hatch.NONE) {
					out.append("<path d=\"M").append(sx).append(',').append(sy + swatch.y / 2).append(" L")
							.append(sx + swatch.x).append(',').append(sy + swatch.y / 2).append("\" fill=\"none\"")
							.append(strokeAttributes(s)).append("/>\n");
				} else {
					double[][] flipped = { { sx, -sy, sx + swatch.x, -sy, sx + swatch.x, -(sy + swatch.y), sx,
							-(sy + swatch.y), sx, -sy } };
					area(flipped, new Viewport(0, 0, 1, 0, 0), s);
				}
				text(sx + swatch.x + 5, item.y() + line - 5, item.text(), 8, false, ink, "start", false);
			}
			out.append("</g>\n");
		}

		@Override
		public String toString() {
			return out.toString();
		}
	}
}
