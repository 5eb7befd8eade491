package org.minplan.ui.map.internal.layers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineralCategory;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;
import org.minplan.ui.map.internal.MapTexts;

/**
 * 矿山 (专栏6): mines as point symbols — colour and shape by the mineral's category, size by the mine's scale
 * (大型 largest); green mines (绿色矿山) get a green outline.
 */
public class MineLayer implements MapLayerProvider {

	private static final RGB GREEN_MINE = new RGB(0, 150, 60);
	/** Styles by category, scale and green-mine flag: asked for every mine drawn, made once. */
	private final MapStyle[] styles = new MapStyle[(MineralCategory.VALUES.size() + 1) * 5 * 2];

	@Override
	public List<? extends SpatialElement> elements(Plan plan) {
		return plan.getMines();
	}

	@Override
	public MapStyle style(SpatialElement element) {
		if (!(element instanceof Mine mine)) {
			return MapStyle.point(MapStyle.Symbol.CIRCLE, new RGB(120, 120, 120), 7);
		}
		MineralCategory category = MapPalette.categoryOf(mine.getMineral());
		MineScale scale = mine.getScale();
		int key = ((category == null ? 0 : category.getValue() + 1) * 5 + (scale == null ? 4 : scale.getValue())) * 2
				+ (mine.isGreenMine() ? 1 : 0);
		MapStyle style = styles[key];
		if (style == null) {
			style = MapStyle.point(MapPalette.symbol(category), MapPalette.category(category), MapPalette.size(scale))
					.withLabel(new RGB(40, 40, 40), 8, false);
			style = mine.isGreenMine() ? style.withLine(GREEN_MINE) : style;
			styles[key] = style;
		}
		return style;
	}

	@Override
	public Optional<String> label(SpatialElement element) {
		return Optional.ofNullable(element.getName()).filter(n -> !n.isBlank())
				.or(() -> Optional.ofNullable(element.getCode()));
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		Set<MineralCategory> categories = EnumSet.noneOf(MineralCategory.class);
		Set<MineScale> scales = EnumSet.noneOf(MineScale.class);
		boolean unknown = false;
		for (Mine mine : plan.getMines()) {
			if (mine.getGeometry() == null) {
				continue;
			}
			MineralCategory c = MapPalette.categoryOf(mine.getMineral());
			if (c == null) {
				unknown = true;
			} else {
				categories.add(c);
			}
			if (mine.getScale() != null) {
				scales.add(mine.getScale());
			}
		}
		List<LegendEntry> entries = new ArrayList<>();
		for (MineralCategory c : categories) {
			entries.add(new LegendEntry(MapTexts.get("legend.category." + c.getName()),
					MapStyle.point(MapPalette.symbol(c), MapPalette.category(c), 10)));
		}
		if (unknown) {
			entries.add(new LegendEntry(MapTexts.get("legend.otherMineral"),
					MapStyle.point(MapStyle.Symbol.CIRCLE, MapPalette.category(null), 10)));
		}
		for (MineScale s : scales) {
			entries.add(new LegendEntry(MapTexts.get("legend.scale." + s.getName()),
					MapStyle.point(MapStyle.Symbol.CIRCLE, new RGB(255, 255, 255), MapPalette.size(s))));
		}
		return entries;
	}
}
