package org.minplan.ui.table;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.minplan.model.Plan;

/**
 * A table of plan elements contributed through {@code org.minplan.ui.table.tables}: which list of the plan it
 * shows (e.g. {@code miningBlocks}, 专栏18) and its columns.
 *
 * @param id          permanent id (also the secondary id of its view)
 * @param name        name in the user's language, e.g. 开采规划区块
 * @param printedAs   the plan table it corresponds to, e.g. 专栏18; empty when none
 * @param elementType model class of the rows
 * @param list        containment list of {@link Plan} holding the rows
 * @param columns     columns in their initial order
 * @param contributor bundle that contributed it (named in error messages)
 */
public record TableDefinition(String id, String name, String printedAs, EClass elementType, EReference list,
		List<ColumnDefinition> columns, String contributor) {

	/** @return the plan's elements this table shows (the live list; edit it through commands only) */
	@SuppressWarnings("unchecked")
	public EList<EObject> rows(Plan plan) {
		return (EList<EObject>) plan.eGet(list);
	}

	/** @return the title of the table's view, e.g. "开采规划区块 (专栏18)" */
	public String title() {
		return printedAs.isEmpty() ? name : name + " (" + printedAs + ")";
	}
}
