package org.minplan.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.validation.LiveValidation;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/**
 * Live validation of the open plan: checks the whole plan when it is opened, then re-checks what each edit
 * touches, off the UI thread and debounced (each edit postpones the check by {@value #DEBOUNCE_MS} ms), and
 * tells listeners the new findings. Nothing has to be pressed.
 */
public final class PlanValidation {

	/** Pause after the last edit before re-checking. */
	public static final long DEBOUNCE_MS = 300;

	private static final PlanValidation INSTANCE = new PlanValidation();

	private final CopyOnWriteArrayList<Consumer<Optional<ValidationResult>>> listeners = new CopyOnWriteArrayList<>();
	private ValidationEngine engine;
	private LiveValidation live;
	private Job check;
	private volatile ValidationResult latest;
	private RuleSettings settings;

	private PlanValidation() {
	}

	/** @return the workbench's validation */
	public static PlanValidation get() {
		return INSTANCE;
	}

	/** Starts following the open plan (called once at start-up). */
	public synchronized void start() {
		if (engine != null) {
			return;
		}
		RuleRegistry registry = RuleRegistry.fromPlatform();
		engine = new ValidationEngine(registry);
		PlanSession.get().addListener(this::planChanged);
		planChanged(PlanSession.get().plan());
	}

	private synchronized void planChanged(Optional<Plan> plan) {
		if (live != null) {
			live.close();
			live = null;
		}
		latest = null;
		fire();
		if (plan.isEmpty()) {
			return;
		}
		RuleSettings settings = new RuleSettings();
		Optional<Path> file = PlanSession.get().file();
		if (file.isPresent()) {
			try {
				settings = RuleSettings.loadFor(file.get());
			} catch (IOException e) {
				ILog.of(PlanValidation.class).warn("Could not read the validation settings of " + file.get(), e);
			}
		}
		this.settings = settings;
		LiveValidation started = engine.live(plan.get(), settings);
		live = started;
		check = Job.create(Messages.text("job.validate"), monitor -> {
			ValidationResult result = started.recheck(monitor);
			if (live == started) {
				latest = result;
				fire();
			}
			return Status.OK_STATUS;
		});
		check.setSystem(false);
		started.addChangeListener(() -> check.schedule(DEBOUNCE_MS));
		check.schedule();
	}

	/** @return the rule settings of the open plan (a copy to edit), or defaults when none is open */
	public synchronized RuleSettings settings() {
		return settings == null ? new RuleSettings() : settings.copy();
	}

	/** @return the rules the workbench knows */
	public synchronized java.util.List<org.minplan.validation.Rule> rules() {
		return engine == null ? java.util.List.of() : RuleRegistry.fromPlatform().rules();
	}

	/**
	 * Applies new rule settings to the open plan: saves them next to the plan file
	 * ({@code <plan>.validation.properties}) and re-checks the whole plan under them.
	 */
	public synchronized void applySettings(RuleSettings newSettings) throws IOException {
		settings = newSettings.copy();
		Optional<Path> file = PlanSession.get().file();
		if (file.isPresent()) {
			newSettings.save(RuleSettings.fileFor(file.get()));
		}
		if (live != null) {
			live.setSettings(newSettings);
			check.schedule();
		}
	}

	/** @return the latest findings of the open plan, once the first check is done */
	public Optional<ValidationResult> latest() {
		return Optional.ofNullable(latest);
	}

	/** @return true while a check is scheduled or running, or edits wait to be checked */
	public boolean isBusy() {
		Job job = check;
		LiveValidation l = live;
		return job != null && (job.getState() != Job.NONE || (l != null && l.hasPendingChanges()));
	}

	/** Listeners are told (on a worker thread) whenever the findings change. */
	public void addListener(Consumer<Optional<ValidationResult>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Optional<ValidationResult>> listener) {
		listeners.remove(listener);
	}

	private void fire() {
		Optional<ValidationResult> result = latest();
		for (Consumer<Optional<ValidationResult>> l : listeners) {
			l.accept(result);
		}
	}
}
