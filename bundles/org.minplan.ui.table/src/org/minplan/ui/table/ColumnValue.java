package org.minplan.ui.table;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What one column of a plan table shows for a row element, and how an edit of it becomes a command. Columns
 * bound to a feature get an implementation from the workbench; a contribution names its own class (attribute
 * {@code class} of {@code <column>} in {@code org.minplan.ui.table.tables}) for values computed from the model,
 * e.g. an indicator's current value.
 * <p>
 * Values are model values, not texts: {@link String}, numbers ({@link java.math.BigDecimal}, {@link Integer}),
 * {@link Boolean}, EMF enumerators and plan elements. The table turns them into texts (labels of enum values
 * and elements), sorts numbers as numbers and aligns them right.
 */
public interface ColumnValue {

	/** @return the value shown for the row element, or null when there is none */
	Object get(EObject row);

	/**
	 * @return the class of the values, used to align, sort, parse and choose an editor (e.g.
	 *         {@code BigDecimal.class}); {@code Object.class} when mixed
	 */
	default Class<?> valueType() {
		return Object.class;
	}

	/** @return whether values of this column can be edited for this row element */
	default boolean canSet(EObject row) {
		return false;
	}

	/**
	 * @return the command that gives the row element the value (executed on the plan's command stack, so it can
	 *         be undone); {@link UnexecutableCommand#INSTANCE} when it cannot be set
	 */
	default Command set(EditingDomain domain, EObject row, Object value) {
		return UnexecutableCommand.INSTANCE;
	}

	/**
	 * @return the values a user may choose from (enum values, plan elements of the referenced kind, with null
	 *         first when the value may be empty); empty when the value is typed
	 */
	default List<Object> choices(EObject row) {
		return List.of();
	}
}
