package org.minplan.validation;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;

/**
 * Runs rules over plans. {@link #validate} checks a whole plan once (the command line, reports);
 * {@link #live} keeps a plan's findings current while it is edited, re-checking only what each edit can
 * have changed.
 * <p>
 * Thread-safe; one engine can serve every plan of the application.
 */
public final class ValidationEngine {

	private final List<Rule> rules;
	private final CrsTransformer transformer = new CrsTransformer();

	/** An engine running these rules, in this order. */
	public ValidationEngine(Collection<? extends Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** An engine running the rules of a registry. */
	public ValidationEngine(RuleRegistry registry) {
		this(registry.rules());
	}

	/** @return the rules, in the order they run */
	public List<Rule> rules() {
		return rules;
	}

	CrsTransformer transformer() {
		return transformer;
	}

	/**
	 * Checks the whole plan with every rule the settings leave switched on.
	 *
	 * @param monitor progress (one unit per rule) and cancel; may be null
	 * @throws OperationCanceledException when cancelled
	 */
	public ValidationResult validate(Plan plan, RuleSettings settings, IProgressMonitor monitor) {
		try (LiveValidation validation = new LiveValidation(this, plan, settings, false)) {
			return validation.validateAll(monitor);
		}
	}

	/**
	 * Starts live validation of a plan: edits are recorded as they happen (an EMF content adapter on the
	 * plan); {@link LiveValidation#recheck} brings the findings up to date. Nothing is checked until
	 * {@link LiveValidation#validateAll} or the first {@link LiveValidation#recheck}. Close it when the plan
	 * is closed.
	 */
	public LiveValidation live(Plan plan, RuleSettings settings) {
		return new LiveValidation(this, plan, settings, true);
	}
}
