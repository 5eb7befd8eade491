package org.minplan.ui.report.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.minplan.ui.model.PlanSession;

/** File ▸ Create Report… (Ctrl+Alt+R): the report wizard on the open plan. */
public class CreateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (PlanSession.get().plan().isEmpty()) {
			MessageDialog.openInformation(shell, ReportUiTexts.get("noPlan.title"), ReportUiTexts.get("noPlan.message"));
			return null;
		}
		new WizardDialog(shell, new ReportWizard()).open();
		return null;
	}
}
