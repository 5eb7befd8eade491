package org.minplan.ui.map.internal.layers;

import java.util.List;
import java.util.Optional;

import org.minplan.model.AbandonedPit;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;

/** 历史遗留露天采坑 (专栏23): brown cross-hatched areas (or brown squares where only a point is known). */
public class AbandonedPitLayer implements MapLayerProvider {

	private static final MapStyle AREA = MapStyle.area(MapPalette.PIT_FILL, 170, MapPalette.PIT_LINE, 1.2f)
			.withHatch(MapStyle.Hatch.CROSS, MapPalette.PIT_LINE).withLabel(MapPalette.PIT_LINE, 8, false);
	private static final MapStyle POINT = MapStyle.point(MapStyle.Symbol.SQUARE, MapPalette.PIT_FILL, 8)
			.withLabel(MapPalette.PIT_LINE, 8, false);

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getAbandonedPits();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return element.getGeometry() != null && element.getGeometry().kind() == org.minplan.model.spatial.Shape.Kind.POINT
				? POINT
				: AREA;
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		if (element instanceof AbandonedPit pit && pit.getNumber() != null && !pit.getNumber().isBlank()) {
			return Optional.of(pit.getNumber());
		}
		return MapLayerProvider.super.label(element);
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		return List.of(new LegendEntry(PlanLabels.typeName(MinplanPackage.Literals.ABANDONED_PIT), AREA));
	}
}
