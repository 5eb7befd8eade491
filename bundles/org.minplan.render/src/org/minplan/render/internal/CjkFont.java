package org.minplan.render.internal;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The font the map's texts are drawn in: the first installed font that has the Chinese glyphs the plan needs
 * (Noto Sans CJK, WenQuanYi Zen Hei, … — Debian {@code fonts-noto-cjk}, {@code fonts-wqy-zenhei}), else Java's
 * logical {@code SansSerif} (whose fallback chain may still find one). Measures texts for label placement.
 */
public final class CjkFont {

	/** Families tried in order. */
	static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
			"Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei",
			"PingFang SC", "Droid Sans Fallback", "Noto Sans CJK JP");
	/** Written into SVG: viewers use the first one they have. */
	public static final String SVG_FAMILIES = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Zen Hei',"
			+ "'Microsoft YaHei','PingFang SC','SimHei',sans-serif";
	private static final String PROBE = "塔城地区矿产资源总体规划图例比例尺北";
	private static final FontRenderContext FRC = new FontRenderContext(null,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	private static volatile String family;

	private final String name;
	private final ConcurrentHashMap<String, Font> fonts = new ConcurrentHashMap<>();

	private CjkFont(String name) {
		this.name = name;
	}

	/** @return the map font (the family is looked up once per JVM) */
	public static CjkFont get() {
		String f = family;
		if (f == null) {
			f = find();
			family = f;
		}
		return new CjkFont(f);
	}

	private static String find() {
		Set<String> installed = Arrays
				.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
				.collect(Collectors.toSet());
		for (String candidate : PREFERRED) {
			if (installed.contains(candidate) && new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(PROBE) < 0) {
				return candidate;
			}
		}
		for (String candidate : installed) {
			if (new Font(candidate, Font.PLAIN, 12).canDisplayUpTo(PROBE) < 0) {
				return candidate;
			}
		}
		System.getLogger(CjkFont.class.getName()).log(System.Logger.Level.WARNING,
				"No installed font has Chinese glyphs (install fonts-noto-cjk or fonts-wqy-zenhei): "
						+ "map texts will show as boxes");
		return Font.SANS_SERIF;
	}

	/** @return the family name */
	public String family() {
		return name;
	}

	/** @return whether the font can draw every character of {@code text} */
	public boolean canDisplay(String text) {
		return font(12, false).canDisplayUpTo(text) < 0;
	}

	/** @return the font of {@code sizePx} pixels */
	public Font font(float sizePx, boolean bold) {
		String key = sizePx + (bold ? "b" : "");
		return fonts.computeIfAbsent(key, k -> new Font(name, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(sizePx));
	}

	/** @return the advance width of {@code text} in pixels */
	public double width(String text, float sizePx, boolean bold) {
		return font(sizePx, bold).getStringBounds(text, FRC).getWidth();
	}

	/** @return ascent and descent of the font in pixels */
	public double[] ascentDescent(float sizePx, boolean bold) {
		LineMetrics m = font(sizePx, bold).getLineMetrics(PROBE, FRC);
		return new double[] { m.getAscent(), m.getDescent() };
	}
}
