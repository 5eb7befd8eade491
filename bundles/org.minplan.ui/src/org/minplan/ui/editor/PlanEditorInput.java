package org.minplan.ui.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/** The open plan as an editor input; two inputs are equal when they name the same file. */
public final class PlanEditorInput implements IEditorInput {

	private final Path file;

	public PlanEditorInput(Path file) {
		this.file = file.toAbsolutePath();
	}

	/** @return the plan file */
	public Path file() {
		return file;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(file.getFileName().toString());
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null; // the session reopens the last plan at start-up
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanEditorInput other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
