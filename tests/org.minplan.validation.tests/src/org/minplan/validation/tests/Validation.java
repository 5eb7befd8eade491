package org.minplan.validation.tests;

import java.util.List;
import java.util.Locale;

import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/** Runs rules as contributed through the extension point (so plugin.xml is tested too). */
public final class Validation {

	private static RuleRegistry registry;

	private Validation() {
	}

	/** @return the registry of the running platform, read once */
	public static synchronized RuleRegistry registry() {
		if (registry == null) {
			registry = RuleRegistry.fromPlatform();
		}
		return registry;
	}

	/** @return the contributed rule of that id */
	public static Rule rule(String id) {
		return registry().rule(id).orElseThrow(() -> new AssertionError("rule " + id + " is not contributed"));
	}

	/** @return the findings of one rule on the plan */
	public static List<Finding> findings(Plan plan, String ruleId) {
		return new ValidationEngine(List.of(rule(ruleId))).validate(plan, new RuleSettings(), null).findings();
	}

	/** @return the English messages of one rule's findings on the plan */
	public static List<String> messages(Plan plan, String ruleId) {
		return findings(plan, ruleId).stream().map(f -> f.message(Locale.ENGLISH)).toList();
	}

	/** @return the result of every contributed rule on the plan */
	public static ValidationResult all(Plan plan) {
		return new ValidationEngine(registry()).validate(plan, new RuleSettings(), null);
	}
}
