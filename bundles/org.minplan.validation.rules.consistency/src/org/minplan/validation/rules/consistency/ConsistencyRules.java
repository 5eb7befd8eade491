package org.minplan.validation.rules.consistency;

import java.util.List;

import org.minplan.validation.Rule;
import org.minplan.validation.rules.consistency.internal.AddedWithinIdentifiedRule;
import org.minplan.validation.rules.consistency.internal.BreakdownRule;
import org.minplan.validation.rules.consistency.internal.DuplicateRowsRule;
import org.minplan.validation.rules.consistency.internal.PrintedTotalRule;
import org.minplan.validation.rules.consistency.internal.RetainedWithinIdentifiedRule;
import org.minplan.validation.rules.consistency.internal.StatementMeasureRule;

/**
 * The consistency rule set (数据一致性): contributed through {@code org.minplan.validation.rules} in OSGi; this
 * class gives the same rules to code running without OSGi (tests, tools).
 */
public final class ConsistencyRules {

	private ConsistencyRules() {
	}

	/** @return new instances of every rule of the set */
	public static List<Rule> all() {
		return List.of(new PrintedTotalRule(), new StatementMeasureRule(), new BreakdownRule(),
				new RetainedWithinIdentifiedRule(), new AddedWithinIdentifiedRule(), new DuplicateRowsRule());
	}
}
