package org.minplan.render.internal;

import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Scene} as SVG 1.1 text: paths, hatching as patterns, texts in a CJK font family list (the texts
 * stay text: searchable and sharp at any zoom), the map frame as a clip path.
 */
public final class SvgWriter {

	private final StringBuilder out = new StringBuilder(1 << 16);
	private final Map<String, String> patterns = new LinkedHashMap<>();
	private int clips;

	/** @return the scene as an SVG document */
	public String write(Scene scene, String title) {
		StringBuilder body = new StringBuilder(1 << 16);
		StringBuilder defs = new StringBuilder();
		for (Scene.Item item : scene.items()) {
			if (item instanceof Scene.PathItem p) {
				path(body, p);
			} else if (item instanceof Scene.TextItem t) {
				text(body, t);
			} else if (item instanceof Scene.Clip c) {
				String id = "clip" + ++clips;
				defs.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(c.rect().getX()))
						.append("\" y=\"").append(n(c.rect().getY())).append("\" width=\"")
						.append(n(c.rect().getWidth())).append("\" height=\"").append(n(c.rect().getHeight()))
						.append("\"/></clipPath>\n");
				body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
			} else if (item instanceof Scene.EndClip) {
				body.append("</g>\n");
			}
		}
		patterns.values().forEach(defs::append);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(scene.width())
				.append("\" height=\"").append(scene.height()).append("\" viewBox=\"0 0 ").append(scene.width())
				.append(' ').append(scene.height()).append("\" font-family=\"").append(CjkFont.SVG_FAMILIES)
				.append("\">\n");
		if (title != null) {
			out.append("<title>").append(escape(title)).append("</title>\n");
		}
		out.append("<defs>\n").append(defs).append("</defs>\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		out.append(body);
		out.append("</svg>\n");
		return out.toString();
	}

	private void path(StringBuilder b, Scene.PathItem p) {
		String d = d(p.path().getPathIterator(null));
		if (d.isEmpty()) {
			return;
		}
		boolean evenOdd = p.path().getWindingRule() == PathIterator.WIND_EVEN_ODD;
		if (p.fill() != Style.NONE && p.fillAlpha() > 0) {
			b.append("<path d=\"").append(d).append("\" fill=\"").append(colour(p.fill())).append('"');
			if (p.fillAlpha() < 255) {
				b.append(" fill-opacity=\"").append(n(p.fillAlpha() / 255.0)).append('"');
			}
			if (evenOdd) {
				b.append(" fill-rule=\"evenodd\"");
			}
			b.append(" stroke=\"none\"/>\n");
		}
		if (p.hatch() != Style.Hatch.NONE && p.hatchColour() != Style.NONE) {
			b.append("<path d=\"").append(d).append("\" fill=\"url(#")
					.append(pattern(p.hatch(), p.hatchColour(), p.hatchSpacing())).append(")\"");
			if (evenOdd) {
				b.append(" fill-rule=\"evenodd\"");
			}
			b.append(" stroke=\"none\"/>\n");
		}
		if (p.line() != Style.NONE && p.width() > 0) {
			b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour(p.line()))
					.append("\" stroke-width=\"").append(n(p.width())).append("\" stroke-linejoin=\"round\"");
			if (p.lineAlpha() < 255) {
				b.append(" stroke-opacity=\"").append(n(p.lineAlpha() / 255.0)).append('"');
			}
			if (p.dash() != null) {
				b.append(" stroke-dasharray=\"");
				for (int i = 0; i < p.dash().length; i++) {
					b.append(i == 0 ? "" : ",").append(n(p.dash()[i]));
				}
				b.append('"');
			}
			b.append("/>\n");
		}
	}

	private String pattern(Style.Hatch hatch, int colour, float spacing) {
		String id = "hatch-" + hatch.name().toLowerCase(Locale.ROOT) + "-" + String.format("%06x", colour) + "-"
				+ Math.round(spacing);
		patterns.computeIfAbsent(id, k -> {
			double s = Math.max(4, Math.round(spacing));
			StringBuilder p = new StringBuilder();
			p.append("<pattern id=\"").append(id).append("\" patternUnits=\"userSpaceOnUse\" width=\"").append(n(s))
					.append("\" height=\"").append(n(s)).append("\">");
			for (Line2D l : Java2dPainter.hatchLines(hatch, s)) {
				p.append("<line x1=\"").append(n(l.getX1())).append("\" y1=\"").append(n(l.getY1()))
						.append("\" x2=\"").append(n(l.getX2())).append("\" y2=\"").append(n(l.getY2()))
						.append("\" stroke=\"").append(colour(colour)).append("\" stroke-width=\"")
						.append(n(Math.max(1, s / 8))).append("\"/>");
			}
			p.append("</pattern>\n");
			return p.toString();
		});
		return id;
	}

	private static String d(PathIterator it) {
		StringBuilder d = new StringBuilder();
		double[] c = new double[6];
		while (!it.isDone()) {
			switch (it.currentSegment(c)) {
			case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
			case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
			case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
					.append(n(c[2])).append(' ').append(n(c[3]));
			case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
					.append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ')
					.append(n(c[5]));
			case PathIterator.SEG_CLOSE -> d.append('Z');
			default -> throw new IllegalStateException();
			}
			it.next();
		}
		return d.toString();
	}

	private static void text(StringBuilder b, Scene.TextItem t) {
		String anchor = switch (t.anchor()) {
		case START -> "start";
		case MIDDLE -> "middle";
		case END -> "end";
		};
		b.append("<text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.baseline())).append("\" font-size=\"")
				.append(n(t.sizePx())).append('"');
		if (t.bold()) {
			b.append(" font-weight=\"bold\"");
		}
		if (!"start".equals(anchor)) {
			b.append(" text-anchor=\"").append(anchor).append('"');
		}
		b.append(" fill=\"").append(colour(t.colour())).append('"');
		if (t.halo() != Style.NONE) {
			b.append(" stroke=\"").append(colour(t.halo())).append("\" stroke-width=\"").append(n(t.haloWidth()))
					.append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"");
		}
		b.append('>').append(escape(t.text())).append("</text>\n");
	}

	private static String colour(int rgb) {
		return String.format("#%06x", rgb & 0xFFFFFF);
	}

	/** @return a coordinate with at most one decimal */
	static String n(double v) {
		long tenths = Math.round(v * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
	}

	static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			case '&' -> b.append("&amp;");
			case '"' -> b.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n') {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}
}
