package org.minplan.validation.rules.integrity.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.PlanElement;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;

/**
 * Required attributes (必填项): what an element of each kind cannot do without — a block its code, mineral,
 * county and boundary (区块须在空间上落地), a mining block its design scale, a prefecture or county its
 * GB/T 2260 code (XPCC divisions have none). Alternatives (the catalogue mineral or the printed mineral text) satisfy a
 * requirement together. One finding per element lists everything missing.
 */
public final class RequiredAttributesRule extends AbstractRule {

	public static final String ID = "integrity.requiredAttributes";

	/** Per class: requirements, each a list of features of which one must be set. */
	private static final Map<EClass, List<List<EStructuralFeature>>> REQUIRED = new LinkedHashMap<>();

	static {
		require(ADMINISTRATIVE_DIVISION, PLAN_ELEMENT__NAME);
		require(ADMINISTRATIVE_DIVISION, PLAN_ELEMENT__CODE);
		require(MINERAL, PLAN_ELEMENT__NAME);
		require(MINERAL_CONTROL, MINERAL_CONTROL__MINERAL, MINERAL_CONTROL__MINERAL_TEXT);
		require(RESOURCE_RESERVE, RESOURCE_RESERVE__MINERAL, PLAN_ELEMENT__NAME);
		require(RESERVE_INCREASE, RESERVE_INCREASE__MINERAL, PLAN_ELEMENT__NAME);
		require(MINE, PLAN_ELEMENT__NAME);
		require(MINE, MINE__MINERAL, MINE__MINERAL_TEXT);
		require(PLANNING_ZONE, PLAN_ELEMENT__NAME);
		require(BLOCK, PLAN_ELEMENT__CODE);
		require(BLOCK, BLOCK__MINERAL, BLOCK__MINERAL_TEXT);
		require(BLOCK, SPATIAL_ELEMENT__COUNTY);
		require(BLOCK, SPATIAL_ELEMENT__GEOMETRY);
		require(MINING_BLOCK, MINING_BLOCK__DESIGN_SCALE);
		require(MINING_BLOCK, MINING_BLOCK__DESIGN_SCALE_UNIT);
		require(ENVIRONMENTAL_ZONE, PLAN_ELEMENT__NAME);
		require(ABANDONED_PIT, PLAN_ELEMENT__NAME);
		require(INDICATOR, PLAN_ELEMENT__NAME);
		require(MINIMUM_SCALE_STANDARD, PLAN_ELEMENT__NAME);
		require(MINIMUM_SCALE_STANDARD, MINIMUM_SCALE_STANDARD__SMALL, MINIMUM_SCALE_STANDARD__MEDIUM,
				MINIMUM_SCALE_STANDARD__LARGE);
	}

	private static void require(EClass type, EStructuralFeature... oneOf) {
		REQUIRED.computeIfAbsent(type, t -> new ArrayList<>()).add(List.of(oneOf));
	}

	public RequiredAttributesRule() {
		super(ID, RuleCategory.INTEGRITY, Severity.ERROR, ADMINISTRATIVE_DIVISION, MINERAL, MINERAL_CONTROL,
				RESOURCE_RESERVE, RESERVE_INCREASE, MINE, PLANNING_ZONE, EXPLORATION_BLOCK, MINING_BLOCK,
				CONCENTRATED_MINING_AREA, ENVIRONMENTAL_ZONE, ABANDONED_PIT, INDICATOR, MINIMUM_SCALE_STANDARD);
	}

	@Override
	public void check(RuleContext context) {
		Map<EClass, List<List<EStructuralFeature>>> byClass = new HashMap<>();
		for (PlanElement element : context.targets(PlanElement.class)) {
			List<List<EStructuralFeature>> missing = new ArrayList<>();
			for (List<EStructuralFeature> oneOf : byClass.computeIfAbsent(element.eClass(),
					RequiredAttributesRule::requirements)) {
				if (oneOf.stream().allMatch(f -> isEmpty(element, f)) && !xpccCode(element, oneOf)) {
					missing.add(oneOf);
				}
			}
			if (!missing.isEmpty()) {
				context.finding("missing", context.label(element), ElementLabels.typeName(element.eClass()),
						names(missing)).on(element).report();
			}
		}
	}

	/** @return what an element of the class must have, its superclasses' requirements included */
	private static List<List<EStructuralFeature>> requirements(EClass type) {
		List<List<EStructuralFeature>> all = new ArrayList<>();
		REQUIRED.forEach((required, oneOfs) -> {
			if (required.isSuperTypeOf(type)) {
				all.addAll(oneOfs);
			}
		});
		return all;
	}

	/** XPCC divisions (兵团师、团) have no GB/T 2260 county code. */
	private static boolean xpccCode(EObject element, List<EStructuralFeature> oneOf) {
		return element instanceof AdministrativeDivision d && oneOf.contains(PLAN_ELEMENT__CODE)
				&& (d.getKind() == DivisionKind.XPCC_DIVISION || d.getKind() == DivisionKind.XPCC_UNIT);
	}

	private static boolean isEmpty(EObject element, EStructuralFeature feature) {
		Object value = element.eGet(feature);
		return value == null || value instanceof String s && s.isBlank()
				|| value instanceof Collection<?> c && c.isEmpty();
	}

	/** @return "编号、矿种或矿种（原文）" / "code, mineral or mineral text" */
	private static LocalizedText names(List<List<EStructuralFeature>> missing) {
		return locale -> {
			boolean zh = "zh".equals(locale.getLanguage());
			List<String> parts = new ArrayList<>();
			for (List<EStructuralFeature> oneOf : missing) {
				List<String> names = oneOf.stream().map(f -> ElementLabels.featureName(f).text(locale)).toList();
				parts.add(String.join(zh ? "或" : " or ", names));
			}
			return String.join(zh ? "、" : ", ", parts);
		};
	}
}
