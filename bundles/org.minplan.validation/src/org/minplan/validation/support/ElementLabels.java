package org.minplan.validation.support;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.edit.PlanLabels;
import org.minplan.model.provider.MinplanEditPlugin;
import org.minplan.validation.LocalizedText;

/**
 * Names of elements, model classes, features and enum values for finding messages. Elements are named by
 * {@link PlanLabels#text} (as the explorer shows them); class, feature and value names come from the
 * model.edit bundle's {@code plugin.properties} in the language the message is shown in.
 */
public final class ElementLabels {

	private ElementLabels() {
	}

	/** @return the label of an element as the explorer shows it */
	public static String label(EObject element) {
		return PlanLabels.text(element);
	}

	/** @return the name of a model class, e.g. 勘查规划区块 / Exploration Block */
	public static LocalizedText typeName(EClass type) {
		return locale -> edit(locale, "_UI_" + type.getName() + "_type", type.getName());
	}

	/**
	 * @return the class name as used after a number: "exploration blocks" in English ("26 exploration
	 *         blocks"), 勘查规划区块 in Chinese
	 */
	public static LocalizedText plural(EClass type) {
		return locale -> {
			String name = edit(locale, "_UI_" + type.getName() + "_type", type.getName());
			return "zh".equals(locale.getLanguage()) ? name : name.toLowerCase(Locale.ENGLISH) + "s";
		};
	}

	/** @return the name of a feature, e.g. 编号 / Code */
	public static LocalizedText featureName(EStructuralFeature feature) {
		return locale -> edit(locale,
				"_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
				feature.getName());
	}

	/** @return the name of an enum value, e.g. 大型 / Large */
	public static LocalizedText literal(Enumerator value) {
		String enumName = value.getClass().getSimpleName();
		return locale -> edit(locale, "_UI_" + enumName + "_" + value.getName() + "_literal", value.getLiteral());
	}

	private static String edit(Locale locale, String key, String fallback) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("plugin", locale,
					MinplanEditPlugin.class.getClassLoader(),
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return bundle.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
