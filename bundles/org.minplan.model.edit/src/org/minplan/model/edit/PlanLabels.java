package org.minplan.model.edit;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.Indicator;
import org.minplan.model.Mine;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.model.PrintedStatement;
import org.minplan.model.provider.MinplanEditPlugin;

/**
 * How plan elements are named on screen and in reports: a block by its code and name, a mine by its name,
 * mineral and scale, a printed number by where it is printed and its value. One place, so the explorer,
 * tables, findings and reports name an element the same way.
 */
public final class PlanLabels {

	private PlanLabels() {
	}

	/** @return the label of an element, never empty */
	public static String text(EObject element) {
		if (element instanceof Plan plan) {
			return orElse(plan.getName(), typeName(element.eClass()));
		}
		if (element instanceof AdministrativeDivision d) {
			return join(d.getName(), d.getCode() == null ? null : "(" + d.getCode() + ")");
		}
		if (element instanceof Block block) {
			String name = orElse(block.getName(), block.getMineralText());
			return orElse(join(block.getCode(), name), typeName(element.eClass()));
		}
		if (element instanceof Mine mine) {
			String detail = join(mine.getMineralText(), mine.getScale() == null ? null : literal(mine.getScale()));
			return orElse(join(mine.getName(), detail.isEmpty() ? null : "(" + detail + ")"), typeName(element.eClass()));
		}
		if (element instanceof PrintedStatement s) {
			if (s.getTable() == null || s.getTable().isEmpty()) {
				return orElse(s.getQuote(), orElse(s.getCode(), typeName(element.eClass())));
			}
			String where = join(s.getRowLabel(), s.getColumnLabel() == null ? null : "· " + s.getColumnLabel());
			return join(s.getTable(), where) + " = " + orElse(s.getValueText(), "");
		}
		if (element instanceof Indicator indicator) {
			return orElse(join(indicator.getName(), indicator.getTargetText()), typeName(element.eClass()));
		}
		if (element instanceof PlanElement planElement) {
			return orElse(orElse(planElement.getName(), planElement.getCode()), typeName(element.eClass()));
		}
		return typeName(element.eClass());
	}

	/** @return the display name of a model class, e.g. 勘查规划区块 / Exploration Block */
	public static String typeName(EClass eClass) {
		return MinplanEditPlugin.INSTANCE.getString("_UI_" + eClass.getName() + "_type");
	}

	/** @return the display name of a feature, e.g. 矿种 / Mineral */
	public static String featureName(EStructuralFeature feature) {
		return MinplanEditPlugin.INSTANCE
				.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
	}

	/** @return the display name of an enum value, e.g. 大型 / Large */
	public static String literal(org.eclipse.emf.common.util.Enumerator value) {
		String enumName = value.getClass().getSimpleName();
		return MinplanEditPlugin.INSTANCE.getString("_UI_" + enumName + "_" + value.getName() + "_literal");
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private static String join(String a, String b) {
		boolean hasA = a != null && !a.isBlank();
		boolean hasB = b != null && !b.isBlank();
		if (hasA && hasB) {
			return a + " " + b;
		}
		return hasA ? a : hasB ? b : "";
	}
}
