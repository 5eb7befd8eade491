package org.minplan.ui.table.internal;

import java.util.Collection;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Lets NatTable find Eclipse Collections' implementations under OSGi. NatTable paints through the factories of
 * {@code eclipse-collections-api} ({@code Sets.mutable} …), which find their implementations in
 * {@code eclipse-collections} with {@link java.util.ServiceLoader} through the thread's context class loader;
 * under Equinox that loader cannot see the implementation bundle's {@code META-INF/services} (the jars on
 * Maven Central carry no Service Loader Mediator headers, and SPI Fly is not in the runtime), so every paint
 * failed with "Could not find any implementations of MutableSetFactory" — logged nowhere, as NatTable logs
 * through slf4j-nop — and tables stayed blank. Initialising the factory classes once with the implementation
 * bundle as context class loader fixes their static fields for good.
 */
final class CollectionFactories {

	private static final String API = "org.eclipse.collections.api";
	private static final String IMPL = "org.eclipse.collections.impl";
	private static boolean loaded;

	private CollectionFactories() {
	}

	/** Initialises the factories of eclipse-collections-api (once; call before creating a NatTable). */
	static synchronized void ensureLoaded() {
		if (loaded) {
			return;
		}
		loaded = true;
		Bundle self = FrameworkUtil.getBundle(CollectionFactories.class);
		Bundle api = find(self, API);
		Bundle impl = find(self, IMPL);
		if (api == null || impl == null) {
			ILog.of(CollectionFactories.class).error("Eclipse Collections is not installed (" + API + ", " + IMPL
					+ "): tables cannot be painted");
			return;
		}
		BundleWiring apiWiring = api.adapt(BundleWiring.class);
		ClassLoader implLoader = impl.adapt(BundleWiring.class).getClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(implLoader);
		try {
			for (String folder : new String[] { "org/eclipse/collections/api/factory",
					"org/eclipse/collections/api/factory/primitive" }) {
				Collection<String> classes = apiWiring.listResources(folder, "*.class", 0);
				for (String resource : classes) {
					if (resource.contains("$")) {
						continue;
					}
					String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
					Class.forName(name, true, apiWiring.getClassLoader());
				}
			}
		} catch (ClassNotFoundException | LinkageError | RuntimeException e) {
			ILog.of(CollectionFactories.class).error("Could not initialise Eclipse Collections' factories", e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static Bundle find(Bundle self, String symbolicName) {
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(b.getSymbolicName()) && (b.getState() & (Bundle.RESOLVED | Bundle.STARTING
					| Bundle.ACTIVE)) != 0) {
				return b;
			}
		}
		return null;
	}
}
