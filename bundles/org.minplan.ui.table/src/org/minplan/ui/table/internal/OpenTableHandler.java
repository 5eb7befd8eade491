package org.minplan.ui.table.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.minplan.ui.table.TableRegistry;

/**
 * Opens the view of a table or cross-table (command {@value #COMMAND_ID}, parameter {@value #PARAMETER_ID} =
 * the table's id), or brings it to the front when open.
 */
public class OpenTableHandler extends AbstractHandler {

	/** Command id, permanent. */
	public static final String COMMAND_ID = "org.minplan.ui.table.commands.openTable";
	/** Command parameter: id of the table or cross-table. */
	public static final String PARAMETER_ID = "org.minplan.ui.table.commands.openTable.id";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String id = event.getParameter(PARAMETER_ID);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (id == null || page == null) {
			throw new ExecutionException("No table named (parameter " + PARAMETER_ID + ")");
		}
		open(page, id);
		return null;
	}

	/** @return the view showing the table or cross-table with this id, opened if needed */
	public static Optional<IViewPart> open(IWorkbenchPage page, String id) {
		TableRegistry registry = TableRegistry.getDefault();
		String viewId = registry.table(id).isPresent() ? PlanTableView.ID
				: registry.crossTable(id).isPresent() ? CrossTableView.ID : null;
		if (viewId == null) {
			ILog.of(OpenTableHandler.class).warn("No table or cross-table has the id " + id);
			return Optional.empty();
		}
		try {
			return Optional.of(page.showView(viewId, id, IWorkbenchPage.VIEW_ACTIVATE));
		} catch (PartInitException e) {
			ILog.of(OpenTableHandler.class).error("Could not open the view of table " + id, e);
			return Optional.empty();
		}
	}
}
