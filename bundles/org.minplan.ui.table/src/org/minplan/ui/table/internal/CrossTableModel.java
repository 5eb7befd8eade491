package org.minplan.ui.table.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.minplan.core.stats.CrossTable;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.CrossTableDefinition;

/**
 * The cells of a cross-table as a grid: the {@link CrossTable} computed by {@link PlanStatistics}, the total
 * column first (as 专栏6 prints it, and always in view however many minerals follow) and a total row at the
 * bottom (合计). Scale columns of 专栏6 come in scale order (大型,
 * 中型, 小型, 小矿).
 */
public final class CrossTableModel {

	private final CrossTableDefinition definition;
	private CrossTable<? extends EObject> table;
	private List<String> rowKeys = List.of();
	private List<String> columnKeys = List.of();

	public CrossTableModel(CrossTableDefinition definition) {
		this.definition = definition;
	}

	/** Counts the plan's elements again (no plan: an empty table). */
	public void compute(Plan plan) {
		if (plan == null) {
			table = null;
			rowKeys = List.of();
			columnKeys = List.of();
			return;
		}
		table = definition.compute(plan);
		rowKeys = table.rows();
		List<String> columns = new ArrayList<>(table.columns());
		if (definition.statistic() == CrossTableDefinition.Statistic.MINES_BY_MINERAL_AND_SCALE) {
			columns.sort(Comparator.comparingInt(CrossTableModel::scaleOrder));
		}
		columnKeys = columns;
	}

	private static int scaleOrder(String literal) {
		MineScale scale = MineScale.get(literal);
		return scale == null ? Integer.MAX_VALUE : scale.getValue();
	}

	/** @return rows including the total row */
	public int rowCount() {
		return rowKeys.size() + (table == null ? 0 : 1);
	}

	/** @return columns including the total column */
	public int columnCount() {
		return columnKeys.size() + (table == null ? 0 : 1);
	}

	/** @return index of the total row (the last) */
	public int totalRow() {
		return rowKeys.size();
	}

	/** @return index of the total column (the first) */
	public int totalColumn() {
		return 0;
	}

	/** @return whether the row is the total row */
	public boolean isTotalRow(int row) {
		return row == rowKeys.size();
	}

	/** @return whether the column is the total column */
	public boolean isTotalColumn(int column) {
		return column == 0;
	}

	/** @return the count in a cell, totals included */
	public int count(int column, int row) {
		return elements(column, row).size();
	}

	/** @return the count of a cell by its row and column keys (0 when the keys are not in the table) */
	public int count(String rowKey, String columnKey) {
		return table == null ? 0 : table.count(rowKey, columnKey);
	}

	/** @return the elements behind a cell: a cell's, a row's, a column's or all */
	public List<EObject> elements(int column, int row) {
		if (table == null) {
			return List.of();
		}
		List<EObject> result = new ArrayList<>();
		boolean totalRow = isTotalRow(row);
		boolean totalColumn = isTotalColumn(column);
		if (totalRow && totalColumn) {
			for (String r : rowKeys) {
				result.addAll(table.rowElements(r));
			}
		} else if (totalRow) {
			result.addAll(table.columnElements(columnKeys.get(column - 1)));
		} else if (totalColumn) {
			result.addAll(table.rowElements(rowKeys.get(row)));
		} else {
			result.addAll(table.elements(rowKeys.get(row), columnKeys.get(column - 1)));
		}
		return result;
	}

	/** @return the row key (county or mineral as the plan prints it) */
	public String rowKey(int row) {
		return isTotalRow(row) ? null : rowKeys.get(row);
	}

	/** @return the column key */
	public String columnKey(int column) {
		return isTotalColumn(column) ? null : columnKeys.get(column - 1);
	}

	/** @return the row header text */
	public String rowLabel(int row) {
		return isTotalRow(row) ? TableTexts.get("crossTable.total") : label(rowKeys.get(row));
	}

	/** @return the column header text */
	public String columnLabel(int column) {
		if (isTotalColumn(column)) {
			return TableTexts.get("crossTable.total");
		}
		String key = columnKeys.get(column - 1);
		if (definition.statistic() == CrossTableDefinition.Statistic.MINES_BY_MINERAL_AND_SCALE) {
			MineScale scale = MineScale.get(key);
			if (scale != null) {
				return PlanLabels.literal(scale);
			}
		}
		return label(key);
	}

	private static String label(String key) {
		return PlanStatistics.NONE.equals(key) ? TableTexts.get("crossTable.none") : key;
	}

	/** @return the row index of a row key, or -1 */
	public int rowOf(String rowKey) {
		return rowKeys.indexOf(rowKey);
	}

	/** @return the column index of a column key, or -1 */
	public int columnOf(String columnKey) {
		int index = columnKeys.indexOf(columnKey);
		return index < 0 ? -1 : index + 1;
	}

	/** @return the definition */
	public CrossTableDefinition definition() {
		return definition;
	}
}
