package org.minplan.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.DivisionKind;
import org.minplan.model.Mine;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;

/**
 * The counts and sums the plan's tables print, computed from the model's elements: blocks by county and
 * mineral (专栏17, 18, 20), mines by mineral and scale (专栏6), totals. Tables, rules and reports all use
 * these, so a number shown anywhere is computed one way.
 */
public final class PlanStatistics {

	/** Row or column key used for elements without a county or mineral. */
	public static final String NONE = "—";

	private PlanStatistics() {
	}

	/** @return the county-level units of the plan, in plan order (the rows of the county tables) */
	public static List<AdministrativeDivision> counties(Plan plan) {
		List<AdministrativeDivision> counties = new ArrayList<>();
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (d.getKind() == DivisionKind.COUNTY || d.getKind() == DivisionKind.COUNTY_LEVEL_CITY
					|| d.getKind() == DivisionKind.AUTONOMOUS_COUNTY) {
				counties.add(d);
			}
		}
		return counties;
	}

	/** @return the name of the element's county, or {@link #NONE} */
	public static String countyOf(SpatialElement element) {
		AdministrativeDivision county = element.getCounty();
		return county == null || county.getName() == null ? NONE : county.getName();
	}

	/**
	 * @return the mineral as the tables print it: the printed text when there is one (it distinguishes e.g.
	 *         铬铁矿 from 铬), else the catalogue name
	 */
	public static String mineralOf(Block block) {
		return mineralLabel(block.getMineralText(), block.getMineral());
	}

	/** @return the mineral of a mine as 专栏6 prints it */
	public static String mineralOf(Mine mine) {
		return mineralLabel(mine.getMineralText(), mine.getMineral());
	}

	private static String mineralLabel(String text, Mineral mineral) {
		if (text != null && !text.isBlank()) {
			return text;
		}
		return mineral == null || mineral.getName() == null ? NONE : mineral.getName();
	}

	/** Blocks of one kind by county × mineral, rows in the plan's county order. */
	public static <B extends Block> CrossTable<B> blocksByCountyAndMineral(Plan plan, Collection<B> blocks) {
		List<String> order = counties(plan).stream().map(AdministrativeDivision::getName).toList();
		return CrossTable.of(blocks, PlanStatistics::countyOf, PlanStatistics::mineralOf, order);
	}

	/** Mines by mineral × scale (专栏6 layout). */
	public static CrossTable<Mine> minesByMineralAndScale(Plan plan) {
		return CrossTable.of(plan.getMines(), PlanStatistics::mineralOf,
				m -> m.getScale() == null ? NONE : m.getScale().getLiteral());
	}

	/** @return sum of an optional whole number over elements (missing values count as 0) */
	public static <E> long sumInt(Collection<E> elements, Function<E, Integer> value) {
		return elements.stream().map(value).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
	}

	/** @return sum of an optional decimal over elements (missing values count as 0) */
	public static <E> BigDecimal sumDecimal(Collection<E> elements, Function<E, BigDecimal> value) {
		return elements.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
