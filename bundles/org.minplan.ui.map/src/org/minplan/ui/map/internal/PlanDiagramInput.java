package org.minplan.ui.map.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.minplan.ui.model.PlanSession;

/**
 * The input of the map and of the layout diagram: the plan open in the workbench ({@link PlanSession}). There is
 * one plan at a time, so all inputs of one kind are equal and a second "open map" activates the open map.
 */
public final class PlanDiagramInput implements IEditorInput {

	/** The two diagrams of a plan. */
	public enum Kind {
		MAP, LAYOUT
	}

	private final Kind kind;

	public PlanDiagramInput(Kind kind) {
		this.kind = kind;
	}

	/** @return which diagram */
	public Kind kind() {
		return kind;
	}

	@Override
	public boolean exists() {
		return PlanSession.get().plan().isPresent();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		String file = PlanSession.get().file().map(f -> f.getFileName().toString()).orElse("");
		return MapTexts.get(kind == Kind.MAP ? "editor.mapName" : "editor.layoutName", file);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return PlanSession.get().file().map(Object::toString).orElse(getName());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PlanDiagramInput other && other.kind == kind;
	}

	@Override
	public int hashCode() {
		return kind.hashCode();
	}
}
