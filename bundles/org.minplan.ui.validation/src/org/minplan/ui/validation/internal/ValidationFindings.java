package org.minplan.ui.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.findings.ElementFindings;
import org.minplan.ui.validation.PlanValidation;
import org.minplan.validation.Finding;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationResult;

/**
 * The findings of the workbench's live validation ({@link PlanValidation}) as {@link ElementFindings} for the map
 * and the tables (审查结果上图、上表): each element's findings are indexed once per validation run, so the
 * questions asked while drawing are map lookups. Registered as an OSGi service by Declarative Services
 * ({@code OSGI-INF/org.minplan.ui.validation.findings.xml}).
 */
public class ValidationFindings implements ElementFindings {

	private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Consumer<Optional<ValidationResult>> resultListener = this::index;
	private volatile Map<EObject, List<Finding>> byElement = Map.of();

	/** Called by Declarative Services: follows the live validation from now on. */
	public void activate() {
		PlanValidation.get().addListener(resultListener);
		index(PlanValidation.get().latest());
	}

	/** Called by Declarative Services. */
	public void deactivate() {
		PlanValidation.get().removeListener(resultListener);
	}

	private void index(Optional<ValidationResult> result) {
		Map<EObject, List<Finding>> next = new IdentityHashMap<>();
		result.ifPresent(r -> {
			for (Finding f : r.findings()) {
				for (EObject e : f.elements()) {
					next.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
				}
			}
		});
		byElement = Collections.unmodifiableMap(next);
		listeners.forEach(Runnable::run);
	}

	@Override
	public Optional<FindingSeverity> severity(EObject element) {
		List<Finding> findings = byElement.get(element);
		if (findings == null) {
			return Optional.empty();
		}
		Severity worst = Severity.INFO;
		for (Finding f : findings) {
			if (f.severity().compareTo(worst) < 0) {
				worst = f.severity();
			}
		}
		return Optional.of(switch (worst) {
		case ERROR -> FindingSeverity.ERROR;
		case WARNING -> FindingSeverity.WARNING;
		case INFO -> FindingSeverity.INFO;
		});
	}

	@Override
	public List<String> messages(EObject element) {
		List<Finding> findings = byElement.get(element);
		if (findings == null) {
			return List.of();
		}
		List<String> messages = new ArrayList<>();
		for (Finding f : findings) {
			messages.add(f.severity().label(Locale.getDefault()) + ": " + f.message(Locale.getDefault()));
		}
		return messages;
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
