package org.minplan.ui.table.tests;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.minplan.ui.table.internal.CrossTableView;
import org.minplan.ui.table.internal.PlanTableView;

/** The texts NatTable paints in cells (value through the cell's display converter). */
final class Cells {

	private Cells() {
	}

	static String shown(PlanTableView view, EObject row, String columnId) {
		var layer = view.selectionLayer();
		int rowPosition = layer.getRowPositionByIndex(view.rows().indexOfRowObject(row));
		int columnPosition = layer.getColumnPositionByIndex(Workbench.columnIndex(view, columnId));
		return shown(view.natTable(), layer, columnPosition, rowPosition);
	}

	static String shown(CrossTableView view, int column, int row) {
		return shown(view.natTable(), view.selectionLayer(), column, row);
	}

	static String shown(NatTable natTable, ILayer layer, int columnPosition, int rowPosition) {
		ILayerCell cell = layer.getCellByPosition(columnPosition, rowPosition);
		IDisplayConverter converter = natTable.getConfigRegistry().getConfigAttribute(
				CellConfigAttributes.DISPLAY_CONVERTER, DisplayMode.NORMAL, cell.getConfigLabels());
		Object value = cell.getDataValue();
		return String.valueOf(converter == null ? value : converter.canonicalToDisplayValue(cell, natTable.getConfigRegistry(), value));
	}
}
