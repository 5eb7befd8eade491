package org.minplan.ui.map;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The hook validation uses to show its findings on the map (审查结果): a badge on each element with findings,
 * and the "colour by validation severity" colouring.
 * <p>
 * A validation UI bundle registers an implementation as an OSGi service (e.g. a Declarative Services
 * {@code @Component(service = MapFindings.class)}); the map tracks every registered service, takes the most
 * serious severity any of them reports for an element and redraws when one calls its change listener. Calls
 * come from the UI thread while drawing, so answers must be quick (a map lookup), never a validation run.
 */
public interface MapFindings {

	/** @return the most serious finding on {@code element}, empty when there is none */
	Optional<FindingSeverity> severity(EObject element);

	/** @return the findings' messages on {@code element} (shown as the badge's tooltip), empty when none */
	List<String> messages(EObject element);

	/** Adds a listener the implementation calls (on any thread) when its findings changed. */
	void addChangeListener(Runnable listener);

	/** Removes a change listener. */
	void removeChangeListener(Runnable listener);
}
