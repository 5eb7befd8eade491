package org.minplan.ui.map.internal.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Spatial index of one layer's features for culling and hit tests: a packed JTS {@link STRtree} plus the
 * features added or removed since it was packed (an STRtree cannot change once built). Editing one block
 * therefore costs no rebuild; the tree is repacked only when many changes have piled up.
 */
final class FeatureIndex {

	private static final int NODE_CAPACITY = 16;
	private static final int REBUILD_AFTER = 256;

	private STRtree tree = new STRtree(NODE_CAPACITY);
	private final Set<MapFeature> all = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<MapFeature> removed = Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<MapFeature> added = new ArrayList<>();

	/** Replaces the content with {@code features} and packs the tree. */
	void reset(Collection<MapFeature> features) {
		all.clear();
		all.addAll(features);
		rebuild();
	}

	private void rebuild() {
		tree = new STRtree(NODE_CAPACITY);
		for (MapFeature f : all) {
			tree.insert(f.envelope(), f);
		}
		tree.build();
		removed.clear();
		added.clear();
	}

	void add(MapFeature feature) {
		all.add(feature);
		if (!removed.remove(feature)) {
			added.add(feature);
		}
		maybeRebuild();
	}

	void remove(MapFeature feature) {
		if (all.remove(feature) && !added.remove(feature)) {
			removed.add(feature);
		}
		maybeRebuild();
	}

	private void maybeRebuild() {
		if (added.size() + removed.size() > REBUILD_AFTER) {
			rebuild();
		}
	}

	/** Calls {@code visitor} with every feature whose envelope intersects {@code area}. */
	void query(Envelope area, Consumer<MapFeature> visitor) {
		tree.query(area, item -> {
			MapFeature f = (MapFeature) item;
			if (!removed.contains(f)) {
				visitor.accept(f);
			}
		});
		for (MapFeature f : added) {
			if (f.envelope().intersects(area)) {
				visitor.accept(f);
			}
		}
	}

	/** @return the number of features */
	int size() {
		return all.size();
	}
}
