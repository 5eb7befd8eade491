package org.minplan.ui.map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.PlanDiagramInput;
import org.minplan.ui.model.PlanSession;

/** Opens the diagrams of the open plan: the map (规划图) and the layout diagram (总体布局图). */
public final class MapEditors {

	/** Id of the map editor (permanent). */
	public static final String MAP_EDITOR_ID = "org.minplan.ui.map.editor";
	/** Id of the layout diagram editor (permanent). */
	public static final String LAYOUT_EDITOR_ID = "org.minplan.ui.map.layoutDiagram";

	private MapEditors() {
	}

	/** Opens (or activates) the map of the open plan; tells the user when no plan is open. */
	public static IEditorPart openMap(IWorkbenchPage page) throws PartInitException {
		return open(page, PlanDiagramInput.Kind.MAP, MAP_EDITOR_ID);
	}

	/** Opens (or activates) the layout diagram of the open plan. */
	public static IEditorPart openLayoutDiagram(IWorkbenchPage page) throws PartInitException {
		return open(page, PlanDiagramInput.Kind.LAYOUT, LAYOUT_EDITOR_ID);
	}

	private static IEditorPart open(IWorkbenchPage page, PlanDiagramInput.Kind kind, String id)
			throws PartInitException {
		if (PlanSession.get().plan().isEmpty()) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), MapTexts.get("open.noPlanTitle"),
					MapTexts.get("open.noPlan"));
			return null;
		}
		return page.openEditor(new PlanDiagramInput(kind), id);
	}
}
