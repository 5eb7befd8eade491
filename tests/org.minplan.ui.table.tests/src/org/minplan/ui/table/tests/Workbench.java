package org.minplan.ui.table.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditSelectionCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ComboBoxCellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.internal.OpenTableHandler;
import org.minplan.ui.table.internal.PlanTableView;

/** What the tests do as a user: open the plan and tables, select and edit cells, undo, use the clipboard. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/**
	 * @return the open plan: the copy of the bundled sample the workbench opens at start when the sample bundle
	 *         is installed, else a small plan built by {@link TestPlans#small()} opened the way a user opens a
	 *         file
	 */
	static Plan openPlan() throws Exception {
		var sample = Platform.getBundle("org.minplan.sample");
		boolean hasSample = sample != null && sample.getEntry("plans/tacheng-2021-2025.minplan") != null;
		long end = System.currentTimeMillis() + (hasSample ? 60_000 : 0);
		while (PlanSession.get().plan().isEmpty() && System.currentTimeMillis() < end) {
			flush(100);
		}
		if (PlanSession.get().plan().isPresent()) {
			return PlanSession.get().plan().get();
		}
		if (hasSample) {
			fail("the workbench did not open the sample plan within a minute");
		}
		return open(TestPlans.small());
	}

	/** Saves a plan to a temporary file and opens it in the workbench, as File ▸ Open would. */
	static Plan open(Plan plan) throws IOException, Exception {
		Path file = Files.createTempDirectory("minplan-table-tests").resolve("plan.minplan");
		PlanSession.get().store().save(plan, file);
		PlanSession.get().show(PlanSession.get().load(file));
		flush(200);
		return PlanSession.get().plan().orElseThrow();
	}

	static <V extends IViewPart> V openTable(String id, Class<V> type) {
		IViewPart view = OpenTableHandler.open(page(), id).orElseThrow();
		flush(300);
		assertTrue(type.isInstance(view), id + " opened " + view);
		return type.cast(view);
	}

	static void flush(long millis) {
		Screenshots.flush(display(), millis);
	}

	/** Runs the view's Edit ▸ Undo / Redo / Copy / Paste handler, as the menu or Ctrl+Z/Y/C/V would. */
	static void run(IViewPart view, ActionFactory action) {
		IAction handler = view.getViewSite().getActionBars().getGlobalActionHandler(action.getId());
		assertNotNull(handler, view.getTitle() + " has no handler for " + action.getId());
		assertTrue(handler.isEnabled(), action.getId() + " is disabled in " + view.getTitle());
		handler.run();
		flush(150);
	}

	/** Clicks the cell of an element and column. */
	static void selectCell(PlanTableView view, EObject row, String columnId) {
		SelectionLayer layer = view.selectionLayer();
		int rowPosition = layer.getRowPositionByIndex(view.rows().indexOfRowObject(row));
		int columnPosition = layer.getColumnPositionByIndex(columnIndex(view, columnId));
		assertTrue(rowPosition >= 0 && columnPosition >= 0, "cell of " + row + " in " + columnId + " is not shown");
		layer.doCommand(new SelectCellCommand(layer, columnPosition, rowPosition, false, false));
		flush(50);
	}

	static int columnIndex(PlanTableView view, String columnId) {
		var columns = view.table().orElseThrow().columns();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(columnId)) {
				return i;
			}
		}
		fail("no column " + columnId);
		return -1;
	}

	static ColumnDefinition column(PlanTableView view, String columnId) {
		return view.table().orElseThrow().columns().get(columnIndex(view, columnId));
	}

	/** Selects the cell, starts editing it (as typing or F2 would), types the text and presses Enter. */
	static void typeIntoCell(PlanTableView view, EObject row, String columnId, String text) {
		selectCell(view, row, columnId);
		NatTable natTable = view.natTable();
		natTable.doCommand(new EditSelectionCommand(natTable, natTable.getConfigRegistry()));
		ICellEditor editor = natTable.getActiveCellEditor();
		assertNotNull(editor, "no editor opened on " + columnId);
		((Text) editor.getEditorControl()).setText(text);
		assertTrue(natTable.commitAndCloseActiveCellEditor(), "the editor refused " + text);
		flush(150);
	}

	/** Selects the cell, opens its drop-down and picks a choice. */
	static void chooseInCell(PlanTableView view, EObject row, String columnId, Object choice) {
		selectCell(view, row, columnId);
		NatTable natTable = view.natTable();
		natTable.doCommand(new EditSelectionCommand(natTable, natTable.getConfigRegistry()));
		ICellEditor editor = natTable.getActiveCellEditor();
		assertTrue(editor instanceof ComboBoxCellEditor, "no drop-down opened on " + columnId + ": " + editor);
		int index = column(view, columnId).value().choices(row).indexOf(choice);
		assertTrue(index >= 0, choice + " is not offered in " + columnId);
		((ComboBoxCellEditor) editor).select(index);
		assertTrue(natTable.commitAndCloseActiveCellEditor(), "the drop-down refused " + choice);
		flush(150);
	}

	static String clipboardText() {
		Clipboard clipboard = new Clipboard(display());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	static void setClipboardText(String text) {
		Clipboard clipboard = new Clipboard(display());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Sizes the workbench window for readable screenshots. */
	static void bigWindow() {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 900);
		flush(200);
	}
}
