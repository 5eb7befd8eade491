package org.minplan.validation.tests;

import org.minplan.model.MinplanPackage;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;

/** An integrity rule that plugin.xml declares as a policy rule: the registry must skip it. */
public class MismatchedRule extends AbstractRule {

	public MismatchedRule() {
		super("test.mismatch", RuleCategory.INTEGRITY, Severity.ERROR, MinplanPackage.Literals.MINE);
	}

	@Override
	public void check(RuleContext context) {
		// never runs
	}
}
