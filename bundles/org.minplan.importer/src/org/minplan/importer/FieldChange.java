package org.minplan.importer;

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.core.i18n.Texts;
import org.minplan.model.PlanElement;
import org.minplan.model.spatial.Shape;

/**
 * One field of a plan element the import changes: old value → new value.
 *
 * @param feature  the model feature, e.g. {@code name}, {@code mineral}, {@code geometry}
 * @param oldValue the value in the plan (may be null)
 * @param newValue the value submitted (a reference to an element of the plan for references)
 */
public record FieldChange(EStructuralFeature feature, Object oldValue, Object newValue) {

	/** @return the field's name in the user's language, e.g. 矿种 / mineral */
	public String label(Locale locale) {
		return Texts.of(FieldChange.class, locale).get("feature." + feature.getName());
	}

	/** @return the old value as the preview shows it (enum values as their model literal) */
	public String oldText() {
		return text(oldValue);
	}

	/** @return the new value as the preview shows it (enum values as their model literal) */
	public String newText() {
		return text(newValue);
	}

	/** @return the old value in the user's language (e.g. 普查 for the stage prospecting) */
	public String oldText(Locale locale) {
		return text(oldValue, locale);
	}

	/** @return the new value in the user's language */
	public String newText(Locale locale) {
		return text(newValue, locale);
	}

	/** @return {@link #text(Object)}, with enum values named in the user's language */
	public static String text(Object value, Locale locale) {
		if (value instanceof Enumerator literal && value instanceof Enum<?> e) {
			String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + literal.getLiteral();
			String text = Texts.of(FieldChange.class, locale).get(key);
			return text.startsWith("!") ? literal.getLiteral() : text;
		}
		return text(value);
	}

	/**
	 * @return a value in short: an element's name, a number without exponent, an enum's literal, a geometry
	 *         as its type, vertex count and first vertex; "—" for none
	 */
	public static String text(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof PlanElement element) {
			return element.getName();
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		if (value instanceof Shape shape) {
			String first = plain(shape.x()) + " " + plain(shape.y());
			if (shape.kind() == Shape.Kind.POINT) {
				return "POINT(" + first + ") EPSG:" + shape.srid();
			}
			int vertices = 0;
			for (int p = 0; p < shape.polygonCount(); p++) {
				for (int r = 0; r < shape.ringCount(p); r++) {
					vertices += shape.ring(p, r).length / 2;
				}
			}
			return shape.kind() + "(" + vertices + " vertices, first " + first + ") EPSG:" + shape.srid();
		}
		return String.valueOf(value);
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
