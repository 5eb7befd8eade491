package org.minplan.validation.rules.policy.internal;

import org.minplan.model.IndicatorAttribute;
import org.minplan.validation.Severity;

/** Expected indicators (预期性指标) met by the model's data; a miss is a warning. */
public final class ExpectedIndicatorRule extends IndicatorTargetRule {

	public static final String ID = "policy.indicatorExpected";

	public ExpectedIndicatorRule() {
		super(ID, Severity.WARNING, IndicatorAttribute.EXPECTED);
	}
}
