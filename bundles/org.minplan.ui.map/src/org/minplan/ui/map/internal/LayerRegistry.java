package org.minplan.ui.map.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.minplan.ui.map.MapColouring;
import org.minplan.ui.map.MapLayerProvider;

/**
 * Reads the extension point {@code org.minplan.ui.map.layers}: the map's layers and conditional colourings.
 * A contribution that is broken — no id, a duplicate id, a number that is not one, a class that cannot be
 * created or is of the wrong type — is logged naming the contributing bundle and left out; the others are used.
 */
public final class LayerRegistry {

	/** The extension point's id (permanent API). */
	public static final String EXTENSION_POINT = "org.minplan.ui.map.layers";

	private static LayerRegistry instance;

	private final List<LayerDescriptor> layers;
	private final List<ColouringDescriptor> colourings;
	private final List<String> problems = new ArrayList<>();

	LayerRegistry(IConfigurationElement[] elements) {
		List<LayerDescriptor> readLayers = new ArrayList<>();
		List<ColouringDescriptor> readColourings = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : elements) {
			try {
				String id = required(element, "id");
				if (!ids.add(id)) {
					throw new IllegalArgumentException("the id " + id + " is used by another contribution");
				}
				switch (element.getName()) {
				case "layer" -> readLayers.add(layer(element, id));
				case "colouring" -> readColourings.add(colouring(element, id));
				default -> throw new IllegalArgumentException("unknown element <" + element.getName() + ">");
				}
			} catch (IllegalArgumentException | CoreException | ClassCastException e) {
				String message = "Map layer contribution of bundle " + element.getContributor().getName()
						+ " to " + EXTENSION_POINT + " ignored (<" + element.getName() + " id=\""
						+ element.getAttribute("id") + "\">): " + e.getMessage();
				problems.add(message);
				ILog.of(LayerRegistry.class).error(message, e instanceof IllegalArgumentException ? null : e);
			}
		}
		readLayers.sort(Comparator.comparingInt(LayerDescriptor::order).thenComparing(LayerDescriptor::id));
		readColourings
				.sort(Comparator.comparingInt(ColouringDescriptor::order).thenComparing(ColouringDescriptor::id));
		layers = List.copyOf(readLayers);
		colourings = List.copyOf(readColourings);
	}

	/** @return the registry of the running platform (read once) */
	public static synchronized LayerRegistry get() {
		if (instance == null) {
			IExtensionRegistry registry = Platform.getExtensionRegistry();
			instance = new LayerRegistry(registry.getConfigurationElementsFor(EXTENSION_POINT));
		}
		return instance;
	}

	/** @return a registry of the given contributions (tests) */
	public static LayerRegistry of(IConfigurationElement[] elements) {
		return new LayerRegistry(elements);
	}

	private static LayerDescriptor layer(IConfigurationElement element, String id) throws CoreException {
		String name = required(element, "name");
		int order = integer(element, "order", 1000);
		boolean visible = bool(element, "visible", true);
		int opacity = integer(element, "opacity", 100);
		if (opacity < 0 || opacity > 100) {
			throw new IllegalArgumentException("opacity must be 0-100, is " + opacity);
		}
		boolean editable = bool(element, "editable", false);
		long labelScale = integer(element, "labelScale", -1);
		int labelPriority = integer(element, "labelPriority", 50);
		Object provider = element.createExecutableExtension("class");
		if (!(provider instanceof MapLayerProvider layer)) {
			throw new IllegalArgumentException(
					provider.getClass().getName() + " does not implement " + MapLayerProvider.class.getName());
		}
		return new LayerDescriptor(id, name, element.getContributor().getName(), order, visible, opacity, editable,
				labelScale, labelPriority, layer);
	}

	private static ColouringDescriptor colouring(IConfigurationElement element, String id) throws CoreException {
		String name = required(element, "name");
		int order = integer(element, "order", 1000);
		Object colouring = element.createExecutableExtension("class");
		if (!(colouring instanceof MapColouring c)) {
			throw new IllegalArgumentException(
					colouring.getClass().getName() + " does not implement " + MapColouring.class.getName());
		}
		return new ColouringDescriptor(id, name, element.getContributor().getName(), order, c);
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("attribute " + attribute + " is missing");
		}
		return value.trim();
	}

	private static int integer(IConfigurationElement element, String attribute, int fallback) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(attribute + "=\"" + value + "\" is not a whole number");
		}
	}

	private static boolean bool(IConfigurationElement element, String attribute, boolean fallback) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (!value.trim().equals("true") && !value.trim().equals("false")) {
			throw new IllegalArgumentException(attribute + "=\"" + value + "\" is neither true nor false");
		}
		return Boolean.parseBoolean(value.trim());
	}

	/** @return the layers, in drawing order (bottom first) */
	public List<LayerDescriptor> layers() {
		return layers;
	}

	/** @return the conditional colourings, in menu order */
	public List<ColouringDescriptor> colourings() {
		return colourings;
	}

	/** @return what was wrong with the contributions left out (also in the platform log) */
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
