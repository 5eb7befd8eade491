package org.minplan.ui.map.internal.render;

import org.eclipse.swt.graphics.GC;
import org.minplan.ui.map.MapStyle;

/** Point symbols (矿山符号) drawn centred on a screen point; also used by the legend. */
public final class Symbols {

	private Symbols() {
	}

	/** @return the outline of {@code symbol} of {@code size} pixels centred on (x, y) as a polygon, or null for a circle */
	public static int[] polygon(MapStyle.Symbol symbol, int x, int y, int size) {
		int r = Math.max(1, size / 2);
		return switch (symbol) {
		case CIRCLE -> null;
		case SQUARE -> new int[] { x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r };
		case TRIANGLE -> new int[] { x, y - r - 1, x + r + 1, y + r, x - r - 1, y + r };
		case DIAMOND -> new int[] { x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y };
		case STAR -> star(x, y, r + 1);
		};
	}

	private static int[] star(int x, int y, int r) {
		int[] p = new int[20];
		for (int i = 0; i < 10; i++) {
			double a = -Math.PI / 2 + i * Math.PI / 5;
			double rr = i % 2 == 0 ? r : r * 0.45;
			p[2 * i] = (int) Math.round(x + rr * Math.cos(a));
			p[2 * i + 1] = (int) Math.round(y + rr * Math.sin(a));
		}
		return p;
	}

	/** Draws the symbol with the GC's current background (fill) and foreground (outline). */
	public static void draw(GC gc, MapStyle.Symbol symbol, int x, int y, int size) {
		int[] polygon = polygon(symbol, x, y, size);
		if (polygon == null) {
			int r = Math.max(1, size / 2);
			gc.fillOval(x - r, y - r, 2 * r, 2 * r);
			gc.drawOval(x - r, y - r, 2 * r, 2 * r);
		} else {
			gc.fillPolygon(polygon);
			gc.drawPolygon(polygon);
		}
	}
}
