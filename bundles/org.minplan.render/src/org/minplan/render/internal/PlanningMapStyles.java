package org.minplan.render.internal;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineralCategory;
import org.minplan.model.ZoneKind;
import org.minplan.render.PlanningPalette;
import org.minplan.render.internal.Style.Hatch;
import org.minplan.render.internal.Style.Symbol;

/**
 * The planning-map look (矿产资源规划图) of the maps drawn without a display: the colours and mine symbols of
 * {@link PlanningPalette}, which the workbench's interactive map uses too, and the interactive map's layer
 * styles: exploration blue, mining red, sand-gravel areas brown-orange, geological-environment zones green (key
 * treatment hatched), boundaries purple dash-dot; mines coloured and shaped by mineral category, sized by scale.
 */
public final class PlanningMapStyles {

	public static final int BOUNDARY = PlanningPalette.BOUNDARY;
	public static final int EXPLORATION_LINE = PlanningPalette.EXPLORATION_LINE;
	public static final int EXPLORATION_FILL = PlanningPalette.EXPLORATION_FILL;
	public static final int MINING_LINE = PlanningPalette.MINING_LINE;
	public static final int MINING_FILL = PlanningPalette.MINING_FILL;
	public static final int CONCENTRATED_LINE = PlanningPalette.CONCENTRATED_LINE;
	public static final int CONCENTRATED_FILL = PlanningPalette.CONCENTRATED_FILL;
	public static final int ENV_KEY = PlanningPalette.ENV_KEY;
	public static final int ENV_KEY_FILL = PlanningPalette.ENV_KEY_FILL;
	public static final int ENV_GENERAL = PlanningPalette.ENV_GENERAL;
	public static final int ENV_GENERAL_FILL = PlanningPalette.ENV_GENERAL_FILL;
	public static final int ENV_PROTECTION = PlanningPalette.ENV_PROTECTION;
	public static final int ENV_PROTECTION_FILL = PlanningPalette.ENV_PROTECTION_FILL;
	public static final int PIT_LINE = PlanningPalette.PIT_LINE;
	public static final int PIT_FILL = PlanningPalette.PIT_FILL;
	public static final int LAYOUT_LINE = PlanningPalette.LAYOUT_LINE;
	/** Highlighted elements (e.g. a finding's element). */
	public static final int HIGHLIGHT = 0xE00000;
	/** Paper colour of the map. */
	public static final int PAPER = 0xFDFCF8;
	private static final int GREEN_MINE = 0x00963C;

	public static final Style COUNTY = Style.outline(BOUNDARY, 1.6f).withDash(9, 3, 2, 3).withLabel(BOUNDARY, 12,
			true);
	public static final Style PREFECTURE = Style.outline(BOUNDARY, 3f).withDash(14, 4, 3, 4).withLabel(BOUNDARY, 14,
			true);
	public static final Style EXPLORATION = Style.area(EXPLORATION_FILL, 165, EXPLORATION_LINE, 1.3f)
			.withLabel(0x004696, 9, false);
	public static final Style MINING = Style.area(MINING_FILL, 165, MINING_LINE, 1.3f).withLabel(0x960000, 9, false);
	public static final Style CONCENTRATED = Style.area(CONCENTRATED_FILL, 165, CONCENTRATED_LINE, 1.3f)
			.withLabel(0x823C08, 9, false);
	public static final Style PIT_AREA = Style.area(PIT_FILL, 170, PIT_LINE, 1.2f).withHatch(Hatch.CROSS, PIT_LINE)
			.withLabel(PIT_LINE, 8, false);
	public static final Style PIT_POINT = Style.point(Symbol.SQUARE, PIT_FILL, 8).withLabel(PIT_LINE, 8, false);
	public static final Style LAYOUT = Style.outline(LAYOUT_LINE, 3f).withDash(2, 5).withLabel(0x965F00, 11, true);

	private PlanningMapStyles() {
	}

	/** @return the boundary style of a division: prefecture broad, county-level thinner */
	public static Style division(AdministrativeDivision d) {
		return d.getKind() == DivisionKind.PREFECTURE ? PREFECTURE : COUNTY;
	}

	/** @return the style of a planning zone kind */
	public static Style zone(ZoneKind kind) {
		if (kind == null) {
			return Style.area(0xDCDCDC, 50, 0x5A5A5A, 2f).withDash(8, 4);
		}
		return switch (kind) {
		case KEY_EXPLORATION_ZONE -> Style.area(0xC6DBEF, 80, 0x08519C, 2.2f).withDash(10, 4).withLabel(0x08519C, 9,
				false);
		case KEY_MINING_ZONE -> Style.area(0xFCBBA1, 80, 0xA50F15, 2.2f).withDash(10, 4).withLabel(0xA50F15, 9,
				false);
		case ENERGY_BASE -> Style.area(0xD9D9D9, 70, 0x3C3C3C, 2.6f).withDash(14, 4, 3, 4).withLabel(0x323232, 9,
				false);
		case NATIONAL_PLANNED_MINING_AREA -> Style.area(0xDADAEB, 70, 0x54278F, 2.6f).withDash(14, 4, 3, 4)
				.withHatch(Hatch.BACK_DIAGONAL, 0xBCBDDC).withLabel(0x54278F, 9, false);
		};
	}

	/** @return the style of a geological-environment zone grade (null: general treatment) */
	public static Style environment(EnvironmentalGrade grade) {
		EnvironmentalGrade g = grade == null ? EnvironmentalGrade.GENERAL_TREATMENT : grade;
		return switch (g) {
		case KEY_TREATMENT -> Style.area(ENV_KEY_FILL, 120, ENV_KEY, 1.5f).withHatch(Hatch.DIAGONAL, ENV_KEY)
				.withLabel(ENV_KEY, 9, false);
		case GENERAL_TREATMENT -> Style.area(ENV_GENERAL_FILL, 130, ENV_GENERAL, 1.3f).withLabel(ENV_KEY, 9, false);
		case PROTECTION_PREVENTION -> Style.area(ENV_PROTECTION_FILL, 130, ENV_PROTECTION, 1.2f).withDash(5, 3)
				.withLabel(ENV_KEY, 9, false);
		};
	}

	/** @return the colour of a mineral category (unknown grey) */
	public static int category(MineralCategory category) {
		return PlanningPalette.category(category);
	}

	/** @return the symbol of a mineral category: energy squares, metals circles, non-metals triangles */
	public static Symbol symbol(MineralCategory category) {
		return Symbol.valueOf(PlanningPalette.symbol(category).name());
	}

	/** @return the symbol size of a mine scale in pixels (大型 largest) */
	public static int size(MineScale scale) {
		return PlanningPalette.size(scale);
	}

	/** @return the style of a mine: category colour and shape, scale size, green outline for green mines */
	public static Style mine(Mine mine) {
		MineralCategory category = mine.getMineral() == null ? null : mine.getMineral().getCategory();
		Style style = Style.point(symbol(category), category(category), size(mine.getScale())).withLabel(0x282828, 8,
				false);
		return mine.isGreenMine() ? style.withLine(GREEN_MINE) : style;
	}
}
