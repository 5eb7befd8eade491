package org.minplan.ui.map.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.minplan.ui.editor.PlanEditor;
import org.minplan.ui.map.internal.MapEditor;

/** The map opens from where a user looks for it: the plan editor's toolbar, and saving is shared with it. */
class OpenMapTest {

	@Test
	void thePlanEditorOffersTheMapAndTheMapSharesItsSaveable() throws Exception {
		MapFixture.samplePlan();
		IWorkbenchPage page = MapFixture.page();
		MapFixture.waitFor("the plan editor", 60,
				() -> page.findEditors(null, PlanEditor.ID, IWorkbenchPage.MATCH_ID).length > 0);
		IEditorReference reference = page.findEditors(null, PlanEditor.ID, IWorkbenchPage.MATCH_ID)[0];
		IEditorPart planEditor = reference.getEditor(true);
		for (IEditorReference r : page.getEditorReferences()) {
			if (r.getId().equals(MapEditor.ID)) {
				page.closeEditor(r.getEditor(false), false);
			}
		}
		page.activate(planEditor);
		Screenshots.flush(MapFixture.display(), 300);

		Command open = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(MapFixture.OPEN_MAP);
		String label = open.getName();
		List<ToolItem> items = new ArrayList<>();
		collect(MapFixture.window().getShell(), label, items);
		ToolItem item = items.stream().filter(i -> label.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no \"" + label + "\" button in the plan editor"));
		item.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		Screenshots.flush(MapFixture.display(), 300);

		IEditorPart active = page.getActiveEditor();
		assertTrue(active instanceof MapEditor, "the button opened " + active);
		MapEditor map = (MapEditor) active;
		assertNotNull(map.canvas().content().orElse(null), "the map shows no plan");
		assertEquals(1, map.getSaveables().length);
		assertSame(((PlanEditor) planEditor).getSaveables()[0], map.getSaveables()[0],
				"map and plan editor must share the plan's saveable");
	}

	private static void collect(Control control, String label, List<ToolItem> into) {
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (label.equals(item.getText()) || label.equals(item.getToolTipText())) {
					into.add(item);
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, label, into);
			}
		}
	}
}
