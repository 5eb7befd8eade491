package org.minplan.validation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.locationtech.jts.geom.Envelope;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.validation.internal.Checks;
import org.minplan.validation.internal.SpatialCache;

/**
 * Live validation of one plan: keeps its findings current while it is edited.
 * <p>
 * <b>Hand-off.</b> Edits are recorded as EMF notifications on whatever thread makes them (the UI thread),
 * which only queues them — cheap, never blocking. A UI debounces (e.g. a job scheduled 300 ms after the last
 * {@link #addChangeListener change}) and calls {@link #recheck} on a worker thread; the re-check takes the
 * queued changes, runs only the rules an edit can have affected, on the edited elements (and, for spatial
 * rules, their neighbours), merges the new findings into the previous ones and publishes an immutable
 * {@link ValidationResult} ({@link #current()}, {@link #addResultListener listeners}). Checks run one at a
 * time; a second caller waits.
 * <p>
 * Rules read the model on the checking thread. An edit made meanwhile is queued and checked by the next
 * re-check, so a result may lag behind the model by one edit but is then brought up to date. If the user
 * cancels, the queued changes are kept for the next re-check and the previous result stays.
 */
public final class LiveValidation implements AutoCloseable {

	private final ValidationEngine engine;
	private final Plan plan;
	private final Object runLock = new Object();
	private final ConcurrentLinkedQueue<Notification> queue = new ConcurrentLinkedQueue<>();
	private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
	private final List<Consumer<ValidationResult>> resultListeners = new CopyOnWriteArrayList<>();
	private final EContentAdapter adapter;
	private volatile RuleSettings settings;
	private volatile boolean settingsChanged;
	private volatile ValidationResult current;

	// Guarded by runLock:
	private final SpatialCache space;
	private final Map<String, List<Finding>> findings = new HashMap<>();
	private final Map<String, Integer> checked = new HashMap<>();
	private final Map<String, Duration> durations = new HashMap<>();
	private final PendingChanges pending;

	LiveValidation(ValidationEngine engine, Plan plan, RuleSettings settings, boolean listen) {
		this.engine = engine;
		this.plan = plan;
		this.settings = settings.copy();
		this.space = new SpatialCache(engine.transformer());
		this.pending = new PendingChanges(plan);
		if (listen) {
			adapter = new EContentAdapter() {
				@Override
				public void notifyChanged(Notification notification) {
					super.notifyChanged(notification);
					record(notification);
				}
			};
			plan.eAdapters().add(adapter);
		} else {
			adapter = null;
		}
	}

	/** @return the plan checked */
	public Plan plan() {
		return plan;
	}

	/** @return the latest published result; empty before the first check */
	public Optional<ValidationResult> current() {
		return Optional.ofNullable(current);
	}

	/**
	 * Records an edit. Called by the plan's content adapter; a UI that collects notifications itself (e.g.
	 * from its command stack) may call it too. Thread-safe and cheap.
	 */
	public void record(Notification notification) {
		if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
				|| notification.getEventType() == Notification.RESOLVE) {
			return;
		}
		queue.add(notification);
		for (Runnable listener : changeListeners) {
			listener.run();
		}
	}

	/** @return whether edits wait for a {@link #recheck} */
	public boolean hasPendingChanges() {
		return !queue.isEmpty() || settingsChanged;
	}

	/**
	 * Calls {@code listener} on the editing thread after each recorded edit — the moment a UI (re)schedules its
	 * debounced re-check.
	 */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/** Removes a change listener. */
	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/** Calls {@code listener} on the checking thread with each newly published result. */
	public void addResultListener(Consumer<ValidationResult> listener) {
		resultListeners.add(listener);
	}

	/** Removes a result listener. */
	public void removeResultListener(Consumer<ValidationResult> listener) {
		resultListeners.remove(listener);
	}

	/** Replaces the settings; the next {@link #recheck} checks the whole plan under them. */
	public void setSettings(RuleSettings newSettings) {
		settings = newSettings.copy();
		settingsChanged = true;
	}

	/**
	 * Checks the whole plan now, forgetting queued edits.
	 *
	 * @param monitor progress and cancel; may be null
	 * @throws OperationCanceledException when cancelled (the previous result stays)
	 */
	public ValidationResult validateAll(IProgressMonitor monitor) {
		synchronized (runLock) {
			return runAll(monitor);
		}
	}

	/**
	 * Brings the findings up to date with the edits recorded since the last check: re-runs only the rules an
	 * edit can affect, on the elements it can affect (see {@link Reach}). The first call (or one after
	 * {@link #setSettings}) checks the whole plan.
	 *
	 * @param monitor progress and cancel; may be null
	 * @return the new result (the same as {@link #current()} when nothing changed)
	 * @throws OperationCanceledException when cancelled: the edits stay queued, the previous result stays
	 */
	public ValidationResult recheck(IProgressMonitor monitor) {
		synchronized (runLock) {
			if (current == null || settingsChanged) {
				return runAll(monitor);
			}
			for (Notification n; (n = queue.poll()) != null;) {
				pending.add(n);
			}
			if (pending.isEmpty()) {
				return current;
			}
			for (EObject element : pending.touched()) {
				if (element instanceof SpatialElement spatial) {
					pending.oldEnvelope(spatial, space.refresh(spatial, pending.isPresent(element)));
				}
			}
			List<Rule> rules = enabledRules();
			SubMonitor progress = SubMonitor.convert(monitor, rules.size());
			Map<String, List<Finding>> updated = new HashMap<>(findings);
			Map<String, Integer> updatedChecked = new HashMap<>(checked);
			Map<String, Duration> updatedDurations = new HashMap<>(durations);
			Set<EObject> removed = pending.removed();
			RuleSettings run = settings;
			for (Rule rule : rules) {
				progress.checkCanceled();
				progress.subTask(rule.id());
				List<Finding> before = updated.getOrDefault(rule.id(), List.of());
				if (!removed.isEmpty()) {
					before = before.stream().filter(f -> f.elements().stream().noneMatch(removed::contains)).toList();
				}
				Set<EObject> targets = targetsOf(rule);
				if (targets == null) {
					Checks.Outcome outcome = Checks.run(plan, rule, null, space, run, progress.split(1),
							engine.transformer());
					updated.put(rule.id(), outcome.findings());
					updatedChecked.put(rule.id(), outcome.checked());
					updatedDurations.put(rule.id(), outcome.duration());
				} else if (!targets.isEmpty()) {
					boolean anyElement = rule.reach() != Reach.ELEMENT;
					List<Finding> kept = new ArrayList<>();
					for (Finding finding : before) {
						boolean retarget = anyElement ? finding.elements().stream().anyMatch(targets::contains)
								: finding.element().map(targets::contains).orElse(false);
						if (!retarget) {
							kept.add(finding);
						}
					}
					Checks.Outcome outcome = Checks.run(plan, rule, targets, space, run, progress.split(1),
							engine.transformer());
					kept.addAll(outcome.findings());
					updated.put(rule.id(), kept);
					updatedChecked.put(rule.id(), outcome.checked());
					updatedDurations.put(rule.id(), outcome.duration());
				} else {
					updated.put(rule.id(), before);
					progress.worked(1);
				}
			}
			findings.clear();
			findings.putAll(updated);
			checked.clear();
			checked.putAll(updatedChecked);
			durations.clear();
			durations.putAll(updatedDurations);
			pending.clear();
			return publish(rules);
		}
	}

	/**
	 * @return the elements to re-check for a rule after the pending edits: null for the whole plan, empty
	 *         when the edits cannot affect it
	 */
	private Set<EObject> targetsOf(Rule rule) {
		Set<EObject> targets = Collections.newSetFromMap(new LinkedHashMap<>());
		for (Map.Entry<EObject, Set<EStructuralFeature>> touch : pending.touches().entrySet()) {
			EObject element = touch.getKey();
			EClass type = element.eClass();
			boolean affected = false;
			for (EStructuralFeature feature : touch.getValue()) {
				affected |= rule.affectedBy(type, feature);
			}
			if (!affected) {
				continue;
			}
			boolean subject = rule.appliesTo().stream().anyMatch(c -> c.isSuperTypeOf(type));
			boolean present = pending.isPresent(element);
			switch (rule.reach()) {
			case PLAN -> {
				return null;
			}
			case ELEMENT -> {
				if (!subject) {
					return null;
				}
				if (present) {
					targets.add(element);
				}
			}
			case NEIGHBOURS -> {
				if (subject && present) {
					targets.add(element);
				}
				if (element instanceof SpatialElement spatial) {
					for (Envelope envelope : new Envelope[] { pending.oldEnvelope(spatial),
							space.envelope(spatial) }) {
						if (envelope != null) {
							for (EClass applies : rule.appliesTo()) {
								targets.addAll(space.candidates(applies, envelope));
							}
						}
					}
				} else if (!subject) {
					return null;
				}
			}
			}
		}
		return targets; // EObjects compare by identity
	}

	private ValidationResult runAll(IProgressMonitor monitor) {
		List<Rule> rules = enabledRules();
		SubMonitor progress = SubMonitor.convert(monitor, rules.size() + 1);
		RuleSettings run = settings;
		queue.clear();
		pending.clear();
		space.build(plan);
		progress.worked(1);
		Map<String, List<Finding>> all = new HashMap<>();
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Duration> times = new HashMap<>();
		for (Rule rule : rules) {
			progress.checkCanceled();
			progress.subTask(rule.id());
			Checks.Outcome outcome = Checks.run(plan, rule, null, space, run, progress.split(1), engine.transformer());
			all.put(rule.id(), outcome.findings());
			counts.put(rule.id(), outcome.checked());
			times.put(rule.id(), outcome.duration());
		}
		findings.clear();
		findings.putAll(all);
		checked.clear();
		checked.putAll(counts);
		durations.clear();
		durations.putAll(times);
		settingsChanged = false;
		return publish(rules);
	}

	private List<Rule> enabledRules() {
		RuleSettings s = settings;
		return engine.rules().stream().filter(r -> s.isEnabled(r.id())).toList();
	}

	private ValidationResult publish(List<Rule> rules) {
		ValidationResult result = new ValidationResult(rules.stream().map(Rule::id).toList(), findings, checked,
				durations);
		current = result;
		for (Consumer<ValidationResult> listener : resultListeners) {
			listener.accept(result);
		}
		return result;
	}

	/** Stops recording edits. */
	@Override
	public void close() {
		if (adapter != null) {
			plan.eAdapters().remove(adapter);
		}
	}

	/**
	 * The edits not yet checked, by plan element (nested objects such as selectors count as an edit of the
	 * plan element containing them); kept across a cancelled re-check together with the extents the edited
	 * elements had at the last check.
	 */
	private static final class PendingChanges {
		private final Plan plan;
		private final Map<EObject, Set<EStructuralFeature>> touches = new LinkedHashMap<>();
		private final Map<SpatialElement, Envelope> oldEnvelopes = new IdentityHashMap<>();
		private final Set<SpatialElement> envelopeKnown = Collections.newSetFromMap(new IdentityHashMap<>());

		PendingChanges(Plan plan) {
			this.plan = plan;
		}

		boolean isEmpty() {
			return touches.isEmpty();
		}

		Map<EObject, Set<EStructuralFeature>> touches() {
			return touches;
		}

		Collection<EObject> touched() {
			return new ArrayList<>(touches.keySet());
		}

		boolean isPresent(EObject element) {
			for (EObject e = element; e != null; e = e.eContainer()) {
				if (e == plan) {
					return true;
				}
			}
			return false;
		}

		Set<EObject> removed() {
			Set<EObject> removed = Collections.newSetFromMap(new IdentityHashMap<>());
			for (EObject element : touches.keySet()) {
				if (!isPresent(element)) {
					removed.add(element);
				}
			}
			return removed;
		}

		/** Keeps the first extent seen: the one at the last completed check. */
		void oldEnvelope(SpatialElement element, Envelope envelope) {
			if (envelopeKnown.add(element)) {
				oldEnvelopes.put(element, envelope);
			}
		}

		Envelope oldEnvelope(SpatialElement element) {
			return oldEnvelopes.get(element);
		}

		void clear() {
			touches.clear();
			oldEnvelopes.clear();
			envelopeKnown.clear();
		}

		void add(Notification n) {
			if (!(n.getNotifier() instanceof EObject owner) || !(n.getFeature() instanceof EStructuralFeature feature)) {
				return;
			}
			if (owner == plan) {
				if (feature instanceof EReference reference && reference.isContainment()) {
					switch (n.getEventType()) {
					case Notification.ADD, Notification.SET -> {
						touchValue(n.getNewValue());
						touchValue(n.getOldValue());
					}
					case Notification.REMOVE, Notification.UNSET -> touchValue(n.getOldValue());
					case Notification.ADD_MANY -> touchValue(n.getNewValue());
					case Notification.REMOVE_MANY -> touchValue(n.getOldValue());
					default -> {
						// MOVE changes order only
					}
					}
				} else {
					touch(plan, feature);
				}
				return;
			}
			EObject element = owner;
			EStructuralFeature changed = feature;
			while (element.eContainer() != null && element.eContainer() != plan) {
				changed = element.eContainmentFeature();
				element = element.eContainer();
			}
			touch(element, changed);
		}

		private void touchValue(Object value) {
			if (value instanceof EObject element) {
				touch(element, null);
			} else if (value instanceof Collection<?> many) {
				for (Object each : many) {
					touchValue(each);
				}
			}
		}

		private void touch(EObject element, EStructuralFeature feature) {
			touches.computeIfAbsent(element, e -> new java.util.HashSet<>()).add(feature);
		}
	}
}
