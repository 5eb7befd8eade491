package org.minplan.validation.rules.policy.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.core.i18n.Texts;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.IndicatorTargets;
import org.minplan.validation.support.Quantities;

/**
 * Indicator targets against the model's current data (规划指标): for each indicator whose
 * {@link Indicator#getMeasure() measure} the model can compute, the current value meets the target
 * (≤ high, ≥ low, within a range, equal, or about — within {@code aboutTolerancePercent}). The values:
 * <ul>
 * <li>mine count: mines that are neither oil/gas fields (油气) nor closed;</li>
 * <li>large + medium share: of those mines, the percentage of large and medium ones;</li>
 * <li>annual output: sum of the output of those mines of the indicator's mineral (万吨, or 万立方米 for an
 * indicator in volume), converted to the indicator's unit;</li>
 * <li>mine count of a mineral: those mines of the indicator's mineral;</li>
 * <li>green mine count: mines listed as green mines.</li>
 * </ul>
 * Two rules share this check: binding indicators (约束性) are errors, expected ones (预期性) warnings.
 */
public abstract class IndicatorTargetRule extends AbstractRule {

	static final String ABOUT = "aboutTolerancePercent";
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	/** Mine outputs are in 万吨 (万立方米 for sand and clay). */
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private final IndicatorAttribute attribute;

	protected IndicatorTargetRule(String id, Severity severity, IndicatorAttribute attribute) {
		super(id, RuleCategory.POLICY, severity, List.of(RuleParameter.number(ABOUT, BigDecimal.TEN)), INDICATOR);
		this.attribute = attribute;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) || type == MINE || type == MINERAL;
	}

	@Override
	public void check(RuleContext context) {
		BigDecimal about = context.number(ABOUT);
		for (Indicator indicator : context.targets(Indicator.class)) {
			if (indicator.getAttribute() != attribute || indicator.getMeasure() == null
					|| indicator.getMeasure() == IndicatorMeasure.NONE) {
				continue;
			}
			boolean perMineral = indicator.getMeasure() == IndicatorMeasure.ANNUAL_OUTPUT
					|| indicator.getMeasure() == IndicatorMeasure.MINE_COUNT_OF_MINERAL;
			if (perMineral && indicator.getMineral() == null) {
				IndicatorMeasure measure = indicator.getMeasure();
				context.finding("noMineral", context.label(indicator),
						(LocalizedText) locale -> Texts.of(IndicatorTargetRule.class, locale).get("measure." + measure.getName()))
						.on(indicator).severity(Severity.INFO).report();
				continue;
			}
			Optional<BigDecimal> value = value(context, indicator);
			BigDecimal[] bounds = IndicatorTargets.bounds(indicator);
			BigDecimal low = bounds[0];
			BigDecimal high = bounds[1];
			if (value.isEmpty() || low == null && high == null) {
				continue;
			}
			if (!IndicatorTargets.meets(value.get(), low, high, indicator.getComparator(), about)) {
				String target = indicator.getTargetText() != null && !indicator.getTargetText().isBlank()
						? indicator.getTargetText() : target(indicator, low, high);
				context.finding("missed", context.label(indicator), Quantities.format(value.get()),
						nonNull(indicator.getUnit()), target, ElementLabels.literal(indicator.getAttribute()),
						nonNull(indicator.getTable())).on(indicator).report();
			}
		}
	}

	private static String target(Indicator indicator, BigDecimal low, BigDecimal high) {
		return switch (indicator.getComparator()) {
		case AT_MOST -> "≤" + Quantities.format(high != null ? high : low);
		case AT_LEAST -> "≥" + Quantities.format(low != null ? low : high);
		case RANGE -> (low == null ? "" : Quantities.format(low)) + "-" + (high == null ? "" : Quantities.format(high));
		case EQUAL, ABOUT -> Quantities.format(low != null ? low : high);
		};
	}

	/** @return the indicator's value computed from the model, if it can be */
	private static Optional<BigDecimal> value(RuleContext context, Indicator indicator) {
		List<Mine> mines = context.all(Mine.class).stream()
				.filter(m -> !m.isOilGas() && m.getStatus() != MineStatus.CLOSED).toList();
		return switch (indicator.getMeasure()) {
		case MINE_COUNT -> Optional.of(BigDecimal.valueOf(mines.size()));
		case LARGE_MEDIUM_SHARE -> {
			if (mines.isEmpty()) {
				yield Optional.empty();
			}
			long largeMedium = mines.stream()
					.filter(m -> m.getScale() == MineScale.LARGE || m.getScale() == MineScale.MEDIUM).count();
			yield Optional.of(BigDecimal.valueOf(largeMedium).multiply(HUNDRED)
					.divide(BigDecimal.valueOf(mines.size()), 1, RoundingMode.HALF_UP));
		}
		case ANNUAL_OUTPUT -> {
			BigDecimal sum = ofMineral(mines.stream(), indicator).map(Mine::getOutput).filter(o -> o != null)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			yield Quantities.parseUnit(indicator.getUnit())
					.filter(u -> u.dimension() == Quantities.Dimension.MASS
							|| u.dimension() == Quantities.Dimension.VOLUME)
					.map(u -> new Quantities.Unit(u.dimension(), TEN_THOUSAND).convert(sum, u)).or(() -> Optional.of(sum));
		}
		case MINE_COUNT_OF_MINERAL -> Optional.of(BigDecimal.valueOf(ofMineral(mines.stream(), indicator).count()));
		case GREEN_MINE_COUNT -> Optional
				.of(BigDecimal.valueOf(context.all(Mine.class).stream().filter(Mine::isGreenMine).count()));
		case NONE -> Optional.empty();
		};
	}

	private static Stream<Mine> ofMineral(Stream<Mine> mines, Indicator indicator) {
		return mines.filter(m -> Minerals.matches(indicator.getMineral(), null, m.getMineral(), m.getMineralText()));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
