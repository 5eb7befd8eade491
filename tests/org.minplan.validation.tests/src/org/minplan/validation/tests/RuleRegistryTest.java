package org.minplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.rules.consistency.ConsistencyRules;
import org.minplan.validation.rules.integrity.IntegrityRules;
import org.minplan.validation.rules.policy.PolicyRules;
import org.minplan.validation.rules.spatial.SpatialRules;

class RuleRegistryTest {

	@Test
	void brokenContributionsAreSkippedAndNameTheirBundle() {
		List<String> problems = Validation.registry().problems();
		assertEquals(3, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.startsWith(
				"Broken validation rule contribution from bundle org.minplan.validation.tests (rule test.")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.missingClass") && p.contains("cannot be created")));
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.notARule") && p.contains("does not implement")));
		assertTrue(problems.stream().anyMatch(
				p -> p.contains("plugin.xml says category policy, the class says integrity")), problems.toString());
		assertTrue(Validation.registry().rule("test.mismatch").isEmpty());
	}

	@Test
	void thePlainJavaRuleListsAreTheContributedRules() {
		List<Rule> plain = new java.util.ArrayList<>();
		plain.addAll(IntegrityRules.all());
		plain.addAll(PolicyRules.all());
		plain.addAll(SpatialRules.all());
		plain.addAll(ConsistencyRules.all());
		assertEquals(Validation.registry().rules().stream().map(Rule::id).sorted().toList(),
				plain.stream().map(Rule::id).sorted().toList());
		for (Rule rule : plain) {
			Rule contributed = Validation.rule(rule.id());
			assertEquals(contributed.getClass(), rule.getClass());
			assertEquals(contributed.appliesTo(), rule.appliesTo());
		}
	}

	@Test
	void rulesRegisteredInPlainJavaMustHaveUniqueIds() {
		Rule a = IntegrityRules.all().get(0);
		Rule b = IntegrityRules.all().get(0);
		assertThrows(IllegalArgumentException.class, () -> RuleRegistry.of(a, b));
		assertEquals(List.of(a), RuleRegistry.of(a).rules());
		assertThrows(IllegalArgumentException.class, () -> Validation.registry().with(b));
	}
}
