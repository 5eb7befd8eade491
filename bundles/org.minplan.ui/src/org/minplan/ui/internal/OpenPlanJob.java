package org.minplan.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.minplan.ui.editor.PlanEditor;
import org.minplan.ui.editor.PlanEditorInput;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.ui.UiTexts;
import org.minplan.ui.model.InitialPlan;
import org.minplan.ui.model.PlanSession;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Reads a plan file in the background (with progress in the status line) and shows it when done; a file that
 * cannot be read is reported in a dialog naming the file, line and problem, and the open plan stays as it
 * was.
 */
public final class OpenPlanJob extends Job {

	private static final String PREF_NODE = "org.minplan.ui";
	private static final String PREF_LAST_PLAN = "lastPlan";

	private final Path file;

	public OpenPlanJob(Path file) {
		super(UiTexts.get("open.job", file.getFileName()));
		this.file = file;
		setUser(true);
	}

	/** Opens the plan named on the command line, the last plan, or the sample copy at first start. */
	public static void openInitial(String[] args) {
		try {
			String last = InstanceScope.INSTANCE.getNode(PREF_NODE).get(PREF_LAST_PLAN, "");
			Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
			Optional<Path> chosen = InitialPlan.choose(args,
					last.isEmpty() ? Optional.empty() : Optional.of(Path.of(last)), workspace);
			chosen.ifPresent(f -> new OpenPlanJob(f).schedule());
		} catch (IOException | RuntimeException e) {
			ILog.of(OpenPlanJob.class).error("Could not prepare the initial plan", e);
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			PlanSession.Loaded loaded = PlanSession.get().load(file);
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				PlanSession.get().show(loaded);
				remember(loaded.file());
				showEditor(loaded.file());
			});
			return Status.OK_STATUS;
		} catch (PlanFileException e) {
			ILog.of(OpenPlanJob.class).error(e.getMessage(), e);
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> MessageDialog.openError(
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), UiTexts.get("open.failedTitle"),
					e.message(java.util.Locale.getDefault())));
			return Status.OK_STATUS; // reported in the dialog; no second error dialog from the job framework
		} finally {
			monitor.done();
		}
	}

	/** Opens the plan editor unless one is open (it follows the session to the new plan by itself). */
	private static void showEditor(Path file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		if (page.findEditors(null, PlanEditor.ID, IWorkbenchPage.MATCH_ID).length > 0) {
			return;
		}
		try {
			page.openEditor(new PlanEditorInput(file), PlanEditor.ID, false);
		} catch (PartInitException e) {
			ILog.of(OpenPlanJob.class).error(e.getMessage(), e);
		}
	}

	private static void remember(Path file) {
		var node = InstanceScope.INSTANCE.getNode(PREF_NODE);
		node.put(PREF_LAST_PLAN, file.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(OpenPlanJob.class).warn("Could not remember the open plan", e);
		}
	}
}
