package org.minplan.report.review.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.edit.PlanLabels;

/**
 * Names of model classes, features and enum values in the report's language, read from the edit bundle's
 * {@code plugin.properties} / {@code plugin_zh.properties} — the names the workbench shows ({@link PlanLabels} gives
 * them only in the platform's language, while a report may be asked for in another).
 */
final class ModelNames {

	private final ResourceBundle bundle;

	ModelNames(Locale locale) {
		ResourceBundle found;
		try {
			found = ResourceBundle.getBundle("plugin", locale, PlanLabels.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		} catch (MissingResourceException e) {
			found = null;
		}
		bundle = found;
	}

	/** @return e.g. 开采规划区块 / Mining Block */
	String type(EClass type) {
		return get("_UI_" + type.getName() + "_type", () -> PlanLabels.typeName(type));
	}

	/** @return e.g. 名称 / Name */
	String feature(EStructuralFeature feature) {
		return get("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
				() -> PlanLabels.featureName(feature));
	}

	/** @return e.g. 大型 / Large */
	String literal(Enumerator value) {
		return get("_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal",
				() -> PlanLabels.literal(value));
	}

	private String get(String key, java.util.function.Supplier<String> fallback) {
		if (bundle != null) {
			try {
				return bundle.getString(key);
			} catch (MissingResourceException e) {
				// not in the file: the platform's name below
			}
		}
		return fallback.get();
	}
}
