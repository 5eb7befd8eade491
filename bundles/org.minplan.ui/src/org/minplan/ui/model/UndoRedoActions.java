package org.minplan.ui.model;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.minplan.ui.UiTexts;

/**
 * Edit ▸ Undo / Redo (Ctrl+Z, Ctrl+Y) over the open plan's command stack, for any part that edits the plan:
 * the part installs them as its global action handlers and calls {@link #update()} when the stack changes, so
 * the menu names the command ("Undo Set Area") and is greyed out when there is nothing to undo.
 */
public final class UndoRedoActions {

	private final Action undo = new Action() {
		@Override
		public void run() {
			PlanSession.get().domain().getCommandStack().undo();
		}
	};

	private final Action redo = new Action() {
		@Override
		public void run() {
			PlanSession.get().domain().getCommandStack().redo();
		}
	};

	/** Creates the actions and installs them as the part's Undo and Redo handlers. */
	public UndoRedoActions(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		update();
	}

	/** Updates enablement and labels from the open plan's command stack. */
	public void update() {
		CommandStack stack = PlanSession.get().domain().getCommandStack();
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		undo.setText(UiTexts.get("edit.undo", label(stack.getUndoCommand())));
		redo.setText(UiTexts.get("edit.redo", label(stack.getRedoCommand())));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : command.getLabel();
	}
}
