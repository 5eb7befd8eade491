package org.minplan.ui.map.internal.layers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapColouring;
import org.minplan.ui.map.MapStyle;

/** 按县着色: elements coloured by the county-level unit they lie in, one pale colour per county. */
public class CountyColouring implements MapColouring {

	@Override
	public Optional<RGB> colour(SpatialElement element) {
		AdministrativeDivision county = element.getCounty();
		if (county == null) {
			return Optional.empty();
		}
		return Optional.of(MapPalette.qualitative(indexOf(county)));
	}

	private static int indexOf(AdministrativeDivision county) {
		EObject container = county.eContainer();
		if (container instanceof Plan plan) {
			int i = 0;
			for (AdministrativeDivision d : plan.getDivisions()) {
				if (d == county) {
					return i;
				}
				if (CountyLayer.isCountyLevel(d)) {
					i++;
				}
			}
		}
		return 0;
	}

	@Override
	public List<LegendEntry> legend(Collection<? extends SpatialElement> shown) {
		Map<AdministrativeDivision, Integer> counts = new LinkedHashMap<>();
		for (SpatialElement e : shown) {
			if (e.getCounty() != null) {
				counts.merge(e.getCounty(), 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().sorted((a, b) -> indexOf(a.getKey()) - indexOf(b.getKey()))
				.map(en -> new LegendEntry(en.getKey().getName() + " (" + en.getValue() + ")",
						MapStyle.area(MapPalette.qualitative(indexOf(en.getKey())), 220, new RGB(120, 120, 120), 1)))
				.toList();
	}
}
