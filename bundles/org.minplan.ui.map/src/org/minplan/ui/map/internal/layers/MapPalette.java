package org.minplan.ui.map.internal.layers;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MineScale;
import org.minplan.render.PlanningPalette;
import org.minplan.ui.map.MapStyle;

/**
 * Colours and symbols of the planning map as SWT colours: those of {@link PlanningPalette} (shared with the maps
 * drawn without a display for reports), plus the colours of the conditional colourings.
 */
public final class MapPalette {

	public static final RGB BOUNDARY = rgb(PlanningPalette.BOUNDARY);
	public static final RGB EXPLORATION_LINE = rgb(PlanningPalette.EXPLORATION_LINE);
	public static final RGB EXPLORATION_FILL = rgb(PlanningPalette.EXPLORATION_FILL);
	public static final RGB MINING_LINE = rgb(PlanningPalette.MINING_LINE);
	public static final RGB MINING_FILL = rgb(PlanningPalette.MINING_FILL);
	public static final RGB CONCENTRATED_LINE = rgb(PlanningPalette.CONCENTRATED_LINE);
	public static final RGB CONCENTRATED_FILL = rgb(PlanningPalette.CONCENTRATED_FILL);
	public static final RGB ENV_KEY = rgb(PlanningPalette.ENV_KEY);
	public static final RGB ENV_KEY_FILL = rgb(PlanningPalette.ENV_KEY_FILL);
	public static final RGB ENV_GENERAL = rgb(PlanningPalette.ENV_GENERAL);
	public static final RGB ENV_GENERAL_FILL = rgb(PlanningPalette.ENV_GENERAL_FILL);
	public static final RGB ENV_PROTECTION = rgb(PlanningPalette.ENV_PROTECTION);
	public static final RGB ENV_PROTECTION_FILL = rgb(PlanningPalette.ENV_PROTECTION_FILL);
	public static final RGB PIT_LINE = rgb(PlanningPalette.PIT_LINE);
	public static final RGB PIT_FILL = rgb(PlanningPalette.PIT_FILL);
	public static final RGB LAYOUT_LINE = rgb(PlanningPalette.LAYOUT_LINE);

	private MapPalette() {
	}

	/** @return the colour of a mineral category on the map */
	public static RGB category(MineralCategory category) {
		return rgb(PlanningPalette.category(category));
	}

	/** @return the symbol shape of a mineral category: energy squares, metals circles, non-metals triangles */
	public static MapStyle.Symbol symbol(MineralCategory category) {
		return MapStyle.Symbol.valueOf(PlanningPalette.symbol(category).name());
	}

	/** @return the symbol size of a mine scale in pixels (大型 largest) */
	public static int size(MineScale scale) {
		return PlanningPalette.size(scale);
	}

	/** @return an 0xRRGGBB colour as SWT's */
	private static RGB rgb(int rgb) {
		return new RGB(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
	}

	/** @return the category of a mineral, null when unknown */
	public static MineralCategory categoryOf(Mineral mineral) {
		return mineral == null ? null : mineral.getCategory();
	}

	/** @return a distinct colour for the {@code index}-th mineral of a category: the category hue, lighter */
	public static RGB variant(RGB base, int index) {
		float[] hsb = base.getHSB();
		int step = index % 5;
		float saturation = Math.max(0.15f, hsb[1] - 0.14f * step);
		float brightness = Math.min(1f, hsb[2] + 0.09f * step);
		float hue = (hsb[0] + 9 * (index / 5)) % 360;
		return new RGB(hue, saturation, brightness);
	}

	/** Qualitative colours for counties, pale enough to read labels on. */
	private static final RGB[] QUALITATIVE = { new RGB(141, 211, 199), new RGB(255, 237, 160), new RGB(190, 186, 218),
			new RGB(251, 128, 114), new RGB(128, 177, 211), new RGB(253, 180, 98), new RGB(179, 222, 105),
			new RGB(252, 205, 229), new RGB(188, 128, 189), new RGB(204, 235, 197), new RGB(255, 255, 179),
			new RGB(217, 217, 217) };

	/** @return the {@code index}-th qualitative colour */
	public static RGB qualitative(int index) {
		return QUALITATIVE[Math.floorMod(index, QUALITATIVE.length)];
	}
}
