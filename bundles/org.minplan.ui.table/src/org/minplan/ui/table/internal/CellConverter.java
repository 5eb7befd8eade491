package org.minplan.ui.table.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.minplan.ui.table.ColumnDefinition;
import org.minplan.ui.table.internal.CellText.CellTextException;

/** NatTable's side of {@link CellText} for one column: values to texts for painting and editing, and back. */
final class CellConverter implements IDisplayConverter {

	private final ColumnDefinition column;
	private final ElementRows rows;

	CellConverter(ColumnDefinition column, ElementRows rows) {
		this.column = column;
		this.rows = rows;
	}

	@Override
	public Object canonicalToDisplayValue(Object canonicalValue) {
		return CellText.format(canonicalValue);
	}

	@Override
	public Object displayToCanonicalValue(Object displayValue) {
		return parse(null, displayValue);
	}

	@Override
	public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry configRegistry, Object canonicalValue) {
		return CellText.format(canonicalValue);
	}

	@Override
	public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry configRegistry, Object displayValue) {
		EObject row = null;
		if (cell != null && cell.getRowIndex() >= 0 && cell.getRowIndex() < rows.getRowCount()) {
			row = rows.getRowObject(cell.getRowIndex());
		}
		return parse(row, displayValue);
	}

	private Object parse(EObject row, Object displayValue) {
		EObject context = row != null ? row : rows.rows().isEmpty() ? null : rows.rows().get(0);
		try {
			return CellText.parse(column, context, displayValue == null ? "" : displayValue.toString());
		} catch (CellTextException e) {
			throw new ConversionFailedException(e.getMessage(), e);
		}
	}
}
