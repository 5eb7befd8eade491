package org.minplan.ui.map.internal.layers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.SpatialElement;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapColouring;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.findings.FindingsTracker;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.render.Badges;

/**
 * 按审查结果着色: elements coloured by their most serious validation finding (red errors, orange warnings, blue
 * remarks, pale grey without findings), from the {@link org.minplan.ui.findings.ElementFindings} services registered.
 */
public class SeverityColouring implements MapColouring {

	private static final RGB CLEAN = new RGB(215, 225, 215);

	@Override
	public Optional<RGB> colour(SpatialElement element) {
		return Optional.of(FindingsTracker.get().severity(element).map(Badges::colour).orElse(CLEAN));
	}

	@Override
	public List<LegendEntry> legend(Collection<? extends SpatialElement> shown) {
		Map<FindingSeverity, Integer> counts = new EnumMap<>(FindingSeverity.class);
		int clean = 0;
		for (SpatialElement e : shown) {
			Optional<FindingSeverity> s = FindingsTracker.get().severity(e);
			if (s.isPresent()) {
				counts.merge(s.get(), 1, Integer::sum);
			} else {
				clean++;
			}
		}
		List<LegendEntry> entries = new ArrayList<>();
		for (FindingSeverity s : new FindingSeverity[] { FindingSeverity.ERROR, FindingSeverity.WARNING,
				FindingSeverity.INFO }) {
			entries.add(new LegendEntry(
					MapTexts.get("severity." + s.name().toLowerCase(java.util.Locale.ROOT), counts.getOrDefault(s, 0)),
					MapStyle.area(Badges.colour(s), 220, Badges.colour(s), 1)));
		}
		entries.add(new LegendEntry(MapTexts.get("severity.none", clean), MapStyle.area(CLEAN, 220, CLEAN, 1)));
		if (!FindingsTracker.get().available()) {
			entries.add(new LegendEntry(MapTexts.get("severity.noValidation"),
					MapStyle.outline(new RGB(160, 160, 160), 1)));
		}
		return entries;
	}
}
