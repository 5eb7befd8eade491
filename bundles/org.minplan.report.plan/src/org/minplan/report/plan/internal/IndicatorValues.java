package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.minplan.model.Indicator;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.IndicatorTargets;
import org.minplan.validation.support.Quantities;

/**
 * An indicator's current value computed from the model and whether it meets the target (达成情况), computed
 * the way the policy rules {@code policy.indicatorBinding} / {@code policy.indicatorExpected} do: mines that are
 * neither oil/gas fields nor closed; their count, large + medium share, output of the indicator's mineral,
 * count of that mineral's mines; green mines; "about" within 10 %.
 */
final class IndicatorValues {

	/** How an indicator stands. */
	enum Achievement {
		/** The current value meets the target. */
		MET,
		/** It does not. */
		MISSED,
		/** The model cannot compute the value (no measure, no mineral, no number in the target). */
		UNKNOWN
	}

	/**
	 * @param value     the value now, if the model gives one
	 * @param synthetic whether it is computed from synthetic elements
	 */
	record Current(Optional<BigDecimal> value, boolean synthetic) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal ABOUT_PERCENT = BigDecimal.TEN;
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private IndicatorValues() {
	}

	/** @return the mines the indicators count: neither oil/gas fields nor closed */
	static List<Mine> counted(Plan plan) {
		return plan.getMines().stream().filter(m -> !m.isOilGas() && m.getStatus() != MineStatus.CLOSED).toList();
	}

	/** @return the indicator's value computed from the plan now */
	static Current current(Plan plan, Indicator indicator) {
		IndicatorMeasure measure = indicator.getMeasure();
		if (measure == null || measure == IndicatorMeasure.NONE) {
			return new Current(Optional.empty(), false);
		}
		List<Mine> mines = counted(plan);
		switch (measure) {
		case MINE_COUNT:
			return new Current(Optional.of(BigDecimal.valueOf(mines.size())), PlanTables.synthetic(mines));
		case LARGE_MEDIUM_SHARE: {
			if (mines.isEmpty()) {
				return new Current(Optional.empty(), false);
			}
			long largeMedium = mines.stream()
					.filter(m -> m.getScale() == MineScale.LARGE || m.getScale() == MineScale.MEDIUM).count();
			return new Current(Optional.of(BigDecimal.valueOf(largeMedium).multiply(HUNDRED)
					.divide(BigDecimal.valueOf(mines.size()), 1, RoundingMode.HALF_UP)), PlanTables.synthetic(mines));
		}
		case ANNUAL_OUTPUT: {
			if (indicator.getMineral() == null) {
				return new Current(Optional.empty(), false);
			}
			List<Mine> of = ofMineral(mines, indicator);
			BigDecimal sum = PlanTables.sumOutput(of);
			BigDecimal value = Quantities.parseUnit(indicator.getUnit())
					.filter(u -> u.dimension() == Quantities.Dimension.MASS || u.dimension() == Quantities.Dimension.VOLUME)
					.map(u -> new Quantities.Unit(u.dimension(), TEN_THOUSAND).convert(sum, u)).orElse(sum);
			return new Current(Optional.of(value), PlanTables.synthetic(of));
		}
		case MINE_COUNT_OF_MINERAL: {
			if (indicator.getMineral() == null) {
				return new Current(Optional.empty(), false);
			}
			List<Mine> of = ofMineral(mines, indicator);
			return new Current(Optional.of(BigDecimal.valueOf(of.size())), PlanTables.synthetic(of));
		}
		case GREEN_MINE_COUNT: {
			List<Mine> green = plan.getMines().stream().filter(Mine::isGreenMine).toList();
			return new Current(Optional.of(BigDecimal.valueOf(green.size())), PlanTables.synthetic(green));
		}
		default:
			return new Current(Optional.empty(), false);
		}
	}

	/** @return the mines of the indicator's mineral among {@code mines} */
	static List<Mine> ofMineral(List<Mine> mines, Indicator indicator) {
		Mineral mineral = indicator.getMineral();
		// both catalogue entries known: Minerals.matches compares them alone, so skip building name sets
		return mines.stream().filter(m -> m.getMineral() != null && mineral != null ? m.getMineral() == mineral
				: Minerals.matches(mineral, null, m.getMineral(), m.getMineralText())).toList();
	}

	/** @return whether the value meets the indicator's target */
	static Achievement achievement(Indicator indicator, Optional<BigDecimal> value) {
		BigDecimal[] bounds = IndicatorTargets.bounds(indicator);
		BigDecimal low = bounds[0];
		BigDecimal high = bounds[1];
		if (value.isEmpty() || low == null && high == null) {
			return Achievement.UNKNOWN;
		}
		return IndicatorTargets.meets(value.get(), low, high, indicator.getComparator(), ABOUT_PERCENT) ? Achievement.MET
				: Achievement.MISSED;
	}
}
