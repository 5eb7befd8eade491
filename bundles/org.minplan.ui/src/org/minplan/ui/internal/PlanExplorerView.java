package org.minplan.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.minplan.ui.UiTexts;

/**
 * 规划浏览器: the tree of the open plan's elements. Until a plan is open it shows how to open one.
 */
public class PlanExplorerView extends ViewPart {

	/** View id, permanent (layouts and menus refer to it). */
	public static final String ID = "org.minplan.ui.views.planExplorer";

	private Text filter;
	private Label hint;
	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);

		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(UiTexts.get("explorer.filter"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

		hint = new Label(parent, SWT.WRAP);
		hint.setText(UiTexts.get("explorer.noPlan"));
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(hint);

		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setContentProvider(new EmptyTree());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		getSite().setSelectionProvider(viewer);
	}

	/** @return the tree of plan elements */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return the text shown while no plan is open */
	public String getHint() {
		return hint.getText();
	}

	/** Content while no plan is open. */
	private static final class EmptyTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
