package org.minplan.ui.map.internal.layers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * 矿山地质环境治理分区 (专栏22) in greens: key treatment areas (重点治理区) hatched, general treatment areas
 * (一般治理区) tinted, protection and prevention areas (保护预防区) pale with a dashed edge.
 */
public class EnvironmentalZoneLayer implements MapLayerProvider {

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getEnvironmentalZones();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return style(element instanceof EnvironmentalZone z ? z.getGrade() : null);
	}

	static MapStyle style(EnvironmentalGrade grade) {
		if (grade == null) {
			grade = EnvironmentalGrade.GENERAL_TREATMENT;
		}
		return switch (grade) {
		case KEY_TREATMENT -> MapStyle.area(MapPalette.ENV_KEY_FILL, 120, MapPalette.ENV_KEY, 1.5f)
				.withHatch(MapStyle.Hatch.DIAGONAL, MapPalette.ENV_KEY).withLabel(MapPalette.ENV_KEY, 9, false);
		case GENERAL_TREATMENT -> MapStyle.area(MapPalette.ENV_GENERAL_FILL, 130, MapPalette.ENV_GENERAL, 1.3f)
				.withLabel(MapPalette.ENV_KEY, 9, false);
		case PROTECTION_PREVENTION -> MapStyle
				.area(MapPalette.ENV_PROTECTION_FILL, 130, MapPalette.ENV_PROTECTION, 1.2f).withDash(5, 3)
				.withLabel(MapPalette.ENV_KEY, 9, false);
		};
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		return Optional.ofNullable(element.getName()).or(() -> Optional.ofNullable(element.getCode()));
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		Set<EnvironmentalGrade> grades = EnumSet.noneOf(EnvironmentalGrade.class);
		for (EnvironmentalZone z : plan.getEnvironmentalZones()) {
			if (z.getGeometry() != null) {
				grades.add(z.getGrade() == null ? EnvironmentalGrade.GENERAL_TREATMENT : z.getGrade());
			}
		}
		List<LegendEntry> entries = new ArrayList<>();
		for (EnvironmentalGrade g : grades) {
			entries.add(new LegendEntry(MapTexts.get("legend.env." + g.getName()), style(g)));
		}
		return entries;
	}
}
