package org.minplan.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportRegistry;
import org.minplan.tests.ui.support.Screenshots;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.report.internal.ReportWizard;

/** A reviewer producing a report of the open plan through File ▸ Create Report. */
class ReportWizardTest {

	private WizardDialog dialog;
	private ReportWizard wizard;

	@BeforeAll
	static void waitForThePlan() {
		long end = System.currentTimeMillis() + 60_000;
		while (PlanSession.get().plan().isEmpty() && System.currentTimeMillis() < end) {
			flush(100);
		}
		assertTrue(PlanSession.get().plan().isPresent(), "the workbench opened the sample plan");
	}

	@BeforeEach
	void openWizard() {
		wizard = new ReportWizard();
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		flush(200);
	}

	@AfterEach
	void closeWizard() {
		if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	@Test
	void everyContributedReportIsOfferedWithItsChineseTitle() {
		var registry = ReportRegistry.fromPlatform();
		assertTrue(registry.ids().contains("plan.zl17"), "the plan's tables are installed: " + registry.ids());
		assertEquals(registry.ids(), wizard.page().offeredIds());
		assertTrue(wizard.page().offeredTitles().stream().anyMatch(t -> t.contains("专栏17")),
				"titles in Chinese: " + wizard.page().offeredTitles());
	}

	@Test
	void finishingWritesTheChosenReportInTheChosenFormatIntoTheFolder(@TempDir Path folder) throws Exception {
		choose("plan.zl17", ReportFormat.XLSX, folder.resolve("报表"));
		Screenshots.of(dialog.getShell(), "report-wizard");

		assertTrue(wizard.performFinish(), "finish succeeds");
		flush(100);

		Path written = wizard.written();
		assertNotNull(written);
		assertEquals(folder.resolve("报表").resolve("plan.zl17.xlsx"), written);
		assertTrue(Files.size(written) > 1000, "a real workbook: " + Files.size(written) + " bytes");
		assertTrue(hasEntry(written, "xl/workbook.xml"), "an XLSX (zip with xl/workbook.xml)");
	}

	@Test
	void aFolderThatCannotBeCreatedKeepsTheWizardOpenWithTheReason(@TempDir Path folder) throws Exception {
		Path aFile = Files.writeString(folder.resolve("not-a-folder"), "x");
		choose("plan.zl17", ReportFormat.PDF, aFile.resolve("sub"));

		assertFalse(wizard.performFinish(), "finish refused");
		String error = wizard.page().getErrorMessage();
		assertNotNull(error, "the page shows why");
		assertTrue(error.contains("not-a-folder"), error);
		assertEquals(1, Files.list(folder).count(), "nothing written");
	}

	/** Clicks the report in the list, its format, types the folder and unticks "open when done". */
	private void choose(String reportId, ReportFormat format, Path folder) {
		var page = wizard.page();
		page.selectReport(reportId);
		page.selectFormat(format);
		page.setFolder(folder);
		page.setOpenWhenDone(false);
		flush(100);
		assertEquals(reportId, page.selectedReport().orElseThrow().id());
		assertTrue(page.isPageComplete(), "the page is complete: " + page.getErrorMessage());
	}

	private static boolean hasEntry(Path zip, String name) throws Exception {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			return file.getEntry(name) != null;
		}
	}

	private static void flush(long millis) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Screenshots.flush(display, millis);
	}
}
