package org.minplan.ui.table.internal;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;

/**
 * Tells the table views of every change to the open plan, whoever made it (tables, explorer, properties,
 * undo): one content adapter on the open plan, moved when another plan is opened. Listeners are called on the
 * thread that changed the model (the UI thread for commands) and should only schedule their refresh.
 */
public final class PlanChanges {

	/** Told of a change to the open plan, or that another plan was opened ({@code notification} null). */
	@FunctionalInterface
	public interface Listener {
		void changed(Notification notification);
	}

	private static PlanChanges instance;

	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				for (Listener l : listeners) {
					l.changed(notification);
				}
			}
		}
	};
	private Plan plan;

	private PlanChanges() {
		PlanSession.get().addListener(this::planChanged);
		planChanged(PlanSession.get().plan());
	}

	/** @return the changes of the workbench's open plan (access from the UI thread) */
	public static synchronized PlanChanges get() {
		if (instance == null) {
			instance = new PlanChanges();
		}
		return instance;
	}

	private void planChanged(Optional<Plan> opened) {
		if (plan != null) {
			plan.eAdapters().remove(adapter);
		}
		plan = opened.orElse(null);
		if (plan != null) {
			plan.eAdapters().add(adapter);
		}
		for (Listener l : listeners) {
			l.changed(null);
		}
	}

	/** Adds a listener. */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** Removes a listener. */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
