package org.minplan.ui.map.internal.layers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.SpatialElement;
import org.minplan.model.ZoneKind;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * 规划分区: key exploration zones (重点勘查区, blue dashed), key mining zones (重点开采区, red dashed), energy
 * resource bases and national planned mining areas (grey and violet), lightly tinted so blocks inside stay clear.
 */
public class ZoneLayer implements MapLayerProvider {

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getZones();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return style(element instanceof PlanningZone z ? z.getKind() : null);
	}

	static MapStyle style(ZoneKind kind) {
		if (kind == null) {
			return MapStyle.area(new RGB(220, 220, 220), 50, new RGB(90, 90, 90), 2f).withDash(8, 4);
		}
		return switch (kind) {
		case KEY_EXPLORATION_ZONE -> MapStyle.area(new RGB(198, 219, 239), 80, new RGB(8, 81, 156), 2.2f)
				.withDash(10, 4).withLabel(new RGB(8, 81, 156), 9, false);
		case KEY_MINING_ZONE -> MapStyle.area(new RGB(252, 187, 161), 80, new RGB(165, 15, 21), 2.2f)
				.withDash(10, 4).withLabel(new RGB(165, 15, 21), 9, false);
		case ENERGY_BASE -> MapStyle.area(new RGB(217, 217, 217), 70, new RGB(60, 60, 60), 2.6f)
				.withDash(14, 4, 3, 4).withLabel(new RGB(50, 50, 50), 9, false);
		case NATIONAL_PLANNED_MINING_AREA -> MapStyle.area(new RGB(218, 218, 235), 70, new RGB(84, 39, 143), 2.6f)
				.withDash(14, 4, 3, 4).withHatch(MapStyle.Hatch.BACK_DIAGONAL, new RGB(188, 189, 220))
				.withLabel(new RGB(84, 39, 143), 9, false);
		};
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		return Optional.ofNullable(element.getName()).or(() -> Optional.ofNullable(element.getCode()));
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		Set<ZoneKind> kinds = EnumSet.noneOf(ZoneKind.class);
		for (PlanningZone z : plan.getZones()) {
			if (z.getKind() != null && z.getGeometry() != null) {
				kinds.add(z.getKind());
			}
		}
		List<LegendEntry> entries = new ArrayList<>();
		for (ZoneKind kind : kinds) {
			entries.add(new LegendEntry(MapTexts.get("legend.zone." + kind.getName()), style(kind)));
		}
		return entries;
	}

	@Override
	public boolean recolourable() {
		return false;
	}
}
