package org.minplan.ui.validation.internal;

import org.eclipse.ui.IStartup;
import org.minplan.ui.validation.PlanValidation;

/** Starts live validation when the workbench starts, so findings are there before the view is opened. */
public class ValidationStartup implements IStartup {

	@Override
	public void earlyStartup() {
		PlanValidation.get().start();
	}
}
