package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import org.minplan.model.ResourceReserve;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Quantities;

/**
 * Retained reserves do not exceed cumulative identified ones (保有 ≤ 累计查明): what remains of a mineral's
 * resources cannot be more than all that was ever identified (专栏5). Withheld numbers (xxx) are not checked.
 */
public final class RetainedWithinIdentifiedRule extends AbstractRule {

	public static final String ID = "consistency.retainedWithinIdentified";

	public RetainedWithinIdentifiedRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, RESOURCE_RESERVE);
	}

	@Override
	public void check(RuleContext context) {
		for (ResourceReserve reserve : context.targets(ResourceReserve.class)) {
			if (reserve.isWithheld() || reserve.getRetained() == null || reserve.getCumulativeIdentified() == null) {
				continue;
			}
			if (reserve.getRetained().compareTo(reserve.getCumulativeIdentified()) > 0) {
				context.finding("exceeds", context.label(reserve), Quantities.format(reserve.getRetained()),
						Quantities.format(reserve.getCumulativeIdentified()),
						reserve.getUnit() == null ? "" : reserve.getUnit()).on(reserve).report();
			}
		}
	}
}
