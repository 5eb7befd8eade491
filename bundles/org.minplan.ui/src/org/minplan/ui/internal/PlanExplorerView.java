package org.minplan.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.minplan.ui.properties.PlanPropertySourceProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.minplan.model.Plan;
import org.minplan.ui.UiTexts;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.model.UndoRedoActions;
import org.minplan.ui.viewers.FeatureGroup;
import org.minplan.ui.viewers.PlanLabelProvider;
import org.minplan.ui.viewers.PlanTreeContentProvider;

/**
 * 规划浏览器: the tree of the open plan, one folder per kind of element, with a filter box that keeps the
 * elements whose label contains the typed text (code, name, mineral). Until a plan is open it says how to
 * open one.
 */
public class PlanExplorerView extends ViewPart {

	/** View id, permanent (layouts and menus refer to it). */
	public static final String ID = "org.minplan.ui.views.planExplorer";

	private Text filter;
	private Label hint;
	private TreeViewer viewer;
	private final PlanSession.Listener sessionListener = this::show;
	private final INotifyChangedListener modelListener = this::modelChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);

		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(UiTexts.get("explorer.filter"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

		hint = new Label(parent, SWT.WRAP);
		hint.setText(UiTexts.get("explorer.noPlan"));
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(hint);

		PlanSession session = PlanSession.get();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new PlanTreeContentProvider(session.adapterFactory()));
		viewer.setLabelProvider(new PlanLabelProvider(session.adapterFactory()));
		viewer.addFilter(new TextFilter());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		getSite().setSelectionProvider(viewer);

		filter.addModifyListener(e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandToLevel(2);
			}
		});

		session.addListener(sessionListener);
		session.adapterFactory().addListener(modelListener);
		session.addCommandStackListener(stackListener);
		installUndoRedo();
		installActions();
		getSite().getPage().addPostSelectionListener(followSelection);
		installGroupingMenu();
		show(session.plan());
	}

	private ExplorerActions actions;

	/** Context menu (new, rename, delete), the Delete key and F2. */
	private void installActions() {
		actions = new ExplorerActions(viewer, getSite().getShell());
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fillMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), actions.rename);
		viewer.getControl().addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(e -> {
			if (e.keyCode == SWT.F2 && actions.rename.isEnabled()) {
				actions.renameSelection();
			}
		}));
	}

	/** View menu: group by kind or by county. */
	private void installGroupingMenu() {
		PlanTreeContentProvider content = (PlanTreeContentProvider) viewer.getContentProvider();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		for (PlanTreeContentProvider.Grouping grouping : PlanTreeContentProvider.Grouping.values()) {
			Action action = new Action(UiTexts.get("explorer.group." + grouping.name()), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked() && content.grouping() != grouping) {
						setGrouping(grouping);
					}
				}
			};
			action.setChecked(content.grouping() == grouping);
			menu.add(action);
		}
	}

	/** Groups the tree by kind or by county, keeping the selection. */
	public void setGrouping(PlanTreeContentProvider.Grouping grouping) {
		PlanTreeContentProvider content = (PlanTreeContentProvider) viewer.getContentProvider();
		org.eclipse.jface.viewers.ISelection selection = viewer.getSelection();
		content.setGrouping(grouping);
		viewer.refresh();
		viewer.expandToLevel(2);
		viewer.setSelection(selection, true);
	}

	/** Reveals elements selected in other parts (tables, map), without echoing the selection back. */
	private final ISelectionListener followSelection = (part, selection) -> {
		if (part == this || viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection s)
				|| s.isEmpty() || !(s.getFirstElement() instanceof EObject)) {
			return;
		}
		if (!s.equals(viewer.getSelection())) {
			viewer.setSelection(s, true);
		}
	};

	private final org.eclipse.emf.common.command.CommandStackListener stackListener = event -> {
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				updateUndoRedo();
				refreshProperties();
			}
		});
	};

	/** The Properties page of this view, refreshed after every command so it never shows stale values. */
	private PropertySheetPage propertyPage;

	private void refreshProperties() {
		if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
			propertyPage.refresh();
		}
	}

	private UndoRedoActions undoRedo;

	/** Edit ▸ Undo / Redo (Ctrl+Z, Ctrl+Y) over the plan's command stack while this view is active. */
	private void installUndoRedo() {
		undoRedo = new UndoRedoActions(getViewSite().getActionBars());
	}

	private void updateUndoRedo() {
		undoRedo.update();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			propertyPage = PlanPropertySourceProvider.newPage();
			return adapter.cast(propertyPage);
		}
		return super.getAdapter(adapter);
	}


	private void show(Optional<Plan> plan) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		boolean open = plan.isPresent();
		hint.setVisible(open ? false : true);
		((org.eclipse.swt.layout.GridData) hint.getLayoutData()).exclude = open;
		hint.getParent().layout(true);
		viewer.setInput(plan.map(p -> new Object[] { p }).orElse(new Object[0]));
		updateUndoRedo();
		if (open) {
			viewer.expandToLevel(2);
			setContentDescription(PlanSession.get().file().map(f -> f.getFileName().toString()).orElse(""));
		} else {
			setContentDescription("");
		}
	}

	private void modelChanged(Notification notification) {
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				Object notifier = notification.getNotifier();
				if (notifier instanceof Plan) {
					viewer.refresh();
				} else {
					viewer.refresh(notifier, true);
				}
			}
		});
	}

	/** Deletes the selected elements after asking, as Edit ▸ Delete and the Delete key do. */
	public void deleteSelection() {
		actions.deleteSelection();
	}

	/** @return the tree of plan elements */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return the text shown while no plan is open */
	public String getHint() {
		return hint.getText();
	}

	/** @return the filter box */
	public Text getFilter() {
		return filter;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		PlanSession.get().removeListener(sessionListener);
		PlanSession.get().adapterFactory().removeListener(modelListener);
		PlanSession.get().removeCommandStackListener(stackListener);
		getSite().getPage().removePostSelectionListener(followSelection);
		super.dispose();
	}

	/** Keeps folders that hold a match and elements whose label contains the filter text. */
	private final class TextFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parent, Object element) {
			String text = filter.getText().trim().toLowerCase(Locale.ROOT);
			if (text.isEmpty() || element instanceof Plan) {
				return true;
			}
			ILabelProvider labels = (ILabelProvider) viewer.getLabelProvider();
			if (element instanceof FeatureGroup group) {
				return group.elements().stream()
						.anyMatch(e -> labels.getText(e).toLowerCase(Locale.ROOT).contains(text));
			}
			if (element instanceof org.minplan.ui.viewers.CountyGroup) {
				PlanTreeContentProvider content = (PlanTreeContentProvider) viewer.getContentProvider();
				return java.util.Arrays.stream(content.getChildren(element)).anyMatch(g -> select(v, element, g));
			}
			return labels.getText(element).toLowerCase(Locale.ROOT).contains(text);
		}
	}
}
