package org.minplan.ui.map.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * What the left mouse button and editing keys do on the map (选择, 绘制…). The canvas handles panning (middle
 * button, arrows), zooming (wheel, +/-) and the overview itself and hands everything else to the active tool.
 */
public interface MapTool {

	/** Called when the tool becomes active. */
	default void activate(MapCanvas canvas) {
	}

	/** Called when another tool takes over: drop any gesture in progress. */
	default void deactivate() {
	}

	void mouseDown(Event e);

	void mouseMove(Event e);

	void mouseUp(Event e);

	default void mouseDoubleClick(Event e) {
	}

	/** @return true when the key was used */
	default boolean keyDown(Event e) {
		return false;
	}

	/** Draws the gesture in progress (rubber band, preview) over the map. */
	default void paint(GC gc) {
	}

	/** @return the SWT cursor id shown while the tool is active */
	default int cursor() {
		return org.eclipse.swt.SWT.CURSOR_ARROW;
	}
}
