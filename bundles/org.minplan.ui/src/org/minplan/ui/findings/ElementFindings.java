package org.minplan.ui.findings;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The hook through which validation shows its findings (审查结果) where elements are drawn: a badge on each
 * element with findings on the map and on its row in the tables, and the map's "colour by validation
 * severity".
 * <p>
 * A validation UI bundle registers an implementation as an OSGi service (e.g. with Declarative Services);
 * the map and the tables see all registered services through {@link FindingsTracker}, take the most serious
 * severity any of them reports for an element and redraw when one calls its change listener. Calls come from
 * the UI thread while drawing, so answers must be quick (a map lookup), never a validation run.
 */
public interface ElementFindings {

	/** @return the most serious finding on {@code element}, empty when there is none */
	Optional<FindingSeverity> severity(EObject element);

	/** @return the findings' messages on {@code element} (shown as the badge's tooltip), empty when none */
	List<String> messages(EObject element);

	/** Adds a listener the implementation calls (on any thread) when its findings changed. */
	void addChangeListener(Runnable listener);

	/** Removes a change listener. */
	void removeChangeListener(Runnable listener);
}
