package org.minplan.ui.map.internal.render;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.minplan.ui.findings.FindingSeverity;

/** The badge (审查标记) drawn on an element with validation findings: a coloured disc with a mark. */
public final class Badges {

	/** Radius of a badge in pixels. */
	public static final int RADIUS = 7;

	private Badges() {
	}

	/** @return the colour of a severity: red errors, orange warnings, blue remarks */
	public static RGB colour(FindingSeverity severity) {
		return switch (severity) {
		case ERROR -> new RGB(211, 47, 47);
		case WARNING -> new RGB(245, 124, 0);
		case INFO -> new RGB(25, 118, 210);
		};
	}

	/** Draws a badge centred on (x, y). */
	public static void draw(GC gc, Resources resources, FindingSeverity severity, int x, int y) {
		gc.setBackground(resources.colour(colour(severity)));
		gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
		gc.setForeground(resources.colour(new RGB(255, 255, 255)));
		gc.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
		gc.setBackground(resources.colour(new RGB(255, 255, 255)));
		if (severity == FindingSeverity.INFO) {
			gc.fillRectangle(x - 1, y - 4, 2, 2);
			gc.fillRectangle(x - 1, y - 1, 2, 5);
		} else {
			gc.fillRectangle(x - 1, y - 4, 2, 5);
			gc.fillRectangle(x - 1, y + 2, 2, 2);
		}
	}
}
