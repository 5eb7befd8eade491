package org.minplan.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PlanElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.UiTexts;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.viewers.FeatureGroup;

/**
 * What the explorer's context menu and keys do: create a child (of the folder's kind, or of the element),
 * delete with confirmation, rename (F2). All through commands on the plan's command stack, so each is one
 * undo step; a delete also removes references to the deleted elements, and undo puts them back.
 */
final class ExplorerActions {

	private final TreeViewer viewer;
	private final Shell shell;
	final Action delete;
	final Action rename;

	ExplorerActions(TreeViewer viewer, Shell shell) {
		this.viewer = viewer;
		this.shell = shell;
		delete = new Action(UiTexts.get("explorer.delete")) {
			@Override
			public void run() {
				deleteSelection();
			}
		};
		rename = new Action(UiTexts.get("explorer.rename")) {
			@Override
			public void run() {
				renameSelection();
			}
		};
		rename.setAccelerator(org.eclipse.swt.SWT.F2);
		viewer.addSelectionChangedListener(e -> update());
		update();
	}

	void update() {
		List<EObject> elements = selectedElements();
		delete.setEnabled(!elements.isEmpty() && elements.stream().allMatch(e -> e.eContainer() != null));
		rename.setEnabled(elements.size() == 1 && elements.get(0) instanceof PlanElement);
	}

	/** Fills the context menu for the current selection. */
	void fillMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		Object first = selection.getFirstElement();
		MenuManager newMenu = new MenuManager(UiTexts.get("explorer.new"));
		for (Action action : createActions(first)) {
			newMenu.add(action);
		}
		menu.add(newMenu);
		menu.add(new Separator());
		menu.add(rename);
		menu.add(delete);
		menu.add(new Separator("additions"));
	}

	private List<Action> createActions(Object target) {
		List<Action> actions = new ArrayList<>();
		EditingDomain domain = PlanSession.get().domain();
		EObject owner;
		EReference onlyFeature = null;
		if (target instanceof FeatureGroup group) {
			owner = group.owner();
			onlyFeature = group.feature();
		} else if (target instanceof EObject eObject) {
			owner = eObject;
		} else {
			return actions;
		}
		Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
		for (Object descriptor : descriptors) {
			if (!(descriptor instanceof CommandParameter parameter)
					|| (onlyFeature != null && parameter.getFeature() != onlyFeature)
					|| !(parameter.getValue() instanceof EObject child)) {
				continue;
			}
			Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			String label = onlyFeature != null ? PlanLabels.typeName(child.eClass())
					: PlanLabels.featureName((EReference) parameter.getFeature()) + " ▸ "
							+ PlanLabels.typeName(child.eClass());
			actions.add(new Action(label) {
				@Override
				public void run() {
					if (command.canExecute()) {
						domain.getCommandStack().execute(command);
						Collection<?> created = command.getAffectedObjects();
						viewer.setSelection(new StructuredSelection(created.toArray()), true);
					}
				}
			});
		}
		return actions;
	}

	void deleteSelection() {
		List<EObject> elements = selectedElements();
		if (elements.isEmpty()) {
			return;
		}
		String what = elements.size() == 1 ? PlanLabels.text(elements.get(0))
				: UiTexts.get("explorer.deleteMany", elements.size());
		MessageDialog dialog = new MessageDialog(shell, UiTexts.get("explorer.deleteTitle"), null,
				UiTexts.get("explorer.deleteQuestion", what), MessageDialog.QUESTION,
				new String[] { UiTexts.get("explorer.deleteButton"), IDialogConstants.CANCEL_LABEL }, 1);
		if (dialog.open() != 0) {
			return;
		}
		CommandStack stack = PlanSession.get().domain().getCommandStack();
		Command command = DeleteCommand.create(PlanSession.get().domain(), elements);
		if (command.canExecute()) {
			stack.execute(command);
		}
	}

	void renameSelection() {
		List<EObject> elements = selectedElements();
		if (elements.size() != 1 || !(elements.get(0) instanceof PlanElement element)) {
			return;
		}
		InputDialog dialog = new InputDialog(shell, UiTexts.get("explorer.renameTitle"),
				UiTexts.get("explorer.renameLabel", PlanLabels.text(element)), element.getName(),
				text -> text == null || text.isBlank() ? UiTexts.get("explorer.renameEmpty") : null);
		if (dialog.open() == Window.OK) {
			Command command = SetCommand.create(PlanSession.get().domain(), element,
					MinplanPackage.Literals.PLAN_ELEMENT__NAME, dialog.getValue().trim());
			PlanSession.get().domain().getCommandStack().execute(command);
		}
	}

	private List<EObject> selectedElements() {
		List<EObject> elements = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			if (o instanceof EObject e) {
				elements.add(e);
			}
		}
		return elements;
	}
}
