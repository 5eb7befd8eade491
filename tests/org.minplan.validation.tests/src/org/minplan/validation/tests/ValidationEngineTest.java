package org.minplan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.Finding;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/** Batch validation: settings, progress, cancel, a failing rule. */
class ValidationEngineTest {

	/** A plan that breaks three rules: an overlap (error), a code format (warning), a stated area (warning). */
	private static Plan brokenPlan() {
		Plan plan = validPlan();
		find(plan.getExplorationBlocks(), "654224K0002").setGeometry(square(500, 500, 1000));
		find(plan.getExplorationBlocks(), "654224K0002").setCode("654224K000X");
		statedArea(find(plan.getExplorationBlocks(), "654224K0001"), "1.5");
		return plan;
	}

	@Test
	void allRulesFindTheirProblemsErrorsFirst() {
		ValidationResult result = Validation.all(brokenPlan());
		assertEquals(List.of("spatial.sameKindOverlap", "integrity.codeFormat", "integrity.statedArea"),
				result.findings().stream().map(Finding::ruleId).toList());
		assertTrue(result.hasErrors());
		assertEquals(1, result.count(Severity.ERROR));
		assertEquals(2, result.count(Severity.WARNING));
		assertEquals(22, result.rules().size());
		assertEquals(5, result.checkedCount("spatial.sameKindOverlap"), "all blocks: 2 + 2 + 1");
	}

	@Test
	void aRuleSwitchedOffDoesNotRun() {
		RuleSettings settings = new RuleSettings();
		settings.setEnabled("spatial.sameKindOverlap", false);
		ValidationResult result = new ValidationEngine(Validation.registry()).validate(brokenPlan(), settings, null);
		assertFalse(result.rules().contains("spatial.sameKindOverlap"));
		assertFalse(result.hasErrors());
		assertEquals(2, result.findings().size());
	}

	@Test
	void theSeverityOfARuleCanBeChangedPerPlan() {
		RuleSettings settings = new RuleSettings();
		settings.setSeverity("spatial.sameKindOverlap", Severity.INFO);
		settings.setSeverity("integrity.codeFormat", Severity.ERROR);
		ValidationResult result = new ValidationEngine(Validation.registry()).validate(brokenPlan(), settings, null);
		assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
				result.findings().stream().map(Finding::severity).toList());
		assertEquals("integrity.codeFormat", result.findings().get(0).ruleId());
	}

	@Test
	void aParameterChangesWhatARuleAccepts() {
		RuleSettings settings = new RuleSettings();
		settings.setParameter("integrity.statedArea", "tolerancePercent", "60");
		settings.setParameter("integrity.codeFormat", "explorationPattern", "(\\d{6})K\\d{3}[0-9X]");
		ValidationResult result = new ValidationEngine(Validation.registry()).validate(brokenPlan(), settings, null);
		assertEquals(List.of("spatial.sameKindOverlap"), result.findings().stream().map(Finding::ruleId).toList());
		settings.setParameter("integrity.statedArea", "tolerancePercent", "not a number"); // falls back to 1 %
		result = new ValidationEngine(Validation.registry()).validate(brokenPlan(), settings, null);
		assertEquals(1, result.findings("integrity.statedArea").size());
	}

	@Test
	void progressCountsOneUnitPerRuleAndCancelStopsTheRun() {
		List<String> tasks = new ArrayList<>();
		NullProgressMonitor cancelAfterThree = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				tasks.add(name);
				if (tasks.size() == 3) {
					setCanceled(true);
				}
			}
		};
		ValidationEngine engine = new ValidationEngine(Validation.registry());
		assertThrows(OperationCanceledException.class, () -> engine.validate(brokenPlan(), new RuleSettings(), cancelAfterThree));
		assertEquals(3, tasks.size(), tasks.toString());
	}

	@Test
	void cancelInsideALongRuleStopsIt() {
		Plan plan = validPlan();
		for (int i = 0; i < 2000; i++) {
			exploration(plan, "654224K" + (1000 + i), find(plan.getMinerals(), "金"), find(plan.getDivisions(), "托里县"),
					square(-50_000 + 20 * i, 50_000, 10));
		}
		NullProgressMonitor monitor = new NullProgressMonitor();
		AbstractRule slow = new AbstractRule("test.slow", RuleCategory.INTEGRITY, Severity.INFO,
				MinplanPackage.Literals.EXPLORATION_BLOCK) {
			@Override
			public void check(RuleContext context) {
				int seen = 0;
				for (var block : context.targets(org.minplan.model.ExplorationBlock.class)) {
					if (++seen == 300) {
						monitor.setCanceled(true);
					}
					context.finding("x").on(block).report();
				}
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> new ValidationEngine(List.of(slow)).validate(plan, new RuleSettings(), monitor));
	}

	@Test
	void aRuleThatThrowsBecomesAnErrorFindingAndTheOthersStillRun() {
		AbstractRule broken = new AbstractRule("test.broken", RuleCategory.INTEGRITY, Severity.WARNING,
				MinplanPackage.Literals.MINE) {
			@Override
			public void check(RuleContext context) {
				throw new IllegalStateException("boom");
			}
		};
		List<org.minplan.validation.Rule> rules = new ArrayList<>(Validation.registry().rules());
		rules.add(0, broken);
		ValidationResult result = new ValidationEngine(rules).validate(brokenPlan(), new RuleSettings(), null);
		Finding failed = result.findings("test.broken").get(0);
		assertEquals(Severity.ERROR, failed.severity());
		assertEquals("Rule test.broken failed and was skipped: java.lang.IllegalStateException: boom. The full error is in the log.",
				failed.message(Locale.ENGLISH));
		assertEquals(1, result.findings("spatial.sameKindOverlap").size());
	}
}
