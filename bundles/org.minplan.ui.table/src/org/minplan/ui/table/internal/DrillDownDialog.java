package org.minplan.ui.table.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.viewers.PlanLabelProvider;

/**
 * The elements behind a cross-table cell, e.g. the gold exploration blocks of 托里县. "Select" makes them (or
 * those picked in the list) the workbench selection; "Show in Table" opens their table with their rows selected.
 */
public class DrillDownDialog extends Dialog {

	private static final int SELECT_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int SHOW_IN_TABLE_ID = IDialogConstants.CLIENT_ID + 2;

	private final String title;
	private final List<EObject> elements;
	private final Consumer<List<EObject>> select;
	private final Consumer<List<EObject>> showInTable;
	private TableViewer viewer;

	/**
	 * @param showInTable opens the elements' table, or null when there is none
	 */
	public DrillDownDialog(Shell parent, String title, List<EObject> elements, Consumer<List<EObject>> select,
			Consumer<List<EObject>> showInTable) {
		super(parent);
		this.title = title;
		this.elements = List.copyOf(elements);
		this.select = select;
		this.showInTable = showInTable;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TableTexts.get("drillDown.shell"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label heading = new Label(area, SWT.WRAP);
		heading.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		viewer = new TableViewer(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new PlanLabelProvider(PlanSession.get().adapterFactory()));
		viewer.setInput(elements);
		viewer.addDoubleClickListener(e -> buttonPressed(SELECT_ID));
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 260).applyTo(viewer.getControl());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SELECT_ID, TableTexts.get("drillDown.select"), true);
		if (showInTable != null) {
			createButton(parent, SHOW_IN_TABLE_ID, TableTexts.get("drillDown.showInTable"), false);
		}
		createButton(parent, IDialogConstants.CLOSE_ID, TableTexts.get("drillDown.close"), false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SELECT_ID) {
			select.accept(chosen());
			close();
		} else if (buttonId == SHOW_IN_TABLE_ID) {
			List<EObject> chosen = chosen();
			close();
			showInTable.accept(chosen);
		} else {
			close();
		}
	}

	/** @return the elements picked in the list, or all when none is picked */
	private List<EObject> chosen() {
		IStructuredSelection picked = viewer.getStructuredSelection();
		return picked.isEmpty() ? elements
				: picked.toList().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
	}

	/** @return the elements listed */
	public List<EObject> elements() {
		return elements;
	}

	/** Presses "Select" as the user would. */
	public void pressSelect() {
		buttonPressed(SELECT_ID);
	}
}
