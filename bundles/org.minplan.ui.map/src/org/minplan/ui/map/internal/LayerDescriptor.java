package org.minplan.ui.map.internal;

import org.minplan.ui.map.MapLayerProvider;

/**
 * A layer as contributed to {@code org.minplan.ui.map.layers}: its provider and the settings the contribution
 * gives (defaults the user may change per map).
 *
 * @param id            unique id, e.g. {@code org.minplan.ui.map.layers.miningBlocks}
 * @param name          name shown in the layer list and legend
 * @param contributor   symbolic name of the contributing bundle (for messages)
 * @param order         drawing order: smaller is drawn first (lower)
 * @param visible       whether the layer is shown when a map opens
 * @param opacity       opacity in percent, 0–100
 * @param editable      whether its elements can be moved and reshaped on the map
 * @param labelScale    labels are written when the map scale is 1:N with N ≤ labelScale; 0 never, negative always
 * @param labelPriority labels of smaller priority are placed first and win conflicts
 * @param provider      the contributed implementation
 */
public record LayerDescriptor(String id, String name, String contributor, int order, boolean visible, int opacity,
		boolean editable, long labelScale, int labelPriority, MapLayerProvider provider) {
}
