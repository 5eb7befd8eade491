package org.minplan.render;

import org.minplan.model.MineScale;
import org.minplan.model.MineralCategory;

/**
 * The colours and mine symbols of the planning map (矿产资源规划图), after the usual conventions of Chinese
 * mineral resources planning maps: exploration blue, mining red, sand-gravel areas brown-orange,
 * geological-environment zones green, administrative boundaries purple; mines coloured by mineral category
 * (能源 black, 黑色金属 slate blue, 有色金属 red, 贵金属 gold, 非金属 green …), shaped by category and sized by
 * scale. The one definition for the maps drawn without a display (reports) and the workbench's interactive
 * map, so both look the same. Colours are 0xRRGGBB.
 */
public final class PlanningPalette {

	public static final int BOUNDARY = 0x7A208C;
	public static final int EXPLORATION_LINE = 0x0066CC;
	public static final int EXPLORATION_FILL = 0xADCEF0;
	public static final int MINING_LINE = 0xC81010;
	public static final int MINING_FILL = 0xFAB8B8;
	public static final int CONCENTRATED_LINE = 0xB8540C;
	public static final int CONCENTRATED_FILL = 0xFDC68C;
	public static final int ENV_KEY = 0x1B7837;
	public static final int ENV_KEY_FILL = 0xA6DBA0;
	public static final int ENV_GENERAL = 0x41AB5D;
	public static final int ENV_GENERAL_FILL = 0xCCEBC5;
	public static final int ENV_PROTECTION = 0x78C679;
	public static final int ENV_PROTECTION_FILL = 0xEDF8E9;
	public static final int PIT_LINE = 0x5E3C1E;
	public static final int PIT_FILL = 0xA68058;
	public static final int LAYOUT_LINE = 0xCC8500;
	/** Mines of a mineral without a category. */
	public static final int UNKNOWN_MINERAL = 0x828282;

	/** The symbol of a mine. */
	public enum MineSymbol {
		/** Energy minerals. */
		SQUARE,
		/** Metals. */
		CIRCLE,
		/** Non-metals. */
		TRIANGLE,
		/** Water and gas. */
		DIAMOND
	}

	private PlanningPalette() {
	}

	/** @return the colour of a mineral category (unknown grey) */
	public static int category(MineralCategory category) {
		if (category == null) {
			return UNKNOWN_MINERAL;
		}
		return switch (category) {
		case ENERGY -> 0x262626;
		case FERROUS -> 0x4854A8;
		case NON_FERROUS -> 0xD73027;
		case PRECIOUS -> 0xECAC00;
		case RARE -> 0xAE3EA0;
		case METALLURGICAL_AUXILIARY -> 0x8C6E3C;
		case CHEMICAL -> 0x009688;
		case BUILDING_MATERIAL -> 0x689F38;
		case GEMSTONE -> 0xE91E63;
		case WATER_GAS -> 0x1E88E5;
		};
	}

	/** @return the symbol of a mineral category: energy squares, metals circles, non-metals triangles */
	public static MineSymbol symbol(MineralCategory category) {
		if (category == null) {
			return MineSymbol.CIRCLE;
		}
		return switch (category) {
		case ENERGY -> MineSymbol.SQUARE;
		case FERROUS, NON_FERROUS, PRECIOUS, RARE -> MineSymbol.CIRCLE;
		case METALLURGICAL_AUXILIARY, CHEMICAL, BUILDING_MATERIAL, GEMSTONE -> MineSymbol.TRIANGLE;
		case WATER_GAS -> MineSymbol.DIAMOND;
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
}
