package org.minplan.ui.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.validation.PlanValidation;
import org.minplan.ui.validation.internal.FindingsView;
import org.minplan.ui.validation.internal.RuleSettingsDialog;
import org.minplan.validation.Finding;

/** Findings follow edits by themselves: no button to press. */
class LiveValidationTest {

	private static final String OVERLAP = "spatial.sameKindOverlap";

	@Test
	void movingABlockOntoAnotherShowsAnOverlapAndUndoRemovesIt() throws PartInitException {
		Display display = Display.getCurrent();
		waitFor(display, 60_000, () -> PlanSession.get().plan().isPresent(), "no plan opened");
		Plan plan = PlanSession.get().plan().get();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		waitFor(display, 120_000, () -> PlanValidation.get().latest().isPresent() && !PlanValidation.get().isBusy(),
				"the first check of the sample did not finish");
		assertTrue(view.getViewer().getTree().getItemCount() > 0, "the findings view shows nothing for the sample");
		Screenshots.of(view.getSite().getShell(), "findings-sample");

		ExplorationBlock moved = plan.getExplorationBlocks().get(0);
		ExplorationBlock target = plan.getExplorationBlocks().get(1);
		assertFalse(overlapShownFor(view, moved), "the sample already has an overlap at the block under test");

		PlanSession.get().domain().getCommandStack().execute(SetCommand.create(PlanSession.get().domain(), moved,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, target.getGeometry().translated(15, 15)));
		waitFor(display, 20_000, () -> overlapShownFor(view, moved), "no overlap finding appeared after the edit");
		assertTrue(treeText(view).stream().anyMatch(t -> t.contains(moved.getCode())),
				"the findings tree does not name the moved block");
		Screenshots.of(view.getSite().getShell(), "findings-after-overlap");

		PlanSession.get().domain().getCommandStack().undo();
		waitFor(display, 20_000, () -> !overlapShownFor(view, moved), "the overlap finding stayed after undo");
	}

	@Test
	void aRuleSwitchedOffInTheRuleSettingsNoLongerReports() throws Exception {
		Display display = Display.getCurrent();
		waitFor(display, 60_000, () -> PlanSession.get().plan().isPresent(), "no plan opened");
		waitFor(display, 120_000, () -> PlanValidation.get().latest().isPresent() && !PlanValidation.get().isBusy(),
				"the first check did not finish");
		Plan plan = PlanSession.get().plan().get();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FindingsView view = (FindingsView) page.showView(FindingsView.ID);
		java.nio.file.Path settingsFile = org.minplan.validation.RuleSettings.fileFor(PlanSession.get().file().get());
		try {
			RuleSettingsDialog dialog = new RuleSettingsDialog(view.getSite().getShell());
			dialog.setBlockOnOpen(false);
			dialog.open();
			dialog.setEnabled(OVERLAP, false);
			Screenshots.of(dialog.getShell(), "rule-settings");
			press(dialog.getShell(), org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
			assertTrue(java.nio.file.Files.isRegularFile(settingsFile), "the settings were not saved next to the plan");

			ExplorationBlock moved = plan.getExplorationBlocks().get(2);
			ExplorationBlock target = plan.getExplorationBlocks().get(3);
			PlanSession.get().domain().getCommandStack().execute(SetCommand.create(PlanSession.get().domain(), moved,
					MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, target.getGeometry().translated(15, 15)));
			Screenshots.flush(display, 1000);
			waitFor(display, 30_000, () -> !PlanValidation.get().isBusy(), "the re-check did not finish");
			assertFalse(view.shownFindings().stream().anyMatch(f -> f.ruleId().equals(OVERLAP)),
					"a switched-off rule still reports");
			PlanSession.get().domain().getCommandStack().undo();
		} finally {
			PlanValidation.get().applySettings(new org.minplan.validation.RuleSettings());
			java.nio.file.Files.deleteIfExists(settingsFile);
		}
	}

	private static void press(org.eclipse.swt.widgets.Composite parent, String label) {
		for (org.eclipse.swt.widgets.Control c : parent.getChildren()) {
			if (c instanceof org.eclipse.swt.widgets.Button b && label.equals(b.getText())) {
				b.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				return;
			}
			if (c instanceof org.eclipse.swt.widgets.Composite inner && !inner.isDisposed()) {
				press(inner, label);
				if (parent.isDisposed()) {
					return;
				}
			}
		}
	}

	private static boolean overlapShownFor(FindingsView view, ExplorationBlock block) {
		List<Finding> findings = view.shownFindings();
		return findings.stream().anyMatch(f -> f.ruleId().equals(OVERLAP) && f.concerns(block));
	}

	private static List<String> treeText(FindingsView view) {
		view.getViewer().expandAll();
		List<String> texts = new java.util.ArrayList<>();
		collect(view.getViewer().getTree().getItems(), texts);
		return texts;
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText());
			collect(item.getItems(), into);
		}
	}

	private static void waitFor(Display display, long millis, BooleanSupplier condition, String failure) {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError(failure);
			}
			Screenshots.flush(display, 100);
		}
	}
}
