package org.minplan.ui.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.minplan.model.Block;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.ui.UiTexts;
import org.minplan.ui.internal.PlanExplorerView;
import org.minplan.ui.model.PlanSession;

/** Deleting from the explorer asks first, removes references too, and one undo brings everything back. */
class DeleteAndUndoTest {

	@Test
	void deletingAMineralClearsItsBlocksAndUndoRestoresBoth() throws PartInitException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 60_000;
		while (PlanSession.get().plan().isEmpty() && System.currentTimeMillis() < end) {
			Screenshots.flush(display, 100);
		}
		Plan plan = PlanSession.get().plan().orElseThrow();
		Mineral gold = plan.getMinerals().stream().filter(m -> "金".equals(m.getName())).findFirst().orElseThrow();
		List<Block> goldBlocks = plan.getExplorationBlocks().stream().filter(b -> b.getMineral() == gold)
				.map(Block.class::cast).toList();
		assertTrue(goldBlocks.size() > 50, "the sample should have many gold exploration blocks");
		int index = plan.getMinerals().indexOf(gold);

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlanExplorerView explorer = (PlanExplorerView) page.showView(PlanExplorerView.ID);
		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(gold), true);

		String[] question = new String[1];
		display.timerExec(300, () -> pressInDialog(display, UiTexts.get("explorer.deleteTitle"),
				UiTexts.get("explorer.deleteButton"), question));
		explorer.deleteSelection();

		assertTrue(question[0] != null && question[0].contains("金"), "no confirmation naming the mineral: " + question[0]);
		assertFalse(plan.getMinerals().contains(gold), "the mineral was not deleted");
		for (Block block : goldBlocks) {
			assertNull(block.getMineral(), "a reference to the deleted mineral was left behind");
		}

		PlanSession.get().domain().getCommandStack().undo();
		assertSame(gold, plan.getMinerals().get(index), "undo did not put the mineral back in its place");
		for (Block block : goldBlocks) {
			assertSame(gold, block.getMineral(), "undo did not restore the block's mineral");
		}
		assertEquals(0, PlanSession.get().isDirty() ? 1 : 0, "after undo the plan should be unchanged");
	}

	/** Finds the dialog with the given title, remembers its message and presses the button. */
	private static void pressInDialog(Display display, String title, String buttonText, String[] message) {
		for (Shell shell : display.getShells()) {
			for (Shell dialog : shell.getShells()) {
				if (title.equals(dialog.getText())) {
					message[0] = collectText(dialog);
					Button button = findButton(dialog, buttonText);
					if (button != null) {
						button.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
		}
		display.timerExec(200, () -> pressInDialog(display, title, buttonText, message));
	}

	private static String collectText(Control control) {
		StringBuilder text = new StringBuilder();
		if (control instanceof org.eclipse.swt.widgets.Label label) {
			text.append(label.getText()).append('\n');
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				text.append(collectText(child));
			}
		}
		return text.toString();
	}

	private static Button findButton(Control control, String text) {
		if (control instanceof Button button && text.equals(button.getText())) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = findButton(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
