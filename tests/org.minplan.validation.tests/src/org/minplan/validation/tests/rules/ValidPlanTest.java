package org.minplan.validation.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minplan.tests.support.TestPlans;
import org.minplan.validation.Rule;
import org.minplan.validation.tests.Validation;

/** The plan every rule test starts from keeps every rule: the "plan that does not break it" of each rule. */
class ValidPlanTest {

	static final List<String> BUILT_IN = List.of("integrity.requiredAttributes", "integrity.uniqueCodes",
			"integrity.codeFormat", "integrity.geometryValid", "integrity.geometryZone", "integrity.statedArea",
			"policy.minimumScale", "policy.prohibitedMineral", "policy.restrictedJustification",
			"policy.sandInConcentratedArea", "policy.indicatorBinding", "policy.indicatorExpected",
			"spatial.sameKindOverlap", "spatial.miningOverExploration", "spatial.prohibitedArea",
			"spatial.pitInTreatmentZone", "consistency.printedTotal", "consistency.statementMeasure",
			"consistency.breakdown", "consistency.retainedWithinIdentified", "consistency.addedWithinIdentified",
			"consistency.duplicateRows");

	static Stream<String> builtIn() {
		return BUILT_IN.stream();
	}

	@Test
	void everyBuiltInRuleIsContributedOnceInCategoryOrder() {
		List<String> ids = Validation.registry().rules().stream().map(Rule::id).toList();
		assertEquals(BUILT_IN.stream().sorted(ValidPlanTest::byCategory).toList(), ids);
	}

	private static int byCategory(String a, String b) {
		List<String> order = List.of("integrity", "policy", "spatial", "consistency");
		int c = Integer.compare(order.indexOf(a.substring(0, a.indexOf('.'))),
				order.indexOf(b.substring(0, b.indexOf('.'))));
		return c != 0 ? c : a.compareTo(b);
	}

	@ParameterizedTest
	@MethodSource("builtIn")
	void theValidPlanKeepsTheRule(String ruleId) {
		assertEquals(List.of(), Validation.messages(TestPlans.validPlan(), ruleId));
	}

	@ParameterizedTest
	@MethodSource("builtIn")
	void everyRuleHasATitleAndDescriptionInBothLanguages(String ruleId) {
		Rule rule = Validation.rule(ruleId);
		for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
			assertTrue(!rule.title(locale).startsWith("!") && !rule.description(locale).startsWith("!"),
					ruleId + " " + locale + ": " + rule.title(locale));
		}
		assertTrue(rule.title(java.util.Locale.SIMPLIFIED_CHINESE).codePoints().anyMatch(c -> c > 0x4e00),
				rule.title(java.util.Locale.SIMPLIFIED_CHINESE));
	}
}
