package org.minplan.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The findings of a validation at one moment: immutable, so a checking thread can hand it to the UI thread
 * as it is. Findings are ordered by severity (errors first), then by rule (registry order), then as the
 * rule reported them.
 */
public final class ValidationResult {

	private final List<String> rules;
	private final Map<String, List<Finding>> byRule;
	private final Map<String, Integer> checked;
	private final Map<String, Duration> durations;
	private final List<Finding> findings;

	/**
	 * @param rules     ids of the rules that ran, in registry order
	 * @param byRule    findings per rule id
	 * @param checked   elements each rule was given to check
	 * @param durations time each rule took in its last run
	 */
	public ValidationResult(List<String> rules, Map<String, List<Finding>> byRule, Map<String, Integer> checked,
			Map<String, Duration> durations) {
		this.rules = List.copyOf(rules);
		Map<String, List<Finding>> copy = new LinkedHashMap<>();
		for (String rule : rules) {
			copy.put(rule, List.copyOf(byRule.getOrDefault(rule, List.of())));
		}
		this.byRule = copy;
		this.checked = Map.copyOf(checked);
		this.durations = Map.copyOf(durations);
		Map<String, Integer> order = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			order.put(rules.get(i), i);
		}
		List<Finding> all = new ArrayList<>();
		copy.values().forEach(all::addAll);
		all.sort(Comparator.comparing(Finding::severity).thenComparing(f -> order.getOrDefault(f.ruleId(), 0)));
		this.findings = List.copyOf(all);
	}

	/** @return all findings, errors first */
	public List<Finding> findings() {
		return findings;
	}

	/** @return the findings of one rule (empty if it did not run or found nothing) */
	public List<Finding> findings(String ruleId) {
		return byRule.getOrDefault(ruleId, List.of());
	}

	/** @return the findings naming an element */
	public List<Finding> findingsOf(EObject element) {
		return findings.stream().filter(f -> f.concerns(element)).toList();
	}

	/** @return how many findings have that severity */
	public int count(Severity severity) {
		return (int) findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** @return whether any finding is an error */
	public boolean hasErrors() {
		return !findings.isEmpty() && findings.get(0).severity() == Severity.ERROR;
	}

	/** @return ids of the rules that ran, in registry order */
	public List<String> rules() {
		return rules;
	}

	/** @return how many elements the rule was given to check in its last full run or re-check */
	public int checkedCount(String ruleId) {
		return checked.getOrDefault(ruleId, 0);
	}

	/** @return how long the rule took in its last run */
	public Duration duration(String ruleId) {
		return durations.getOrDefault(ruleId, Duration.ZERO);
	}
}
