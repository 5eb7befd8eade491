package org.minplan.ui.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * All {@link ElementFindings} services registered in the framework, seen as one: the most serious severity any of
 * them reports, all their messages, one change notification when any of them changes.
 */
public final class FindingsTracker {

	private static FindingsTracker instance;

	private final ServiceTracker<ElementFindings, ElementFindings> tracker;
	private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
	/** The services now registered (kept here: asked for every element drawn). */
	private final CopyOnWriteArrayList<ElementFindings> current = new CopyOnWriteArrayList<>();
	private final Runnable relay = () -> listeners.forEach(Runnable::run);

	private FindingsTracker(BundleContext context) {
		tracker = context == null ? null : new ServiceTracker<>(context, ElementFindings.class, null) {
			@Override
			public ElementFindings addingService(ServiceReference<ElementFindings> reference) {
				ElementFindings findings = super.addingService(reference);
				current.add(findings);
				findings.addChangeListener(relay);
				relay.run();
				return findings;
			}

			@Override
			public void removedService(ServiceReference<ElementFindings> reference, ElementFindings findings) {
				findings.removeChangeListener(relay);
				current.remove(findings);
				super.removedService(reference, findings);
				relay.run();
			}
		};
		if (tracker != null) {
			tracker.open();
		}
	}

	/** @return the tracker of the running framework */
	public static synchronized FindingsTracker get() {
		if (instance == null) {
			Bundle bundle = FrameworkUtil.getBundle(FindingsTracker.class);
			instance = new FindingsTracker(bundle == null ? null : bundle.getBundleContext());
		}
		return instance;
	}

	private List<ElementFindings> services() {
		return current;
	}

	/** @return whether any findings service is registered */
	public boolean available() {
		return !services().isEmpty();
	}

	/** @return the most serious finding any service reports on {@code element} */
	public Optional<FindingSeverity> severity(EObject element) {
		FindingSeverity worst = null;
		for (ElementFindings f : services()) {
			Optional<FindingSeverity> s = f.severity(element);
			if (s.isPresent() && (worst == null || s.get().compareTo(worst) > 0)) {
				worst = s.get();
			}
		}
		return Optional.ofNullable(worst);
	}

	/** @return every service's messages on {@code element} */
	public List<String> messages(EObject element) {
		List<String> all = new ArrayList<>();
		for (ElementFindings f : services()) {
			all.addAll(f.messages(element));
		}
		return all;
	}

	/** Adds a listener told when any service's findings changed (on any thread). */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
