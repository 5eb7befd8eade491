package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.minplan.core.persistence.PlanIds;
import org.minplan.model.Identified;
import org.minplan.model.Plan;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.TableDefinition;
import org.minplan.ui.table.internal.CellText.CellTextException;

/**
 * Edits made in a table, as commands on the plan's command stack: one cell, or a block of pasted cells as one
 * compound command (one undo takes the whole paste back, rows it added included).
 */
public final class TableEditing {

	/** What a paste did, or why it did nothing. */
	public record PasteResult(int cells, int rowsChanged, int rowsAdded, int skippedReadOnly, List<String> problems) {

		/** @return whether the paste was applied */
		public boolean applied() {
			return problems.isEmpty() && cells > 0;
		}
	}

	private final Supplier<EditingDomain> domain;

	/** @param domain the editing domain of the open plan (asked at each edit, as the open plan may change) */
	public TableEditing(Supplier<EditingDomain> domain) {
		this.domain = domain;
	}

	/**
	 * Gives one cell a value through the command stack.
	 *
	 * @return whether a command was executed (false when the value is unchanged or cannot be set)
	 */
	public boolean set(ColumnDefinition column, EObject row, Object value) {
		if (!column.editable() || !column.value().canSet(row) || Objects.equals(column.value().get(row), value)) {
			return false;
		}
		EditingDomain d = domain.get();
		Command command = column.value().set(d, row, value);
		if (!command.canExecute()) {
			return false;
		}
		d.getCommandStack().execute(command);
		return true;
	}

	/**
	 * Pastes a block of texts with its top-left cell at a row and column of the table; rows past the last row
	 * become new elements at the end of the plan list. Nothing is changed when a text is not a valid value: the
	 * problems name row, column and text.
	 *
	 * @param table     the table pasted into
	 * @param plan      the plan holding the table's list
	 * @param rows      the rows in the order shown
	 * @param columns   the columns in the order shown (hidden columns left out)
	 * @param firstRow  index into {@code rows} of the top-left cell
	 * @param firstCol  index into {@code columns} of the top-left cell
	 * @param cells     the texts, by row then column
	 */
	public PasteResult paste(TableDefinition table, Plan plan, List<EObject> rows, List<ColumnDefinition> columns,
			int firstRow, int firstCol, List<List<String>> cells) {
		EditingDomain d = domain.get();
		CompoundCommand compound = new CompoundCommand(TableTexts.get("paste.command"));
		List<String> problems = new ArrayList<>();
		int count = 0;
		int skipped = 0;
		int changedRows = 0;
		int addedRows = 0;
		EObject context = rows.isEmpty() ? null : rows.get(0);
		for (int r = 0; r < cells.size(); r++) {
			int rowIndex = firstRow + r;
			boolean isNew = rowIndex >= rows.size();
			EObject element = isNew ? EcoreUtil.create(table.elementType()) : rows.get(rowIndex);
			if (isNew) {
				if (element instanceof Identified identified) {
					identified.setId(PlanIds.random());
				}
				compound.append(AddCommand.create(d, plan, table.list(), element));
				addedRows++;
			}
			boolean rowChanged = false;
			List<String> line = cells.get(r);
			for (int c = 0; c < line.size(); c++) {
				int colIndex = firstCol + c;
				if (colIndex >= columns.size()) {
					if (!line.get(c).isBlank()) {
						skipped++;
					}
					continue;
				}
				ColumnDefinition column = columns.get(colIndex);
				String text = line.get(c);
				if (!column.editable()) {
					if (!isNew && !text.strip().equals(CellText.format(column.value().get(element)).strip())
							|| isNew && !text.isBlank()) {
						skipped++;
					}
					continue;
				}
				Object value;
				try {
					value = CellText.parse(column, isNew && context != null ? context : element, text);
				} catch (CellTextException e) {
					problems.add(TableTexts.get("paste.problem", rowIndex + 1, column.header(), e.getMessage()));
					continue;
				}
				if (!isNew && Objects.equals(column.value().get(element), value)) {
					continue;
				}
				if (isNew && value == null) {
					continue;
				}
				compound.append(column.value().set(d, element, value));
				count++;
				rowChanged = true;
			}
			if (rowChanged && !isNew) {
				changedRows++;
			}
		}
		if (!problems.isEmpty() || compound.isEmpty()) {
			return new PasteResult(0, 0, 0, skipped, problems);
		}
		if (!compound.canExecute()) {
			problems.add(TableTexts.get("paste.cannotExecute"));
			return new PasteResult(0, 0, 0, skipped, problems);
		}
		d.getCommandStack().execute(compound);
		return new PasteResult(count, changedRows, addedRows, skipped, problems);
	}
}
