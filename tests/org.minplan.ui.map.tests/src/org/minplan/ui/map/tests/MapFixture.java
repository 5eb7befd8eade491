package org.minplan.ui.map.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.minplan.model.Plan;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapEditor;
import org.minplan.ui.model.PlanSession;

/** What the map tests do as a user: open the sample plan's map, click, drag, read the Properties view. */
final class MapFixture {

	static final String OPEN_MAP = "org.minplan.ui.map.commands.openMap";
	static final String OPEN_LAYOUT = "org.minplan.ui.map.commands.openLayoutDiagram";

	private MapFixture() {
	}

	static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has no active window");
		return window;
	}

	static IWorkbenchPage page() {
		return window().getActivePage();
	}

	static Display display() {
		return window().getShell().getDisplay();
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
	static void waitFor(String what, long seconds, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + seconds * 1000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + seconds + " s waiting for " + what);
			}
			Screenshots.flush(display(), 50);
		}
	}

	/** @return the sample plan the workbench opened at start */
	static Plan samplePlan() {
		waitFor("the workbench to open the sample plan", 120, () -> PlanSession.get().plan().isPresent());
		return PlanSession.get().plan().orElseThrow();
	}

	/** Opens the map with its command (as Map ▸ Open Map does) and waits until it is drawn. */
	static MapEditor openMap() throws Exception {
		samplePlan();
		run(OPEN_MAP);
		IEditorPart editor = page().getActiveEditor();
		assertTrue(editor instanceof MapEditor, "Open Map did not open the map editor but " + editor);
		MapEditor map = (MapEditor) editor;
		Screenshots.flush(display(), 300);
		map.canvas().zoomToPlan();
		Screenshots.flush(display(), 300);
		return map;
	}

	/** Makes an editor the active part, as clicking its tab does (global actions such as Undo follow it). */
	static void activate(IEditorPart editor) {
		page().activate(editor);
		Screenshots.flush(display(), 100);
	}

	/** Executes a command through the handler service. */
	static void run(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
		Screenshots.flush(display(), 200);
	}

	static void mouse(Control control, int type, int x, int y, int button, int stateMask) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = button;
		e.stateMask = stateMask;
		e.count = type == SWT.MouseDoubleClick ? 2 : 1;
		control.notifyListeners(type, e);
	}

	/** A left click at (x, y). */
	static void click(MapCanvas canvas, Point p) {
		Control c = canvas.control();
		mouse(c, SWT.MouseMove, p.x, p.y, 0, 0);
		mouse(c, SWT.MouseDown, p.x, p.y, 1, 0);
		mouse(c, SWT.MouseUp, p.x, p.y, 1, SWT.BUTTON1);
		Screenshots.flush(canvas.control().getDisplay(), 100);
	}

	/** A left-button drag from one point to another, in a few moves. */
	static void drag(MapCanvas canvas, Point from, Point to) {
		Control c = canvas.control();
		mouse(c, SWT.MouseMove, from.x, from.y, 0, 0);
		mouse(c, SWT.MouseDown, from.x, from.y, 1, 0);
		for (int i = 1; i <= 5; i++) {
			int x = from.x + (to.x - from.x) * i / 5;
			int y = from.y + (to.y - from.y) * i / 5;
			mouse(c, SWT.MouseMove, x, y, 0, SWT.BUTTON1);
		}
		mouse(c, SWT.MouseUp, to.x, to.y, 1, SWT.BUTTON1);
		Screenshots.flush(canvas.control().getDisplay(), 150);
	}

	/** A double-click as GTK delivers it: down, up, down, double-click, up. */
	static void doubleClick(MapCanvas canvas, Point p) {
		Control c = canvas.control();
		mouse(c, SWT.MouseDown, p.x, p.y, 1, 0);
		mouse(c, SWT.MouseUp, p.x, p.y, 1, SWT.BUTTON1);
		mouse(c, SWT.MouseDown, p.x, p.y, 1, 0);
		mouse(c, SWT.MouseDoubleClick, p.x, p.y, 1, 0);
		mouse(c, SWT.MouseUp, p.x, p.y, 1, SWT.BUTTON1);
		Screenshots.flush(canvas.control().getDisplay(), 150);
	}

	/** @return "property = value" of every row the Properties view shows, categories expanded */
	static List<String> propertiesShown() throws Exception {
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		Screenshots.flush(display(), 300);
		Control control = sheet.getCurrentPage().getControl();
		List<String> rows = new ArrayList<>();
		if (control instanceof Tree tree) {
			collect(tree.getItems(), rows);
		}
		return rows;
	}

	private static void collect(TreeItem[] items, List<String> rows) {
		for (TreeItem item : items) {
			item.setExpanded(true);
			rows.add(item.getText(0) + " = " + item.getText(1));
			collect(item.getItems(), rows);
		}
	}
}
