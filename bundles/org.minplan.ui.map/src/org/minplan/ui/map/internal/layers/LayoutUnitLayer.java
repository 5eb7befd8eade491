package org.minplan.ui.map.internal.layers;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.model.MinplanPackage;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;

/** 勘查开发总体布局 (一翼两带五区, 专栏15): the layout units' extents as broad amber dotted outlines. */
public class LayoutUnitLayer implements MapLayerProvider {

	private static final MapStyle STYLE = MapStyle.outline(MapPalette.LAYOUT_LINE, 3f).withDash(2, 5)
			.withLabel(new RGB(150, 95, 0), 11, true);

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getLayoutUnits();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return STYLE;
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		return Optional.ofNullable(element.getName());
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		return List.of(new LegendEntry(PlanLabels.typeName(MinplanPackage.Literals.LAYOUT_UNIT), STYLE));
	}

	@Override
	public boolean recolourable() {
		return false;
	}
}
