package org.minplan.ui.map.tests;

import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;

/** A layer contributed by a bundle other than the map's (this test bundle): the seats of the counties. */
public class ContributedLayer implements MapLayerProvider {

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return List.of();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return MapStyle.outline(new RGB(0, 0, 0), 1);
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		return List.of();
	}
}
