package org.minplan.ui.table.tests;

import org.eclipse.emf.ecore.EObject;
import org.minplan.model.PlanElement;
import org.minplan.ui.table.ColumnValue;

/** A computed column contributed by this test bundle: the length of an element's code. */
public class CodeLengthColumn implements ColumnValue {

	@Override
	public Object get(EObject row) {
		return row instanceof PlanElement e && e.getCode() != null ? e.getCode().length() : null;
	}

	@Override
	public Class<?> valueType() {
		return Integer.class;
	}
}
