package org.minplan.ui.report.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportException;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportRegistry;
import org.minplan.report.ReportRunner;
import org.minplan.ui.model.PlanSession;
import org.osgi.framework.FrameworkUtil;

/**
 * The report wizard (生成报表): choose a report, its parameters, the format and the folder; the report is
 * produced with progress and cancel in the wizard, then opened with the program the desktop uses for the
 * format. A report that refuses its parameters or cannot be written leaves the wizard open with the reason.
 */
public final class ReportWizard extends Wizard {

	private final Plan plan;
	private final Path planFile;
	private final ReportWizardPage page;
	private Path written;

	/** A wizard over the reports contributed to the platform, for the open plan. */
	public ReportWizard() {
		this(ReportRegistry.fromPlatform().reports());
	}

	ReportWizard(List<Report> reports) {
		PlanSession session = PlanSession.get();
		plan = session.plan().orElseThrow(() -> new IllegalStateException("no plan is open"));
		planFile = session.file().orElse(null);
		setWindowTitle(ReportUiTexts.get("wizard.title"));
		setNeedsProgressMonitor(true);
		IDialogSettings settings = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ReportWizard.class))
				.getDialogSettings();
		IDialogSettings section = settings.getSection("reportWizard");
		if (section == null) {
			section = settings.addNewSection("reportWizard");
		}
		Path defaultFolder = planFile == null ? Path.of(System.getProperty("user.home"), "minplan-reports")
				: planFile.toAbsolutePath().getParent().resolve("reports");
		page = new ReportWizardPage(reports, new ReportInput(plan, planFile, Map.of(), Locale.getDefault()), section,
				defaultFolder);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Report report = page.selectedReport().orElse(null);
		if (report == null) {
			return false;
		}
		ReportFormat format = page.format();
		Path folder = page.folder();
		ReportInput input;
		try {
			input = ReportRunner.input(report, plan, planFile, page.parameters(), true, page.locale());
		} catch (ReportException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		Path[] file = new Path[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					Files.createDirectories(folder);
					file[0] = ReportRunner.run(report, input, format, folder, monitor);
				} catch (ReportException | IOException e) {
					throw new InvocationTargetException(e);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				page.setErrorMessage(ReportUiTexts.get("error.io", folder, String.valueOf(io.getMessage())));
			} else if (cause instanceof ReportException re) {
				page.setErrorMessage(ReportUiTexts.get("error.failed", re.getMessage()));
			} else {
				page.setErrorMessage(ReportUiTexts.get("error.failed", String.valueOf(cause)));
			}
			ILog.of(ReportWizard.class).error("Report " + report.id() + " failed", cause);
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		written = file[0];
		page.saveSettings();
		if (page.openWhenDone() && !Program.launch(written.toString())) {
			MessageDialog.openInformation(getShell(), ReportUiTexts.get("done.title"),
					ReportUiTexts.get("done.notOpened", written, format.extension().toUpperCase(Locale.ROOT)));
		}
		return true;
	}

	/** @return the file the last finish wrote, or null */
	public Path written() {
		return written;
	}

	/** @return the wizard's page (tests drive it as a user would) */
	public ReportWizardPage page() {
		return page;
	}
}
