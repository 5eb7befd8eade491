package org.minplan.ui.map.internal.layers;

import java.util.List;
import java.util.Optional;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * 行政区界: the prefecture's outline and the county-level units' boundaries as purple dash-dot lines, labelled
 * with the county names. XPCC units have no boundary of their own on the plan map.
 */
public class CountyLayer implements MapLayerProvider {

	private static final MapStyle COUNTY = MapStyle.outline(MapPalette.BOUNDARY, 1.6f).withDash(9, 3, 2, 3)
			.withLabel(MapPalette.BOUNDARY, 12, true);
	private static final MapStyle PREFECTURE = MapStyle.outline(MapPalette.BOUNDARY, 3f).withDash(14, 4, 3, 4)
			.withLabel(MapPalette.BOUNDARY, 14, true);

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getDivisions().stream().filter(CountyLayer::drawn).toList();
	}

	private static boolean drawn(AdministrativeDivision d) {
		return d.getKind() != DivisionKind.XPCC_DIVISION && d.getKind() != DivisionKind.XPCC_UNIT;
	}

	/** @return whether {@code d} is a county-level unit (县级行政区) whose boundary can hold blocks */
	public static boolean isCountyLevel(AdministrativeDivision d) {
		return d.getKind() == DivisionKind.COUNTY || d.getKind() == DivisionKind.COUNTY_LEVEL_CITY
				|| d.getKind() == DivisionKind.AUTONOMOUS_COUNTY;
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return element instanceof AdministrativeDivision d && d.getKind() == DivisionKind.PREFECTURE ? PREFECTURE
				: COUNTY;
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		if (element instanceof AdministrativeDivision d && d.getKind() == DivisionKind.PREFECTURE) {
			return Optional.empty();
		}
		return Optional.ofNullable(element.getName());
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		return List.of(new LegendEntry(MapTexts.get("legend.prefectureBoundary"), PREFECTURE),
				new LegendEntry(MapTexts.get("legend.countyBoundary"), COUNTY));
	}

	@Override
	public boolean recolourable() {
		return false;
	}
}
