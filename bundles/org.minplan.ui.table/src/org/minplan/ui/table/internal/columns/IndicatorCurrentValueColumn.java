package org.minplan.ui.table.internal.columns;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.minplan.model.Indicator;
import org.minplan.ui.table.ColumnValue;

/** 现状值: an indicator's current value computed from the plan ({@link IndicatorValues}); read-only. */
public class IndicatorCurrentValueColumn implements ColumnValue {

	@Override
	public Object get(EObject row) {
		return row instanceof Indicator indicator ? IndicatorValues.current(indicator).orElse(null) : null;
	}

	@Override
	public Class<?> valueType() {
		return BigDecimal.class;
	}
}
