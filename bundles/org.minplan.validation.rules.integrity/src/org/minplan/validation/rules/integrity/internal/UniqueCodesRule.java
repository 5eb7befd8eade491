package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.Block;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.PlanElement;
import org.minplan.model.PlanningZone;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;

/**
 * Unique codes (编号唯一): within each kind of block and zone no code is used twice (ignoring case and
 * surrounding spaces). One finding per code used more than once, naming every element that uses it.
 */
public final class UniqueCodesRule extends AbstractRule {

	public static final String ID = "integrity.uniqueCodes";

	public UniqueCodesRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.ERROR, EXPLORATION_BLOCK, MINING_BLOCK, CONCENTRATED_MINING_AREA,
				PLANNING_ZONE, ENVIRONMENTAL_ZONE);
	}

	@Override
	public Reach reach() {
		return Reach.PLAN;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == PLAN_ELEMENT__CODE);
	}

	@Override
	public void check(RuleContext context) {
		Map<EClass, Map<String, List<PlanElement>>> byKind = new LinkedHashMap<>();
		List<PlanElement> coded = new ArrayList<>(context.targets(Block.class));
		coded.addAll(context.targets(PlanningZone.class));
		coded.addAll(context.targets(EnvironmentalZone.class));
		for (PlanElement element : coded) {
			String code = element.getCode();
			if (code == null || code.isBlank()) {
				continue;
			}
			byKind.computeIfAbsent(element.eClass(), k -> new LinkedHashMap<>())
					.computeIfAbsent(code.trim().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(element);
		}
		byKind.forEach((kind, codes) -> codes.forEach((code, elements) -> {
			if (elements.size() > 1) {
				List<String> labels = elements.stream().map(context::label).toList();
				context.finding("duplicate", elements.get(0).getCode().trim(), Integer.toString(elements.size()),
						ElementLabels.plural(kind), String.join("; ", labels)).on(elements).report();
			}
		}));
	}
}
