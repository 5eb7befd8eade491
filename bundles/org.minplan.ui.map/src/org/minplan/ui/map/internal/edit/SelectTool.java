package org.minplan.ui.map.internal.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.MapTool;
import org.minplan.ui.map.internal.render.MapFeature;

/**
 * 选择与编辑: click selects (Shift/Ctrl adds); dragging a selected element moves it, dragging anywhere else
 * selects the elements wholly inside the rectangle; with one area selected its vertices show as handles — drag a
 * handle to move the vertex (snapping to other vertices), double-click an edge to insert a vertex, Delete removes
 * the vertex last clicked (or, with no vertex active, the selected elements).
 */
public final class SelectTool implements MapTool {

	private static final int HANDLE = 4;
	private static final int DRAG_THRESHOLD = 3;
	private static final RGB PREVIEW = new RGB(0, 120, 215);
	private static final RGB SNAP = new RGB(230, 0, 120);

	private enum Mode {
		/** Nothing in progress. */
		NONE,
		/** Pressed on a selected element: a drag moves the selection. */
		PRESSED,
		/** Pressed on an element not selected: a click selects it, a drag selects by rectangle. */
		PRESSED_OTHER,
		MOVING, VERTEX, RUBBER
	}

	/** A vertex of a feature: ring k, vertex v. */
	public record Vertex(MapFeature feature, int ring, int index) {
	}

	private MapCanvas canvas;
	private Mode mode = Mode.NONE;
	private int pressX, pressY, nowX, nowY;
	private boolean additive;
	private Vertex dragged;
	private Vertex active;
	private Snapper.Target snap;
	private EObject pressedElement;

	@Override
	public void activate(MapCanvas c) {
		this.canvas = c;
	}

	@Override
	public void deactivate() {
		mode = Mode.NONE;
		active = null;
	}

	/** @return the vertex last clicked, if its element is still the one selected */
	public Optional<Vertex> activeVertex() {
		if (active != null && editedFeature().filter(f -> f == active.feature()).isEmpty()) {
			active = null;
		}
		return Optional.ofNullable(active);
	}

	/** @return the one selected area of an editable layer, whose vertices can be edited */
	public Optional<MapFeature> editedFeature() {
		List<MapFeature> selected = canvas.selectedFeatures();
		if (selected.size() != 1 || selected.get(0).isPoint() || !selected.get(0).vertexAligned()
				|| !canvas.selectionEditable()) {
			return Optional.empty();
		}
		return Optional.of(selected.get(0));
	}

	/** @return the vertex whose handle is under screen (x, y) */
	public Optional<Vertex> vertexAt(int x, int y) {
		Optional<MapFeature> edited = editedFeature();
		if (edited.isEmpty()) {
			return Optional.empty();
		}
		MapFeature f = edited.get();
		double[][] rings = f.rings();
		for (int k = 0; k < rings.length; k++) {
			for (int v = 0; v < rings[k].length / 2 - 1; v++) {
				Point p = canvas.toScreen(rings[k][2 * v], rings[k][2 * v + 1]);
				if (Math.abs(p.x - x) <= HANDLE + 1 && Math.abs(p.y - y) <= HANDLE + 1) {
					return Optional.of(new Vertex(f, k, v));
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		pressX = nowX = e.x;
		pressY = nowY = e.y;
		additive = (e.stateMask & (SWT.SHIFT | SWT.MOD1)) != 0;
		snap = null;
		Optional<Vertex> vertex = additive ? Optional.empty() : vertexAt(e.x, e.y);
		if (vertex.isPresent()) {
			dragged = vertex.get();
			active = dragged;
			mode = Mode.VERTEX;
			canvas.redraw();
			return;
		}
		Optional<MapCanvas.Hit> hit = canvas.hit(e.x, e.y);
		if (hit.isPresent()) {
			EObject element = hit.get().feature().element();
			if (additive) {
				LinkedHashSet<EObject> next = new LinkedHashSet<>(canvas.selection());
				if (!next.remove(element)) {
					next.add(element);
				}
				canvas.setSelection(next);
				mode = Mode.NONE;
			} else if (canvas.selection().contains(element)) {
				mode = Mode.PRESSED;
			} else {
				pressedElement = element;
				mode = Mode.PRESSED_OTHER;
			}
		} else {
			mode = Mode.RUBBER;
		}
	}

	@Override
	public void mouseMove(Event e) {
		nowX = e.x;
		nowY = e.y;
		switch (mode) {
		case VERTEX -> {
			snap = Snapper.snap(canvas.content().orElseThrow(), canvas.viewport(), e.x, e.y,
					(f, k, v) -> f == dragged.feature() && k == dragged.ring() && v == dragged.index())
					.orElse(null);
			canvas.redraw();
		}
		case PRESSED -> {
			if (Math.abs(e.x - pressX) > DRAG_THRESHOLD || Math.abs(e.y - pressY) > DRAG_THRESHOLD) {
				if (canvas.selectionEditable()) {
					mode = Mode.MOVING;
				}
			}
		}
		case PRESSED_OTHER -> {
			if (Math.abs(e.x - pressX) > DRAG_THRESHOLD || Math.abs(e.y - pressY) > DRAG_THRESHOLD) {
				mode = Mode.RUBBER;
				canvas.redraw();
			}
		}
		case MOVING, RUBBER -> canvas.redraw();
		default -> {
		}
		}
	}

	@Override
	public void mouseUp(Event e) {
		if (e.button != 1) {
			return;
		}
		nowX = e.x;
		nowY = e.y;
		Mode was = mode;
		mode = Mode.NONE;
		switch (was) {
		case PRESSED_OTHER -> {
			canvas.setSelection(List.of(pressedElement));
			active = null;
			pressedElement = null;
		}
		case VERTEX -> {
			boolean moved = snap != null || Math.abs(e.x - pressX) > 0 || Math.abs(e.y - pressY) > 0;
			if (moved) {
				double x = snap != null ? snap.x() : canvas.viewport().worldX(e.x);
				double y = snap != null ? snap.y() : canvas.viewport().worldY(e.y);
				canvas.execute(canvas.edits().moveVertex(dragged.feature(), dragged.ring(), dragged.index(), x, y,
						snap == null ? null : snap.exact()));
			}
			dragged = null;
			snap = null;
		}
		case MOVING -> {
			double mpp = canvas.viewport().metresPerPixel();
			double dx = (e.x - pressX) * mpp;
			double dy = -(e.y - pressY) * mpp;
			canvas.execute(canvas.edits().translate(canvas.selectedFeatures(), dx, dy));
		}
		case RUBBER -> {
			Rectangle band = band();
			if (band.width <= DRAG_THRESHOLD && band.height <= DRAG_THRESHOLD) {
				if (!additive) {
					canvas.setSelection(List.of());
				}
			} else {
				LinkedHashSet<EObject> next = new LinkedHashSet<>(additive ? canvas.selection() : List.of());
				for (MapCanvas.Hit hit : canvas.hitsInside(band)) {
					next.add(hit.feature().element());
				}
				canvas.setSelection(next);
			}
			active = null;
		}
		default -> {
		}
		}
		canvas.redraw();
	}

	@Override
	public void mouseDoubleClick(Event e) {
		Optional<MapFeature> edited = editedFeature();
		if (edited.isEmpty()) {
			canvas.zoomToSelection();
			return;
		}
		MapFeature f = edited.get();
		double x = canvas.viewport().worldX(e.x);
		double y = canvas.viewport().worldY(e.y);
		double tolerance = (HANDLE + 2) * canvas.viewport().metresPerPixel();
		double[][] rings = f.rings();
		for (int k = 0; k < rings.length; k++) {
			double[] r = rings[k];
			for (int v = 0; v < r.length / 2 - 1; v++) {
				double x0 = r[2 * v], y0 = r[2 * v + 1], x1 = r[2 * v + 2], y1 = r[2 * v + 3];
				if (MapFeature.segmentDistance(x, y, x0, y0, x1, y1) <= tolerance) {
					double dx = x1 - x0, dy = y1 - y0;
					double t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
					canvas.execute(canvas.edits().insertVertex(f, k, v + 1, x0 + t * dx, y0 + t * dy, null));
					return;
				}
			}
		}
	}

	@Override
	public boolean keyDown(Event e) {
		if (e.keyCode == SWT.ESC) {
			mode = Mode.NONE;
			active = null;
			canvas.redraw();
			return true;
		}
		if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
			deleteSelected();
			return true;
		}
		return false;
	}

	/** Deletes the active vertex, or else the selected elements. */
	public void deleteSelected() {
		Optional<Vertex> vertex = activeVertex();
		if (vertex.isPresent()) {
			Vertex v = vertex.get();
			Optional<Command> delete = canvas.edits().deleteVertex(v.feature(), v.ring(), v.index());
			if (delete.isPresent()) {
				canvas.execute(delete.get());
			} else {
				canvas.status(MapTexts.get("status.tooFewVertices"));
			}
			active = null;
			return;
		}
		List<EObject> selected = canvas.selection();
		if (!selected.isEmpty() && canvas.selectionEditable()) {
			canvas.execute(canvas.edits().delete(selected));
		}
	}

	private Rectangle band() {
		return new Rectangle(Math.min(pressX, nowX), Math.min(pressY, nowY), Math.abs(nowX - pressX),
				Math.abs(nowY - pressY));
	}

	@Override
	public void paint(GC gc) {
		Optional<MapFeature> edited = editedFeature();
		gc.setAlpha(255);
		switch (mode) {
		case RUBBER -> {
			Rectangle band = band();
			gc.setForeground(canvas.resources().colour(PREVIEW));
			gc.setBackground(canvas.resources().colour(PREVIEW));
			gc.setAlpha(40);
			gc.fillRectangle(band);
			gc.setAlpha(255);
			gc.setLineAttributes(new LineAttributes(1, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
			gc.drawRectangle(band);
		}
		case MOVING -> {
			gc.setLineAttributes(new LineAttributes(2, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
			gc.setForeground(canvas.resources().colour(PREVIEW));
			for (MapFeature f : canvas.selectedFeatures()) {
				if (f.isPoint()) {
					Point p = canvas.toScreen(f.rings()[0][0], f.rings()[0][1]);
					gc.drawOval(p.x + nowX - pressX - 8, p.y + nowY - pressY - 8, 16, 16);
				} else {
					for (double[] ring : f.ringsAt(canvas.viewport().metresPerPixel())) {
						gc.drawPolygon(canvas.screen(ring, nowX - pressX, nowY - pressY));
					}
				}
			}
		}
		case VERTEX -> paintVertexDrag(gc);
		default -> {
		}
		}
		gc.setLineAttributes(new LineAttributes(1));
		if (edited.isPresent() && mode != Mode.MOVING) {
			paintHandles(gc, edited.get());
		}
	}

	private void paintVertexDrag(GC gc) {
		MapFeature f = dragged.feature();
		double[] ring = f.rings()[dragged.ring()];
		int[] points = canvas.screen(ring, 0, 0);
		Point target = snap != null ? canvas.toScreen(snap.x(), snap.y()) : new Point(nowX, nowY);
		int last = points.length / 2 - 1;
		points[2 * dragged.index()] = target.x;
		points[2 * dragged.index() + 1] = target.y;
		if (dragged.index() == 0) {
			points[2 * last] = target.x;
			points[2 * last + 1] = target.y;
		}
		gc.setLineAttributes(new LineAttributes(2, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
		gc.setForeground(canvas.resources().colour(PREVIEW));
		gc.drawPolygon(points);
		if (snap != null) {
			gc.setLineAttributes(new LineAttributes(2));
			gc.setForeground(canvas.resources().colour(SNAP));
			gc.drawOval(target.x - 7, target.y - 7, 14, 14);
		}
	}

	private void paintHandles(GC gc, MapFeature f) {
		double[][] rings = f.rings();
		int count = 0;
		for (double[] r : rings) {
			count += r.length / 2;
		}
		if (count > 2000) {
			return;
		}
		List<int[]> handles = new ArrayList<>();
		for (int k = 0; k < rings.length; k++) {
			for (int v = 0; v < rings[k].length / 2 - 1; v++) {
				Point p = canvas.toScreen(rings[k][2 * v], rings[k][2 * v + 1]);
				boolean isActive = active != null && active.feature() == f && active.ring() == k && active.index() == v;
				handles.add(new int[] { p.x, p.y, isActive ? 1 : 0 });
			}
		}
		gc.setLineAttributes(new LineAttributes(1));
		gc.setForeground(canvas.resources().colour(new RGB(20, 20, 20)));
		for (int[] h : handles) {
			gc.setBackground(canvas.resources().colour(h[2] == 1 ? SNAP : new RGB(255, 255, 255)));
			gc.fillRectangle(h[0] - HANDLE, h[1] - HANDLE, 2 * HANDLE, 2 * HANDLE);
			gc.drawRectangle(h[0] - HANDLE, h[1] - HANDLE, 2 * HANDLE, 2 * HANDLE);
		}
	}
}
