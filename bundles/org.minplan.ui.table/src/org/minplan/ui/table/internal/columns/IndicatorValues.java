package org.minplan.ui.table.internal.columns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.minplan.core.stats.CrossTable;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.Indicator;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;

/**
 * The current value of an indicator (规划指标现状值) computed from the plan's mines, for the indicators whose
 * {@link Indicator#getMeasure() measure} says what they count. Counted mines are the solid-mineral mines
 * (非油气矿山) that are not closed, grouped with {@link PlanStatistics#minesByMineralAndScale}:
 * <ul>
 * <li>mine count (矿山总数): counted mines;</li>
 * <li>large and medium share (大中型矿山比例): large + medium mines as a percentage of counted mines;</li>
 * <li>annual output (年开采总量) of the indicator's mineral: sum of the mines' output;</li>
 * <li>mine count of a mineral;</li>
 * <li>green mine count (绿色矿山): counted mines listed as green mines.</li>
 * </ul>
 * No core helper computes these yet; this class is the one place the tables do.
 */
public final class IndicatorValues {

	private IndicatorValues() {
	}

	/** @return the current value, empty when the indicator measures nothing the model holds */
	public static Optional<BigDecimal> current(Indicator indicator) {
		if (indicator.getMeasure() == null || !(indicator.eContainer() instanceof Plan plan)) {
			return Optional.empty();
		}
		List<Mine> mines = counted(plan);
		CrossTable<Mine> table = PlanStatistics.minesByMineralAndScale(plan);
		return switch (indicator.getMeasure()) {
		case NONE -> Optional.empty();
		case MINE_COUNT -> Optional.of(BigDecimal.valueOf(mines.size()));
		case LARGE_MEDIUM_SHARE -> share(table, mines);
		case ANNUAL_OUTPUT -> indicator.getMineral() == null ? Optional.empty()
				: Optional.of(PlanStatistics.sumDecimal(ofMineral(mines, indicator.getMineral()), Mine::getOutput));
		case MINE_COUNT_OF_MINERAL -> indicator.getMineral() == null ? Optional.empty()
				: Optional.of(BigDecimal.valueOf(ofMineral(mines, indicator.getMineral()).size()));
		case GREEN_MINE_COUNT -> Optional.of(BigDecimal.valueOf(mines.stream().filter(Mine::isGreenMine).count()));
		};
	}

	/**
	 * @return whether the current value meets the target (at most, at least, equal, within the range, about:
	 *         within 10 %); empty when either is unknown
	 */
	public static Optional<Boolean> meetsTarget(Indicator indicator) {
		Optional<BigDecimal> current = current(indicator);
		if (current.isEmpty() || indicator.getComparator() == null) {
			return Optional.empty();
		}
		BigDecimal v = current.get();
		BigDecimal low = indicator.getTargetLow();
		BigDecimal high = indicator.getTargetHigh();
		return switch (indicator.getComparator()) {
		case AT_MOST -> high == null ? Optional.empty() : Optional.of(v.compareTo(high) <= 0);
		case AT_LEAST -> low == null ? Optional.empty() : Optional.of(v.compareTo(low) >= 0);
		case EQUAL -> bound(low, high).map(t -> v.compareTo(t) == 0);
		case RANGE -> low == null || high == null ? Optional.empty()
				: Optional.of(v.compareTo(low) >= 0 && v.compareTo(high) <= 0);
		case ABOUT -> bound(low, high).map(t -> v.subtract(t).abs().compareTo(t.abs().multiply(new BigDecimal("0.1"))) <= 0);
		};
	}

	private static Optional<BigDecimal> bound(BigDecimal low, BigDecimal high) {
		return Optional.ofNullable(low != null ? low : high);
	}

	/** The mines the indicators count: solid-mineral mines that are not closed. */
	static List<Mine> counted(Plan plan) {
		return plan.getMines().stream().filter(m -> !m.isOilGas() && m.getStatus() != MineStatus.CLOSED).toList();
	}

	private static List<Mine> ofMineral(List<Mine> mines, Mineral mineral) {
		return mines.stream().filter(m -> m.getMineral() == mineral
				|| m.getMineral() == null && PlanStatistics.mineralOf(m).equals(mineral.getName())).toList();
	}

	private static Optional<BigDecimal> share(CrossTable<Mine> table, List<Mine> counted) {
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		long largeMedium = 0;
		for (MineScale scale : List.of(MineScale.LARGE, MineScale.MEDIUM)) {
			largeMedium += table.columnElements(scale.getLiteral()).stream().filter(counted::contains).count();
		}
		return Optional.of(BigDecimal.valueOf(largeMedium * 100).divide(BigDecimal.valueOf(counted.size()), 1,
				RoundingMode.HALF_UP));
	}
}
