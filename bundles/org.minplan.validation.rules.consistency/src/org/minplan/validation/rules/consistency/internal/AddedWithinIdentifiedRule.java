package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.Mineral;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.Quantities;

/**
 * Newly added reserves do not exceed cumulative identified ones (新增 ≤ 累计查明): reserves added in the
 * previous period (专栏9) are part of all ever identified (专栏5) for the same mineral, compared in a common unit
 * (亿吨 and 万吨 converted; different kinds of unit are not compared).
 */
public final class AddedWithinIdentifiedRule extends AbstractRule {

	public static final String ID = "consistency.addedWithinIdentified";

	public AddedWithinIdentifiedRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, RESERVE_INCREASE);
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) || type == RESOURCE_RESERVE || type == MINERAL;
	}

	@Override
	public void check(RuleContext context) {
		for (ReserveIncrease increase : context.targets(ReserveIncrease.class)) {
			if (increase.getAdded() == null) {
				continue;
			}
			for (ResourceReserve reserve : context.all(ResourceReserve.class)) {
				if (reserve.isWithheld() || reserve.getCumulativeIdentified() == null || !sameMineral(increase, reserve)) {
					continue;
				}
				Optional<BigDecimal> added = inUnitOf(increase.getAdded(), increase.getUnit(), reserve.getUnit());
				if (added.isPresent() && added.get().compareTo(reserve.getCumulativeIdentified()) > 0) {
					context.finding("exceeds", context.label(increase), Quantities.format(increase.getAdded()),
							nonNull(increase.getUnit()), Quantities.format(reserve.getCumulativeIdentified()),
							nonNull(reserve.getUnit())).on(increase, reserve).report();
				}
			}
		}
	}

	private static boolean sameMineral(ReserveIncrease increase, ResourceReserve reserve) {
		Mineral a = increase.getMineral();
		Mineral b = reserve.getMineral();
		if (a != null && b != null) {
			return a == b;
		}
		return Minerals.matches(b, reserve.getName(), a, increase.getName());
	}

	/** @return the value in the other unit; as it is when both units read the same or neither parses */
	private static Optional<BigDecimal> inUnitOf(BigDecimal value, String unit, String other) {
		Optional<Quantities.Unit> from = Quantities.parseUnit(unit);
		Optional<Quantities.Unit> to = Quantities.parseUnit(other);
		if (from.isPresent() && to.isPresent()) {
			return from.get().comparableWith(to.get()) ? Optional.of(from.get().convert(value, to.get()))
					: Optional.empty();
		}
		return nonNull(unit).replaceAll("\\s", "").equals(nonNull(other).replaceAll("\\s", "")) ? Optional.of(value)
				: Optional.empty();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
