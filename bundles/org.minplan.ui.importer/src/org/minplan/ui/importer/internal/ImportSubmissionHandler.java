package org.minplan.ui.importer.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.minplan.ui.model.PlanSession;

/** File ▸ Import County Submission… (Ctrl+Shift+I): the import wizard on the open plan. */
public class ImportSubmissionHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (PlanSession.get().plan().isEmpty()) {
			MessageDialog.openInformation(shell, ImportTexts.get("noPlan.title"), ImportTexts.get("noPlan.message"));
			return null;
		}
		WizardDialog dialog = new WizardDialog(shell, new SubmissionImportWizard());
		dialog.setPageSize(860, 520);
		dialog.open();
		return null;
	}
}
