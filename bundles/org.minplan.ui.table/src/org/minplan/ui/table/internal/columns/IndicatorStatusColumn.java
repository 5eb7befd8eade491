package org.minplan.ui.table.internal.columns;

import org.eclipse.emf.ecore.EObject;
import org.minplan.model.Indicator;
import org.minplan.ui.table.ColumnValue;
import org.minplan.ui.table.internal.TableTexts;

/** 达标情况: whether an indicator's current value meets its target (met / not met / empty); read-only. */
public class IndicatorStatusColumn implements ColumnValue {

	@Override
	public Object get(EObject row) {
		if (!(row instanceof Indicator indicator)) {
			return null;
		}
		return IndicatorValues.meetsTarget(indicator)
				.map(met -> TableTexts.get(met ? "indicator.met" : "indicator.notMet")).orElse(null);
	}

	@Override
	public Class<?> valueType() {
		return String.class;
	}
}
