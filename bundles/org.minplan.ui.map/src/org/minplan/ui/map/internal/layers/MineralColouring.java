package org.minplan.ui.map.internal.layers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Block;
import org.minplan.model.Mine;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapColouring;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * 按矿种着色: blocks and mines coloured by their mineral — the hue of the mineral's category (the same as the mine
 * symbols), a lighter or shifted shade per mineral of that category.
 */
public class MineralColouring implements MapColouring {

	private static final int LEGEND_LINES = 14;
	private final Map<Mineral, RGB> colours = new WeakHashMap<>();

	@Override
	public Optional<RGB> colour(SpatialElement element) {
		return mineralOf(element).map(this::colourOf);
	}

	static Optional<Mineral> mineralOf(SpatialElement element) {
		if (element instanceof Block b) {
			return Optional.ofNullable(b.getMineral());
		}
		if (element instanceof Mine m) {
			return Optional.ofNullable(m.getMineral());
		}
		return Optional.empty();
	}

	private RGB colourOf(Mineral mineral) {
		return colours.computeIfAbsent(mineral, m -> {
			int index = 0;
			EObject container = m.eContainer();
			if (container instanceof Plan plan) {
				for (Mineral other : plan.getMinerals()) {
					if (other == m) {
						break;
					}
					if (other.getCategory() == m.getCategory()) {
						index++;
					}
				}
			}
			return MapPalette.variant(MapPalette.category(m.getCategory()), index);
		});
	}

	@Override
	public List<LegendEntry> legend(Collection<? extends SpatialElement> shown) {
		Map<Mineral, Integer> counts = new LinkedHashMap<>();
		for (SpatialElement e : shown) {
			mineralOf(e).ifPresent(m -> counts.merge(m, 1, Integer::sum));
		}
		List<Map.Entry<Mineral, Integer>> sorted = new ArrayList<>(counts.entrySet());
		sorted.sort((a, b) -> b.getValue() - a.getValue());
		List<LegendEntry> entries = new ArrayList<>();
		for (int i = 0; i < sorted.size() && i < LEGEND_LINES; i++) {
			Mineral m = sorted.get(i).getKey();
			entries.add(new LegendEntry(m.getName() + " (" + sorted.get(i).getValue() + ")",
					MapStyle.area(colourOf(m), 200, colourOf(m), 1)));
		}
		if (sorted.size() > LEGEND_LINES) {
			entries.add(new LegendEntry(MapTexts.get("legend.moreMinerals", sorted.size() - LEGEND_LINES),
					MapStyle.outline(new RGB(150, 150, 150), 1)));
		}
		return entries;
	}
}
