package org.minplan.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.model.provider.MinplanItemProviderAdapterFactory;

/**
 * The plan open in the workbench, with the editing domain every view edits it through: one command stack,
 * so undo/redo covers edits made anywhere. Views listen for a plan being opened or closed.
 * <p>
 * Access from the UI thread; loading itself may run in a job (see {@link #load(Path)}).
 */
public final class PlanSession {

	/** Told when the open plan changes (opened, closed, replaced). */
	@FunctionalInterface
	public interface Listener {
		void planChanged(Optional<Plan> plan);
	}

	private static final PlanSession INSTANCE = new PlanSession();

	private final ComposedAdapterFactory adapterFactory;
	private final PlanStore store = new PlanStore();
	private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
	private final CopyOnWriteArrayList<CommandStackListener> stackListeners = new CopyOnWriteArrayList<>();
	private AdapterFactoryEditingDomain domain;
	private Plan plan;
	private Path file;
	private final PlanSaveable saveable = new PlanSaveable(this);

	private PlanSession() {
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new MinplanItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = newDomain();
	}

	/** @return the workbench's session */
	public static PlanSession get() {
		return INSTANCE;
	}

	private AdapterFactoryEditingDomain newDomain() {
		AdapterFactoryEditingDomain d = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
		ResourceSet set = store.newResourceSet();
		d.getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap()
				.putAll(set.getResourceFactoryRegistry().getExtensionToFactoryMap());
		d.getResourceSet().getLoadOptions().putAll(set.getLoadOptions());
		return d;
	}

	/** @return the item providers of the model (labels, icons, properties, commands) */
	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the editing domain of the open plan */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return the open plan, if any */
	public Optional<Plan> plan() {
		return Optional.ofNullable(plan);
	}

	/** @return the file of the open plan, if any */
	public Optional<Path> file() {
		return Optional.ofNullable(file);
	}

	/** @return the store used for loading and saving */
	public PlanStore store() {
		return store;
	}

	/**
	 * Reads a plan file into a fresh editing domain without touching the open plan (safe off the UI thread);
	 * pass the result to {@link #show(Loaded)} on the UI thread.
	 */
	public Loaded load(Path path) throws PlanFileException {
		AdapterFactoryEditingDomain fresh = newDomain();
		Plan loaded = store.load(path, fresh.getResourceSet());
		return new Loaded(path.toAbsolutePath(), loaded, fresh);
	}

	/** Makes a loaded plan the open plan and tells the listeners. */
	public void show(Loaded loaded) {
		switchDomain(loaded.domain());
		this.plan = loaded.plan();
		this.file = loaded.file();
		fire();
	}

	/** Saves the open plan to its file (atomically) and marks the command stack saved. */
	public void save() throws IOException {
		if (plan == null || file == null) {
			return;
		}
		store.save(plan, file);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
	}

	/**
	 * Saves the open plan under a new name (atomically) and makes that file the plan's file; the old file is
	 * left as it was.
	 */
	public void saveAs(Path target) throws IOException {
		if (plan == null) {
			return;
		}
		Path absolute = target.toAbsolutePath();
		store.save(plan, absolute);
		plan.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(absolute.toString()));
		file = absolute;
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		fire();
	}

	/** Closes the open plan without saving (the caller asked the user first). */
	public void close() {
		plan = null;
		file = null;
		switchDomain(newDomain());
		fire();
	}

	/** @return the saveable the workbench uses to prompt for and perform saving the open plan */
	public PlanSaveable saveable() {
		return saveable;
	}

	/** @return true when the open plan has edits not yet saved */
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/**
	 * Listens to the command stack of the open plan, whichever plan that is: the listener moves to the new
	 * command stack when another plan is opened.
	 */
	public void addCommandStackListener(CommandStackListener listener) {
		stackListeners.add(listener);
		domain.getCommandStack().addCommandStackListener(listener);
	}

	/** Stops a command-stack listener. */
	public void removeCommandStackListener(CommandStackListener listener) {
		stackListeners.remove(listener);
		domain.getCommandStack().removeCommandStackListener(listener);
	}

	private void switchDomain(AdapterFactoryEditingDomain next) {
		for (CommandStackListener l : stackListeners) {
			domain.getCommandStack().removeCommandStackListener(l);
			next.getCommandStack().addCommandStackListener(l);
		}
		domain = next;
	}

	/** Adds a listener for plans being opened or closed. */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** Removes a listener. */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Listener l : listeners) {
			l.planChanged(plan());
		}
	}

	/** A plan read from a file, ready to be shown. */
	public record Loaded(Path file, Plan plan, AdapterFactoryEditingDomain domain) {
	}
}
