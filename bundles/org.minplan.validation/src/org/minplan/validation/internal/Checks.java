package org.minplan.validation.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EObject;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Message;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;

/** Runs one rule once: timing, cancel, and a rule that throws turned into a finding and a log entry. */
public final class Checks {

	/**
	 * @param findings what the rule reported
	 * @param checked  how many elements it was given
	 * @param duration how long it took
	 */
	public record Outcome(List<Finding> findings, int checked, Duration duration) {
	}

	private Checks() {
	}

	/**
	 * @param targets elements to check, null for the whole plan
	 * @throws OperationCanceledException when the monitor is cancelled
	 */
	public static Outcome run(Plan plan, Rule rule, Set<EObject> targets, SpatialCache space, RuleSettings settings,
			IProgressMonitor monitor, CrsTransformer transformer) {
		RunContext context = new RunContext(plan, rule, targets, space, settings, monitor, transformer);
		long start = System.nanoTime();
		try {
			rule.check(context);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException | LinkageError e) {
			Log.error("Validation rule " + rule.id() + " (" + rule.getClass().getName() + ") failed on plan "
					+ plan.getName(), e);
			Finding failed = new Finding(rule.id(), settings.severity(rule.id()).orElse(Severity.ERROR), List.of(),
					List.of(), new Message(Checks.class, "rule.failed", List.of(rule.id(), String.valueOf(e))), null,
					null);
			return new Outcome(List.of(failed), context.checkedCount(), Duration.ofNanos(System.nanoTime() - start));
		}
		return new Outcome(List.copyOf(context.findings()), context.checkedCount(),
				Duration.ofNanos(System.nanoTime() - start));
	}
}
