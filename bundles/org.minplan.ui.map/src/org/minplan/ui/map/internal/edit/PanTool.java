package org.minplan.ui.map.internal.edit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapTool;

/** 平移: dragging with the left button moves the map. */
public final class PanTool implements MapTool {

	private MapCanvas canvas;
	private boolean dragging;
	private int lastX, lastY;

	@Override
	public void activate(MapCanvas c) {
		this.canvas = c;
	}

	@Override
	public void deactivate() {
		dragging = false;
	}

	@Override
	public void mouseDown(Event e) {
		if (e.button == 1) {
			dragging = true;
			lastX = e.x;
			lastY = e.y;
		}
	}

	@Override
	public void mouseMove(Event e) {
		if (dragging) {
			canvas.pan(e.x - lastX, e.y - lastY);
			lastX = e.x;
			lastY = e.y;
		}
	}

	@Override
	public void mouseUp(Event e) {
		dragging = false;
	}

	@Override
	public int cursor() {
		return SWT.CURSOR_SIZEALL;
	}
}
