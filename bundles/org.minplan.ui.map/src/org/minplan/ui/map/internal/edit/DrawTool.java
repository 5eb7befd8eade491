package org.minplan.ui.map.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.MapTool;
import org.minplan.ui.map.internal.render.MapContent;

/**
 * 绘制区块: draws the outline of a new block — a click per corner (snapping to existing vertices), double-click
 * or Enter to finish, Backspace to take back the last corner, Esc to cancel. The new block gets its county
 * from where it lies and a code of the plan's pattern; it is selected, and the tool hands back to selection.
 */
public final class DrawTool implements MapTool {

	private static final RGB INK = new RGB(230, 0, 120);
	private static final int CLOSE_PIXELS = 4;

	private final EClass kind;
	private final Runnable done;
	private MapCanvas canvas;
	private final List<double[]> corners = new ArrayList<>();
	private final List<ShapeEdits.Exact> exact = new ArrayList<>();
	private int nowX = -1, nowY = -1;
	private Snapper.Target snap;

	/**
	 * @param kind the class of the element drawn (ExplorationBlock, MiningBlock, ConcentratedMiningArea)
	 * @param done called after a block was created or drawing was cancelled
	 */
	public DrawTool(EClass kind, Runnable done) {
		this.kind = kind;
		this.done = done;
	}

	/** @return the class of the element drawn */
	public EClass kind() {
		return kind;
	}

	@Override
	public void activate(MapCanvas c) {
		this.canvas = c;
		corners.clear();
		exact.clear();
		c.status(MapTexts.get("status.draw", PlanLabels.typeName(kind)));
	}

	@Override
	public void deactivate() {
		corners.clear();
		exact.clear();
	}

	@Override
	public void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		double[] at = position(e.x, e.y);
		if (!corners.isEmpty()) {
			Point last = canvas.toScreen(corners.get(corners.size() - 1)[0], corners.get(corners.size() - 1)[1]);
			if (Math.abs(last.x - e.x) <= CLOSE_PIXELS && Math.abs(last.y - e.y) <= CLOSE_PIXELS) {
				return; // the second press of a double-click, or a repeated click on the same corner
			}
			Point first = canvas.toScreen(corners.get(0)[0], corners.get(0)[1]);
			if (corners.size() >= 3 && Math.abs(first.x - e.x) <= CLOSE_PIXELS
					&& Math.abs(first.y - e.y) <= CLOSE_PIXELS) {
				finish();
				return;
			}
		}
		corners.add(at);
		exact.add(snap == null ? null : snap.exact());
		canvas.redraw();
	}

	private double[] position(int x, int y) {
		snap = Snapper.snap(canvas.content().orElseThrow(), canvas.viewport(), x, y, null).orElse(null);
		return snap != null ? new double[] { snap.x(), snap.y() }
				: new double[] { canvas.viewport().worldX(x), canvas.viewport().worldY(y) };
	}

	@Override
	public void mouseMove(Event e) {
		nowX = e.x;
		nowY = e.y;
		position(e.x, e.y);
		canvas.redraw();
	}

	@Override
	public void mouseUp(Event e) {
		// corners are taken on press
	}

	@Override
	public void mouseDoubleClick(Event e) {
		finish();
	}

	@Override
	public boolean keyDown(Event e) {
		switch (e.keyCode) {
		case SWT.CR, SWT.KEYPAD_CR -> finish();
		case SWT.ESC -> cancel();
		case SWT.BS -> {
			if (!corners.isEmpty()) {
				corners.remove(corners.size() - 1);
				exact.remove(exact.size() - 1);
				canvas.redraw();
			}
		}
		default -> {
			return false;
		}
		}
		return true;
	}

	private void cancel() {
		corners.clear();
		exact.clear();
		canvas.status("");
		done.run();
	}

	/** Creates the block from the corners drawn (at least three). */
	public void finish() {
		if (corners.size() < 3) {
			canvas.status(MapTexts.get("status.drawTooFew"));
			return;
		}
		MapContent content = canvas.content().orElseThrow();
		double[] ring = new double[corners.size() * 2];
		for (int i = 0; i < corners.size(); i++) {
			ring[2 * i] = corners.get(i)[0];
			ring[2 * i + 1] = corners.get(i)[1];
		}
		Optional<AdministrativeDivision> county = canvas.countyLocator().countyOf(content.plan(),
				ShapeGeometry.polygon(ring));
		ShapeEdits.NewBlock created = canvas.edits().newBlock(content.plan(), kind, ring, new ArrayList<>(exact),
				county.orElse(null));
		canvas.execute(created.command());
		corners.clear();
		exact.clear();
		canvas.status(MapTexts.get("status.created", PlanLabels.text(created.block()),
				county.map(AdministrativeDivision::getName).orElse(MapTexts.get("status.noCounty"))));
		canvas.setSelection(List.of(created.block()));
		done.run();
	}

	@Override
	public void paint(GC gc) {
		gc.setAlpha(255);
		gc.setForeground(canvas.resources().colour(INK));
		gc.setBackground(canvas.resources().colour(INK));
		int n = corners.size();
		if (n > 0) {
			int[] points = new int[2 * n + (nowX >= 0 ? 2 : 0)];
			for (int i = 0; i < n; i++) {
				Point p = canvas.toScreen(corners.get(i)[0], corners.get(i)[1]);
				points[2 * i] = p.x;
				points[2 * i + 1] = p.y;
			}
			if (nowX >= 0) {
				Point p = snap != null ? canvas.toScreen(snap.x(), snap.y()) : new Point(nowX, nowY);
				points[2 * n] = p.x;
				points[2 * n + 1] = p.y;
			}
			if (points.length >= 6) {
				gc.setAlpha(50);
				gc.fillPolygon(points);
				gc.setAlpha(255);
			}
			gc.setLineAttributes(new LineAttributes(2, SWT.CAP_ROUND, SWT.JOIN_ROUND));
			gc.drawPolyline(points);
			for (int i = 0; i < n; i++) {
				gc.fillRectangle(points[2 * i] - 3, points[2 * i + 1] - 3, 7, 7);
			}
		}
		if (snap != null && nowX >= 0) {
			Point p = canvas.toScreen(snap.x(), snap.y());
			gc.setLineAttributes(new LineAttributes(2));
			gc.drawOval(p.x - 7, p.y - 7, 14, 14);
		}
		gc.setLineAttributes(new LineAttributes(1));
	}

	@Override
	public int cursor() {
		return SWT.CURSOR_CROSS;
	}
}
