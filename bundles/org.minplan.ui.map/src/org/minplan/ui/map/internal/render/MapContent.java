package org.minplan.ui.map.internal.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.locationtech.jts.geom.Envelope;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.LayerDescriptor;

/**
 * What the map shows of one plan: per layer, the features of its elements (geometry transformed once into the
 * display system) in a spatial index, and the user's settings of the layer (shown, opacity, position).
 * <p>
 * Watches the plan: a changed geometry re-transforms only that element, added or removed elements join or
 * leave their layers. Changes are collected and applied by {@link #flush()} (once per batch of notifications);
 * {@link #setChangeListener} is told that there is something to flush.
 */
public final class MapContent {

	/** One layer of this map: the contribution, the user's settings and the features. */
	public final class Layer {
		private final LayerDescriptor descriptor;
		private boolean visible;
		private int opacity;
		private final Map<SpatialElement, MapFeature> features = new LinkedHashMap<>();
		private final FeatureIndex index = new FeatureIndex();

		Layer(LayerDescriptor descriptor) {
			this.descriptor = descriptor;
			this.visible = descriptor.visible();
			this.opacity = descriptor.opacity();
		}

		/** @return the contribution */
		public LayerDescriptor descriptor() {
			return descriptor;
		}

		/** @return whether the layer is shown (hidden layers are neither drawn nor hit-tested) */
		public boolean visible() {
			return visible;
		}

		public void setVisible(boolean visible) {
			this.visible = visible;
		}

		/** @return the opacity in percent */
		public int opacity() {
			return opacity;
		}

		public void setOpacity(int opacity) {
			this.opacity = Math.max(0, Math.min(100, opacity));
		}

		/** @return the features, in plan order */
		public Collection<MapFeature> features() {
			return Collections.unmodifiableCollection(features.values());
		}

		/** @return the feature of {@code element} in this layer */
		public Optional<MapFeature> feature(EObject element) {
			return Optional.ofNullable(features.get(element));
		}

		/** Calls {@code visitor} with every feature whose envelope intersects {@code area}. */
		public void query(Envelope area, Consumer<MapFeature> visitor) {
			index.query(area, visitor);
		}

		@Override
		public String toString() {
			return descriptor.id();
		}
	}

	private final Plan plan;
	private final DisplayCrs crs;
	private final List<Layer> layers = new ArrayList<>();
	private final Set<SpatialElement> dirtyGeometry = Collections.newSetFromMap(new IdentityHashMap<>());
	private boolean dirtyMembership;
	private boolean dirtyStyle;
	/** The extent of everything, computed when asked after a change. */
	private Envelope extent;
	private Runnable changeListener = () -> {
	};
	private final EContentAdapter watcher = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (n.isTouch()) {
				return;
			}
			if (n.getFeature() == MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY
					&& n.getNotifier() instanceof SpatialElement element) {
				dirtyGeometry.add(element);
			} else if (n.getNotifier() instanceof Plan) {
				dirtyMembership = true;
			} else {
				dirtyStyle = true;
				dirtyMembership = true; // a changed kind or grade may move an element to another layer
			}
			changeListener.run();
		}
	};

	/**
	 * @param plan   the plan shown
	 * @param layers the layers, bottom first
	 * @param crs    the display system
	 */
	public MapContent(Plan plan, List<LayerDescriptor> layers, DisplayCrs crs) {
		this.plan = plan;
		this.crs = crs;
		for (LayerDescriptor d : layers) {
			this.layers.add(new Layer(d));
		}
		for (Layer layer : this.layers) {
			rebuild(layer);
		}
	}

	/** Starts watching the plan for changes. */
	public void watch() {
		plan.eAdapters().add(watcher);
	}

	/** Stops watching the plan. */
	public void dispose() {
		plan.eAdapters().remove(watcher);
	}

	/** @param listener told (on the thread that changed the model) that {@link #flush()} has work */
	public void setChangeListener(Runnable listener) {
		this.changeListener = listener;
	}

	/** @return the plan shown */
	public Plan plan() {
		return plan;
	}

	/** @return the display system */
	public DisplayCrs crs() {
		return crs;
	}

	/** @return the layers, bottom (drawn first) to top */
	public List<Layer> layers() {
		return Collections.unmodifiableList(layers);
	}

	/** @return the layer with this id */
	public Optional<Layer> layer(String id) {
		return layers.stream().filter(l -> l.descriptor.id().equals(id)).findFirst();
	}

	/** Moves {@code layer} to position {@code index} (0 = bottom). */
	public void move(Layer layer, int index) {
		if (layers.remove(layer)) {
			layers.add(Math.max(0, Math.min(layers.size(), index)), layer);
		}
	}

	/**
	 * Applies the changes collected since the last call.
	 *
	 * @return true when anything that is drawn may have changed
	 */
	public boolean flush() {
		boolean changed = dirtyStyle || dirtyMembership || !dirtyGeometry.isEmpty();
		if (dirtyMembership || !dirtyGeometry.isEmpty()) {
			extent = null;
		}
		if (dirtyMembership) {
			for (Layer layer : layers) {
				updateMembership(layer);
			}
		}
		if (!dirtyMembership && !dirtyGeometry.isEmpty()) { // membership updates re-transform changed shapes too
			for (SpatialElement element : dirtyGeometry) {
				for (Layer layer : layers) {
					MapFeature old = layer.features.get(element);
					if (old != null) {
						replace(layer, element, old.order());
					}
				}
			}
		}
		dirtyGeometry.clear();
		dirtyMembership = false;
		dirtyStyle = false;
		return changed;
	}

	private void rebuild(Layer layer) {
		layer.features.clear();
		List<? extends SpatialElement> elements = elementsOf(layer);
		int order = 0;
		for (SpatialElement e : elements) {
			feature(layer, e, order++).ifPresent(f -> layer.features.put(e, f));
		}
		layer.index.reset(layer.features.values());
	}

	private List<? extends SpatialElement> elementsOf(Layer layer) {
		try {
			return layer.descriptor.provider().elements(plan);
		} catch (RuntimeException e) {
			ILog.of(MapContent.class).error("Map layer " + layer.descriptor.id() + " of bundle "
					+ layer.descriptor.contributor() + " failed to list its elements", e);
			return List.of();
		}
	}

	private void updateMembership(Layer layer) {
		List<? extends SpatialElement> elements = elementsOf(layer);
		Set<SpatialElement> now = Collections.newSetFromMap(new IdentityHashMap<>());
		int order = 0;
		for (SpatialElement e : elements) {
			now.add(e);
			MapFeature existing = layer.features.get(e);
			if (existing == null) {
				int o = order;
				feature(layer, e, o).ifPresent(f -> {
					layer.features.put(e, f);
					layer.index.add(f);
				});
			} else if (!sameShape(existing, layer, e)) {
				replace(layer, e, order);
			}
			order++;
		}
		for (var it = layer.features.entrySet().iterator(); it.hasNext();) {
			var entry = it.next();
			if (!now.contains(entry.getKey())) {
				layer.index.remove(entry.getValue());
				it.remove();
			}
		}
	}

	private boolean sameShape(MapFeature feature, Layer layer, SpatialElement e) {
		Optional<Shape> shape = layer.descriptor.provider().geometry(e);
		return shape.isPresent() && shape.get() == feature.shape();
	}

	private void replace(Layer layer, SpatialElement element, int order) {
		MapFeature old = layer.features.remove(element);
		if (old != null) {
			layer.index.remove(old);
		}
		feature(layer, element, order).ifPresent(f -> {
			layer.features.put(element, f);
			layer.index.add(f);
		});
	}

	private Optional<MapFeature> feature(Layer layer, SpatialElement element, int order) {
		Optional<Shape> shape;
		try {
			shape = layer.descriptor.provider().geometry(element);
		} catch (RuntimeException e) {
			ILog.of(MapContent.class).error("Map layer " + layer.descriptor.id() + " failed on an element", e);
			return Optional.empty();
		}
		if (shape.isEmpty()) {
			return Optional.empty();
		}
		try {
			return MapFeature.of(element, shape.get(), crs, !layer.descriptor.editable(), order);
		} catch (IllegalArgumentException e) {
			ILog.of(MapContent.class).warn("Cannot draw " + element.getCode() + " (" + element.getName() + "): "
					+ e.getMessage());
			return Optional.empty();
		}
	}

	/** @return the envelope of every feature of every layer (the whole plan), empty when there is none */
	public Envelope extent() {
		if (extent == null) {
			Envelope all = new Envelope();
			for (Layer layer : layers) {
				for (MapFeature f : layer.features.values()) {
					all.expandToInclude(f.envelope());
				}
			}
			extent = all;
		}
		return new Envelope(extent);
	}

	/** @return the features of {@code element} in every layer that draws it */
	public List<MapFeature> featuresOf(EObject element) {
		List<MapFeature> result = new ArrayList<>();
		for (Layer layer : layers) {
			MapFeature f = layer.features.get(element);
			if (f != null) {
				result.add(f);
			}
		}
		return result;
	}

	/** @return the first layer drawing {@code element} */
	public Optional<Layer> layerOf(EObject element) {
		return layers.stream().filter(l -> l.features.containsKey(element)).findFirst();
	}
}
