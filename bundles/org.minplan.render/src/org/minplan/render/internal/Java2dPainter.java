package org.minplan.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Paints a {@link Scene} with Java2D into an image (no display needed: {@code java.awt.headless=true}). */
public final class Java2dPainter {

	private final CjkFont font;
	private final Map<String, TexturePaint> hatches = new HashMap<>();

	public Java2dPainter(CjkFont font) {
		this.font = font;
	}

	/** @return the scene as an RGB image */
	public BufferedImage paint(Scene scene) {
		BufferedImage image = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, scene.width(), scene.height());
			Deque<Shape> clips = new ArrayDeque<>();
			for (Scene.Item item : scene.items()) {
				if (item instanceof Scene.PathItem p) {
					path(g, p);
				} else if (item instanceof Scene.TextItem t) {
					text(g, t);
				} else if (item instanceof Scene.Clip c) {
					clips.push(g.getClip() == null ? new Rectangle2D.Double(0, 0, scene.width(), scene.height())
							: g.getClip());
					g.setClip(c.rect());
				} else if (item instanceof Scene.EndClip) {
					g.setClip(clips.isEmpty() ? null : clips.pop());
				}
			}
		} finally {
			g.dispose();
		}
		return image;
	}

	private void path(Graphics2D g, Scene.PathItem p) {
		if (p.fill() != Style.NONE && p.fillAlpha() > 0) {
			g.setColor(new Color(p.fill() >> 16 & 0xFF, p.fill() >> 8 & 0xFF, p.fill() & 0xFF, p.fillAlpha()));
			g.fill(p.path());
		}
		if (p.hatch() != Style.Hatch.NONE && p.hatchColour() != Style.NONE) {
			g.setPaint(hatch(p.hatch(), p.hatchColour(), p.hatchSpacing()));
			g.fill(p.path());
		}
		if (p.line() != Style.NONE && p.width() > 0) {
			g.setColor(new Color(p.line() >> 16 & 0xFF, p.line() >> 8 & 0xFF, p.line() & 0xFF, p.lineAlpha()));
			g.setStroke(new BasicStroke(p.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, p.dash(), 0));
			g.draw(p.path());
		}
	}

	private TexturePaint hatch(Style.Hatch hatch, int colour, float spacing) {
		return hatches.computeIfAbsent(hatch + "/" + colour + "/" + spacing, k -> {
			int s = Math.max(4, Math.round(spacing));
			BufferedImage tile = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
			Graphics2D t = tile.createGraphics();
			t.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			t.setColor(new Color(colour));
			t.setStroke(new BasicStroke(Math.max(1f, s / 8f)));
			for (Line2D line : hatchLines(hatch, s)) {
				t.draw(line);
			}
			t.dispose();
			return new TexturePaint(tile, new Rectangle2D.Double(0, 0, s, s));
		});
	}

	/** @return the lines of one hatch tile of side {@code s} (drawn past the tile's corners so tiles join) */
	static Line2D[] hatchLines(Style.Hatch hatch, double s) {
		Line2D diagonal = new Line2D.Double(-1, s + 1, s + 1, -1);
		Line2D diagonal2 = new Line2D.Double(-1, 1, 1, -1);
		Line2D diagonal3 = new Line2D.Double(s - 1, s + 1, s + 1, s - 1);
		Line2D back = new Line2D.Double(-1, -1, s + 1, s + 1);
		Line2D back2 = new Line2D.Double(s - 1, -1, s + 1, 1);
		Line2D back3 = new Line2D.Double(-1, s - 1, 1, s + 1);
		return switch (hatch) {
		case DIAGONAL -> new Line2D[] { diagonal, diagonal2, diagonal3 };
		case BACK_DIAGONAL -> new Line2D[] { back, back2, back3 };
		case CROSS -> new Line2D[] { diagonal, diagonal2, diagonal3, back, back2, back3 };
		case HORIZONTAL -> new Line2D[] { new Line2D.Double(0, s / 2, s, s / 2) };
		case NONE -> new Line2D[0];
		};
	}

	private void text(Graphics2D g, Scene.TextItem t) {
		TextLayout layout = new TextLayout(t.text(), font.font(t.sizePx(), t.bold()), g.getFontRenderContext());
		double w = layout.getAdvance();
		double x = switch (t.anchor()) {
		case START -> t.x();
		case MIDDLE -> t.x() - w / 2;
		case END -> t.x() - w;
		};
		Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, t.baseline()));
		if (t.halo() != Style.NONE) {
			g.setColor(new Color(t.halo()));
			g.setStroke(new BasicStroke(t.haloWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			g.draw(outline);
		}
		g.setColor(new Color(t.colour()));
		g.fill(outline);
	}
}
