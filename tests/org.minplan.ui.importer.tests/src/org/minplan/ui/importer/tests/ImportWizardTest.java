package org.minplan.ui.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.importer.ElementChange;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Plan;
import org.minplan.tests.ui.support.Screenshots;
import org.minplan.ui.importer.internal.SubmissionImportWizard;
import org.minplan.ui.model.PlanSession;

/** A prefecture officer importing 托里县's submission through the wizard, then changing their mind. */
class ImportWizardTest {

	private static final String TUOLI = "654224";
	private static final String HEADER = "区块编号,区块名称,区块类型,矿种,面积,勘查阶段,设计规模,拐点坐标,坐标系,行政区代码\n";
	/** A 1 km × 1 km square in GK zone 28 (with zone prefix) inside 托里县. */
	private static final String NEW_BLOCK = "654224K9101,托里县界山金矿勘查区,勘查,金,1.0,普查,,"
			+ "\"5040000,28460000;5041000,28460000;5041000,28461000;5040000,28461000;5040000,28460000\","
			+ "CGCS2000 3度带 28带,654224\n";

	private static Plan plan;
	private WizardDialog dialog;
	private SubmissionImportWizard wizard;

	@BeforeAll
	static void waitForThePlan() {
		waitFor("the sample plan", () -> PlanSession.get().plan().isPresent());
		plan = PlanSession.get().plan().get();
	}

	@AfterEach
	void closeWizard() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	@Test
	void importingTuolisSubmissionShowsThePreviewAppliesItAndOneUndoRevertsIt(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("654224-托里县-区块.csv"), HEADER + NEW_BLOCK, StandardCharsets.UTF_8);
		int tuoliBlocks = countTuoliBlocks();
		int explorationBefore = plan.getExplorationBlocks().size();
		assertTrue(tuoliBlocks > 0, "the sample has blocks in 托里县");

		openWizard();
		wizard.sourcePage().setFile(file);
		flush(100);
		assertEquals(TUOLI, wizard.sourcePage().county().orElseThrow().code(), "the county is guessed from the file name");
		assertTrue(wizard.sourcePage().isPageComplete(), String.valueOf(wizard.sourcePage().getErrorMessage()));

		next();
		var session = wizard.previewPage().session();
		assertNotNull(session, "the preview was prepared");
		assertFalse(session.isRejected(), "accepted: " + session.problems());
		assertEquals(1, session.preview().count(ElementChange.Kind.NEW));
		assertEquals(tuoliBlocks, session.preview().count(ElementChange.Kind.REMOVED),
				"a submission is the county's whole set: its blocks not in the file are removed");
		assertTrue(wizard.previewPage().summaryText().contains("1"), wizard.previewPage().summaryText());
		assertEquals(session.preview().changes().size(), wizard.previewPage().changesViewer().getTree().getItemCount(),
				"every change is a row of the preview");
		String submitted = wizard.previewPage().changesViewer().getTree().getItem(0).getText(3);
		assertTrue(submitted.contains("金") && submitted.contains("1"), "the new block's row says what it is: " + submitted);
		assertTrue(wizard.canFinish());
		assertEquals(org.eclipse.jface.dialogs.IMessageProvider.WARNING, wizard.previewPage().getMessageType(),
				"removing the county's other blocks is pointed out");
		assertTrue(wizard.previewPage().getMessage().contains(String.valueOf(tuoliBlocks)), wizard.previewPage().getMessage());
		Screenshots.of(dialog.getShell(), "import-wizard-preview");
		assertEquals(explorationBefore, plan.getExplorationBlocks().size(), "nothing changes before Finish");

		assertTrue(wizard.performFinish());
		dialog.close();
		flush(200);

		Optional<ExplorationBlock> added = plan.getExplorationBlocks().stream()
				.filter(b -> "654224K9101".equals(b.getCode())).findFirst();
		assertTrue(added.isPresent(), "the new block is in the plan");
		assertEquals("托里县界山金矿勘查区", added.get().getName());
		assertEquals(TUOLI, added.get().getCounty().getCode());
		assertEquals(1, countTuoliBlocks(), "托里县 now has only the submitted block");

		PlanSession.get().domain().getCommandStack().undo();
		flush(200);

		assertEquals(tuoliBlocks, countTuoliBlocks(), "one undo restores 托里县's blocks");
		assertEquals(explorationBefore, plan.getExplorationBlocks().size());
		assertTrue(plan.getExplorationBlocks().stream().noneMatch(b -> "654224K9101".equals(b.getCode())));
	}

	@Test
	void aBrokenSubmissionIsRejectedInThePreviewAndCannotBeFinished(@TempDir Path folder) throws Exception {
		String broken = NEW_BLOCK.replace(",金,", ",独角兽矿,");
		Path file = Files.writeString(folder.resolve("654224-broken.csv"), HEADER + broken, StandardCharsets.UTF_8);
		int before = plan.getExplorationBlocks().size();

		openWizard();
		wizard.sourcePage().setFile(file);
		next();

		var session = wizard.previewPage().session();
		assertNotNull(session);
		assertTrue(session.isRejected());
		assertFalse(wizard.canFinish(), "Finish is disabled");
		assertNotNull(wizard.previewPage().getErrorMessage());
		List<String> shown = java.util.Arrays.stream(wizard.previewPage().problemsViewer().getTable().getItems())
				.map(i -> i.getText(1) + " " + i.getText(2)).toList();
		assertTrue(shown.stream().anyMatch(s -> s.contains("独角兽矿") && s.contains("2")),
				"the problem names the value and the row: " + shown);
		Screenshots.of(dialog.getShell(), "import-wizard-rejected");
		assertEquals(before, plan.getExplorationBlocks().size(), "the plan is unchanged");
	}

	private void openWizard() {
		wizard = new SubmissionImportWizard();
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(860, 520);
		dialog.open();
		flush(200);
	}

	/** Presses Next and waits for the preview to be read. */
	private void next() {
		dialog.showPage(wizard.previewPage());
		waitFor("the preview", () -> wizard.previewPage().session() != null
				|| wizard.previewPage().getErrorMessage() != null);
		flush(200);
	}

	private static int countTuoliBlocks() {
		int n = 0;
		for (List<? extends Block> list : List.of(plan.getExplorationBlocks(), plan.getMiningBlocks())) {
			for (Block b : list) {
				if (b.getCounty() != null && TUOLI.equals(b.getCounty().getCode())) {
					n++;
				}
			}
		}
		return n;
	}

	private static void waitFor(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			flush(100);
		}
	}

	private static void flush(long millis) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Screenshots.flush(display, millis);
	}
}
