package org.minplan.ui.map.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.minplan.ui.map.MapEditors;

/** Handlers of the commands "Open Map" and "Open Layout Diagram". */
public abstract class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			open(window);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	protected abstract void open(IWorkbenchWindow window) throws PartInitException;

	/** Opens the map. */
	public static class Map extends OpenDiagramHandler {
		@Override
		protected void open(IWorkbenchWindow window) throws PartInitException {
			MapEditors.openMap(window.getActivePage());
		}
	}

	/** Opens the layout diagram. */
	public static class Layout extends OpenDiagramHandler {
		@Override
		protected void open(IWorkbenchWindow window) throws PartInitException {
			MapEditors.openLayoutDiagram(window.getActivePage());
		}
	}
}
