package org.minplan.ui.map.internal.layers;

import org.eclipse.swt.graphics.RGB;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MineScale;
import org.minplan.ui.map.MapStyle;

/**
 * Colours and symbols of the planning map, after the usual conventions of Chinese mineral resources planning
 * maps (矿产资源规划图): exploration blue, mining red, sand-gravel areas brown-orange, geological-environment
 * zones green, administrative boundaries purple dash-dot; mines coloured by mineral category (能源 black,
 * 黑色金属 slate blue, 有色金属 red, 贵金属 gold, 非金属 green…) and sized by scale.
 */
public final class MapPalette {

	public static final RGB BOUNDARY = new RGB(122, 32, 140);
	public static final RGB EXPLORATION_LINE = new RGB(0, 102, 204);
	public static final RGB EXPLORATION_FILL = new RGB(173, 206, 240);
	public static final RGB MINING_LINE = new RGB(200, 16, 16);
	public static final RGB MINING_FILL = new RGB(250, 184, 184);
	public static final RGB CONCENTRATED_LINE = new RGB(184, 84, 12);
	public static final RGB CONCENTRATED_FILL = new RGB(253, 198, 140);
	public static final RGB ENV_KEY = new RGB(27, 120, 55);
	public static final RGB ENV_KEY_FILL = new RGB(166, 219, 160);
	public static final RGB ENV_GENERAL = new RGB(65, 171, 93);
	public static final RGB ENV_GENERAL_FILL = new RGB(204, 235, 197);
	public static final RGB ENV_PROTECTION = new RGB(120, 198, 121);
	public static final RGB ENV_PROTECTION_FILL = new RGB(237, 248, 233);
	public static final RGB PIT_LINE = new RGB(94, 60, 30);
	public static final RGB PIT_FILL = new RGB(166, 128, 88);
	public static final RGB LAYOUT_LINE = new RGB(204, 133, 0);

	private static final RGB UNKNOWN_MINERAL = new RGB(130, 130, 130);

	private MapPalette() {
	}

	/** @return the colour of a mineral category on the map */
	public static RGB category(MineralCategory category) {
		if (category == null) {
			return UNKNOWN_MINERAL;
		}
		return switch (category) {
		case ENERGY -> new RGB(38, 38, 38);
		case FERROUS -> new RGB(72, 84, 168);
		case NON_FERROUS -> new RGB(215, 48, 39);
		case PRECIOUS -> new RGB(236, 172, 0);
		case RARE -> new RGB(174, 62, 160);
		case METALLURGICAL_AUXILIARY -> new RGB(140, 110, 60);
		case CHEMICAL -> new RGB(0, 150, 136);
		case BUILDING_MATERIAL -> new RGB(104, 159, 56);
		case GEMSTONE -> new RGB(233, 30, 99);
		case WATER_GAS -> new RGB(30, 136, 229);
		};
	}

	/** @return the symbol shape of a mineral category: energy squares, metals circles, non-metals triangles */
	public static MapStyle.Symbol symbol(MineralCategory category) {
		if (category == null) {
			return MapStyle.Symbol.CIRCLE;
		}
		return switch (category) {
		case ENERGY -> MapStyle.Symbol.SQUARE;
		case FERROUS, NON_FERROUS, PRECIOUS, RARE -> MapStyle.Symbol.CIRCLE;
		case METALLURGICAL_AUXILIARY, CHEMICAL, BUILDING_MATERIAL, GEMSTONE -> MapStyle.Symbol.TRIANGLE;
		case WATER_GAS -> MapStyle.Symbol.DIAMOND;
		};
	}

	/** @return the symbol size of a mine scale in pixels (大型 largest) */
	public static int size(MineScale scale) {
		if (scale == null) {
			return 7;
		}
		return switch (scale) {
		case LARGE -> 15;
		case MEDIUM -> 12;
		case SMALL -> 9;
		case TINY -> 7;
		};
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
