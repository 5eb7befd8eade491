package org.minplan.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * 规划编制 (plan compilation): the explorer on the left, editors (map, tables) in the middle, the
 * properties of the selected element below.
 */
public class PlanningPerspective implements IPerspectiveFactory {

	/** Perspective id, permanent (workbench layouts are saved under it). */
	public static final String ID = "org.minplan.ui.perspective.planning";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.24f, editorArea);
		left.addView(PlanExplorerView.ID);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);

		layout.getViewLayout(PlanExplorerView.ID).setCloseable(true);
		layout.addShowViewShortcut(PlanExplorerView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut(ID);
	}
}
