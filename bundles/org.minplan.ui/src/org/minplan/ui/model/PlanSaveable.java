package org.minplan.ui.model;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;
import org.minplan.ui.UiTexts;

/**
 * The open plan as the workbench sees something to save: every part showing the plan (plan editor, map)
 * returns this one saveable, so closing the last of them asks "save changes?" once, and File ▸ Save saves the
 * plan whichever part is active.
 */
public final class PlanSaveable extends Saveable {

	private final PlanSession session;

	PlanSaveable(PlanSession session) {
		this.session = session;
	}

	@Override
	public String getName() {
		return session.file().map(f -> f.getFileName().toString()).orElse(UiTexts.get("editor.untitled"));
	}

	@Override
	public String getToolTipText() {
		return session.file().map(Object::toString).orElse(getName());
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) throws CoreException {
		try {
			session.save();
		} catch (java.io.IOException e) {
			throw new CoreException(Status.error(UiTexts.get("save.failed", getToolTipText(), e.getMessage()), e));
		}
	}

	/**
	 * Saves the open plan as File ▸ Save does from any part showing it; a failure is shown in a dialog naming
	 * the file (the file on disk keeps its previous version).
	 */
	public void saveOrReport(org.eclipse.swt.widgets.Shell shell, IProgressMonitor monitor) {
		try {
			doSave(monitor);
		} catch (CoreException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(shell, UiTexts.get("save.failedTitle"), null, e.getStatus());
		}
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public boolean equals(Object o) {
		return o == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
