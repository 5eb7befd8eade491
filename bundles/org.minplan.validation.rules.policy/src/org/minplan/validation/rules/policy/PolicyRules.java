package org.minplan.validation.rules.policy;

import java.util.List;

import org.minplan.validation.Rule;
import org.minplan.validation.rules.policy.internal.BindingIndicatorRule;
import org.minplan.validation.rules.policy.internal.ExpectedIndicatorRule;
import org.minplan.validation.rules.policy.internal.MinimumScaleRule;
import org.minplan.validation.rules.policy.internal.ProhibitedMineralRule;
import org.minplan.validation.rules.policy.internal.RestrictedJustificationRule;
import org.minplan.validation.rules.policy.internal.SandInConcentratedAreaRule;

/**
 * The policy rule set (规划管控): contributed through {@code org.minplan.validation.rules} in OSGi; this class
 * gives the same rules to code running without OSGi (tests, tools).
 */
public final class PolicyRules {

	private PolicyRules() {
	}

	/** @return new instances of every rule of the set */
	public static List<Rule> all() {
		return List.of(new MinimumScaleRule(), new ProhibitedMineralRule(), new RestrictedJustificationRule(),
				new SandInConcentratedAreaRule(), new BindingIndicatorRule(), new ExpectedIndicatorRule());
	}
}
