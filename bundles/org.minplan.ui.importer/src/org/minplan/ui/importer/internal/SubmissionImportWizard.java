package org.minplan.ui.importer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.minplan.importer.CountyRegistry;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.ReaderRegistry;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.validation.RuleSettings;

/**
 * The import wizard for a county's submission (导入县级报送数据): choose the file and the county, see what it would
 * change and what is wrong with it, then apply it to the open plan as one command — one Undo reverts the
 * whole import. Reachable from File ▸ Import County Submission… and from the workbench's File ▸ Import.
 */
public final class SubmissionImportWizard extends Wizard implements IImportWizard {

	private Plan plan;
	private ImportOptions options;
	private SourcePage source;
	private PreviewPage preview;
	private boolean applied;

	/** A wizard on the open plan. */
	public SubmissionImportWizard() {
		setWindowTitle(ImportTexts.get("wizard.title"));
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the wizard works on the open plan, not on the selection
	}

	@Override
	public void addPages() {
		PlanSession session = PlanSession.get();
		plan = session.plan().orElse(null);
		options = ImportOptions.defaults(Locale.getDefault());
		Path folder = Path.of(System.getProperty("user.home"));
		if (session.file().isPresent()) {
			Path planFile = session.file().get().toAbsolutePath();
			folder = planFile.getParent();
			try {
				options = options.withSettings(RuleSettings.loadFor(planFile));
			} catch (IOException e) {
				ILog.of(SubmissionImportWizard.class).warn("The rule settings of " + planFile
						+ " cannot be read; the import is checked with the default settings", e);
			}
		}
		source = new SourcePage(CountyRegistry.fromPlatform().counties(), ReaderRegistry.fromPlatform(), folder);
		preview = new PreviewPage(this);
		addPage(source);
		addPage(preview);
	}

	@Override
	public boolean canFinish() {
		return plan != null && getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		ImportSession session = preview.session();
		if (session == null || !session.apply(PlanSession.get().domain().getCommandStack())) {
			preview.setErrorMessage(ImportTexts.get("done.failed"));
			return false;
		}
		applied = true;
		return true;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		return page == source ? preview : null;
	}

	/** @return what the preview was prepared from: when it changes, the preview is prepared again */
	Object sourceKey() {
		return List.of(source.file(), source.county().map(c -> c.code()).orElse(""),
				String.valueOf(source.encoding()), source.epsg());
	}

	Plan plan() {
		return plan;
	}

	ImportOptions options() {
		return options;
	}

	/** @return the first page */
	public SourcePage sourcePage() {
		return source;
	}

	/** @return the preview page */
	public PreviewPage previewPage() {
		return preview;
	}

	/** @return whether Finish applied the import */
	public boolean applied() {
		return applied;
	}
}
