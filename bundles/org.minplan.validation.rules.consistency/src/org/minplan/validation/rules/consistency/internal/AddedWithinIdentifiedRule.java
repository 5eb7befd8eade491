package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.List;
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
		List<ResourceReserve> reserves = context.all(ResourceReserve.class);
		for (ReserveIncrease increase : context.targets(ReserveIncrease.class)) {
			if (increase.getAdded() == null) {
				continue;
			}
			for (ResourceReserve reserve : rowsOfTheSameMineral(increase, reserves)) {
				if (reserve.isWithheld() || reserve.getCumulativeIdentified() == null) {
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

	/**
	 * @return the 专栏5 rows about the mineral of a 专栏9 row: those printing the same name (金 and 金矿 alike);
	 *         only when there is none, those of the same catalogue entry — 水泥用灰岩 is compared with 水泥用灰岩,
	 *         not with 制灰用石灰岩, although both are 石灰岩 in the catalogue
	 */
	static List<ResourceReserve> rowsOfTheSameMineral(ReserveIncrease increase, List<ResourceReserve> reserves) {
		String name = Minerals.normalise(increase.getName());
		List<ResourceReserve> byName = name.isEmpty() ? List.of()
				: reserves.stream().filter(r -> name.equals(Minerals.normalise(r.getName()))).toList();
		if (!byName.isEmpty()) {
			return byName;
		}
		Mineral mineral = increase.getMineral();
		return reserves.stream().filter(r -> mineral != null && r.getMineral() != null ? mineral == r.getMineral()
				: Minerals.matches(r.getMineral(), r.getName(), mineral, increase.getName())).toList();
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
