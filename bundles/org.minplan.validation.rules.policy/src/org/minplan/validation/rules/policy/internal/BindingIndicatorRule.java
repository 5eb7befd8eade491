package org.minplan.validation.rules.policy.internal;

import org.minplan.model.IndicatorAttribute;
import org.minplan.validation.Severity;

/** Binding indicators (约束性指标) met by the model's data; a breach is an error. */
public final class BindingIndicatorRule extends IndicatorTargetRule {

	public static final String ID = "policy.indicatorBinding";

	public BindingIndicatorRule() {
		super(ID, Severity.ERROR, IndicatorAttribute.BINDING);
	}
}
