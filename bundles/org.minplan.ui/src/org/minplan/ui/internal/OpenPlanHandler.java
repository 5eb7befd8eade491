package org.minplan.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.minplan.core.persistence.PlanStore;
import org.minplan.ui.UiTexts;
import org.minplan.ui.model.PlanSession;

/** File ▸ Open Plan… (Ctrl+O): asks to save unsaved changes first, then reads the chosen file in the background. */
public class OpenPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		PlanSession session = PlanSession.get();
		if (session.isDirty()) {
			MessageDialog ask = new MessageDialog(shell, UiTexts.get("open.unsavedTitle"), null,
					UiTexts.get("open.unsavedQuestion", session.saveable().getName()), MessageDialog.QUESTION,
					new String[] { IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL },
					0);
			int answer = ask.open();
			if (answer == 2 || answer == SWT.DEFAULT) {
				return null;
			}
			if (answer == 0) {
				try {
					session.saveable().doSave(new NullProgressMonitor());
				} catch (CoreException e) {
					ErrorDialog.openError(shell, UiTexts.get("save.failedTitle"), null, e.getStatus());
					return null;
				}
			}
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(UiTexts.get("open.dialogTitle"));
		dialog.setFilterExtensions(new String[] { "*." + PlanStore.EXTENSION, "*.*" });
		session.file().ifPresent(f -> dialog.setFilterPath(f.getParent().toString()));
		String chosen = dialog.open();
		if (chosen != null) {
			new OpenPlanJob(Path.of(chosen)).schedule();
		}
		return null;
	}
}
