package org.minplan.validation.rules.consistency.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.ElementSelector;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.RuleContext;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.Quantities;

/**
 * Printed statements and the elements their selectors describe, read generically: a selector names a model
 * class and optionally a county, minerals (catalogue entries or a printed text) and a scale; the elements are
 * those of that class in the plan whose features of the same names match.
 */
final class Statements {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private Statements() {
	}

	/** @return the number a statement prints, if it prints one (not "xxx") */
	static Optional<BigDecimal> value(PrintedStatement statement) {
		return statement.getValue() != null ? Optional.of(statement.getValue())
				: Quantities.parseNumber(statement.getValueText());
	}

	/** @return the model class a selector names, if it is one */
	static Optional<EClass> type(ElementSelector selector) {
		String name = selector.getElementType();
		EClassifier classifier = name == null ? null : MinplanPackage.eINSTANCE.getEClassifier(name.trim());
		return classifier instanceof EClass c ? Optional.of(c) : Optional.empty();
	}

	/** @return the elements a selector selects, in plan order */
	static List<EObject> select(RuleContext context, ElementSelector selector, EClass type) {
		List<EObject> selected = new ArrayList<>();
		for (EObject element : context.all(type.getInstanceClass().asSubclass(EObject.class))) {
			if (type.isInstance(element) && matches(element, selector)) {
				selected.add(element);
			}
		}
		return selected;
	}

	/** @return the elements of all of a statement's selectors (each once), or empty if a type is unknown */
	static Optional<Collection<EObject>> selectAll(RuleContext context, PrintedStatement statement) {
		Set<EObject> all = Collections.newSetFromMap(new LinkedHashMap<>());
		for (ElementSelector selector : statement.getSelector()) {
			Optional<EClass> type = type(selector);
			if (type.isEmpty()) {
				return Optional.empty();
			}
			all.addAll(select(context, selector, type.get()));
		}
		return Optional.of(all);
	}

	static boolean matches(EObject element, ElementSelector selector) {
		EClass c = element.eClass();
		if (selector.getCounty() != null) {
			EStructuralFeature county = c.getEStructuralFeature("county");
			if (county == null || element.eGet(county) != selector.getCounty()) {
				return false;
			}
		}
		Mineral mineral = mineral(element);
		String text = string(element, "mineralText");
		if (!selector.getMinerals().isEmpty()) {
			EStructuralFeature many = c.getEStructuralFeature("minerals");
			boolean hit = many != null && many.isMany()
					&& ((Collection<?>) element.eGet(many)).stream().anyMatch(selector.getMinerals()::contains);
			if (!hit && selector.getMinerals().stream().noneMatch(m -> Minerals.matches(m, null, mineral, text))) {
				return false;
			}
		}
		String printed = selector.getMineralText();
		if (printed != null && !printed.isBlank()
				&& !Minerals.normalise(printed).equals(Minerals.normalise(printedMineral(mineral, text)))) {
			return false;
		}
		if (selector.isUseScale()) {
			EStructuralFeature scale = c.getEStructuralFeature("scale");
			return scale != null && element.eGet(scale) == selector.getScale();
		}
		return true;
	}

	/** @return the element's catalogue mineral, if it has a single one */
	static Mineral mineral(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("mineral");
		return feature != null && !feature.isMany() && element.eGet(feature) instanceof Mineral m ? m : null;
	}

	static String string(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature != null && element.eGet(feature) instanceof String s ? s : null;
	}

	private static BigDecimal decimal(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			return null;
		}
		Object value = element.eGet(feature);
		return value instanceof BigDecimal d ? d : value instanceof Integer i ? BigDecimal.valueOf(i) : null;
	}

	/** @return the mineral as tables print it: the text, else the catalogue name */
	static String printedMineral(Mineral mineral, String text) {
		if (text != null && !text.isBlank()) {
			return text;
		}
		return mineral == null || mineral.getName() == null ? "" : mineral.getName();
	}

	/**
	 * The measure of a set of elements in the statement's unit.
	 *
	 * @param value     the result
	 * @param allowance the rounding the summed values carry (half a unit of each one's last digit)
	 */
	record Measured(BigDecimal value, BigDecimal allowance) {
	}

	/** @return the measure, or empty when it cannot be computed in the statement's unit */
	static Optional<Measured> measure(StatementMeasure measure, Collection<EObject> elements, String unit) {
		Optional<Quantities.Unit> target = Quantities.parseUnit(unit);
		switch (measure) {
		case COUNT:
			return Optional.of(new Measured(BigDecimal.valueOf(elements.size()), BigDecimal.ZERO));
		case DISTINCT_MINERALS: {
			Set<Object> minerals = new HashSet<>();
			Set<Mineral> byEntry = Collections.newSetFromMap(new IdentityHashMap<>());
			for (EObject e : elements) {
				Mineral m = mineral(e);
				if (m != null) {
					byEntry.add(m);
				} else {
					String name = Minerals.normalise(string(e, "mineralText"));
					if (!name.isEmpty()) {
						minerals.add(name);
					}
				}
			}
			return Optional.of(new Measured(BigDecimal.valueOf(minerals.size() + byEntry.size()), BigDecimal.ZERO));
		}
		case SUM_AREA: {
			if (target.isEmpty() || target.get().dimension() != Quantities.Dimension.AREA) {
				return Optional.empty();
			}
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal allowance = BigDecimal.ZERO;
			for (EObject e : elements) {
				BigDecimal area = decimal(e, "statedArea");
				EStructuralFeature unitFeature = e.eClass().getEStructuralFeature("statedAreaUnit");
				if (area == null || unitFeature == null) {
					continue;
				}
				Quantities.Unit from = areaUnit((AreaUnit) e.eGet(unitFeature));
				sum = sum.add(from.convert(area, target.get()));
				allowance = allowance.add(from.convert(Quantities.halfUnit(area), target.get()));
			}
			return Optional.of(new Measured(sum, allowance));
		}
		case SUM_EMPLOYEES:
			return Optional.of(sum(elements, "employees", null, null));
		case SUM_OUTPUT:
			return Optional.of(sum(elements, "output", target.orElse(null), Quantities.Dimension.MASS));
		case SUM_OUTPUT_VALUE:
			return Optional.of(sum(elements, "outputValue", target.orElse(null), Quantities.Dimension.MONEY));
		default:
			return Optional.empty();
		}
	}

	/** Sums a feature; values in 万 (万吨, 万元) converted to the statement's unit when it has one. */
	private static Measured sum(Collection<EObject> elements, String feature, Quantities.Unit target,
			Quantities.Dimension dimension) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal allowance = BigDecimal.ZERO;
		for (EObject e : elements) {
			BigDecimal value = decimal(e, feature);
			if (value != null) {
				sum = sum.add(value);
				allowance = allowance.add(Quantities.halfUnit(value));
			}
		}
		if (target != null && dimension != null
				&& (target.dimension() == dimension || target.dimension() == Quantities.Dimension.VOLUME
						&& dimension == Quantities.Dimension.MASS)) {
			Quantities.Unit wan = new Quantities.Unit(target.dimension(), TEN_THOUSAND);
			sum = wan.convert(sum, target);
			allowance = wan.convert(allowance, target);
		}
		return new Measured(sum, allowance);
	}

	private static Quantities.Unit areaUnit(AreaUnit unit) {
		return new Quantities.Unit(Quantities.Dimension.AREA, switch (unit == null ? AreaUnit.SQUARE_KILOMETRE : unit) {
		case SQUARE_KILOMETRE -> BigDecimal.valueOf(1_000_000);
		case HECTARE -> BigDecimal.valueOf(10_000);
		case SQUARE_METRE -> BigDecimal.ONE;
		});
	}

	/** @return what a selector is about, e.g. 额敏县 · 金: county, minerals, scale joined; empty if none */
	static LocalizedText subject(ElementSelector selector) {
		return locale -> {
			List<String> parts = new ArrayList<>();
			AdministrativeDivision county = selector.getCounty();
			if (county != null && county.getName() != null) {
				parts.add(county.getName());
			}
			if (selector.getMineralText() != null && !selector.getMineralText().isBlank()) {
				parts.add(selector.getMineralText());
			} else {
				selector.getMinerals().stream().map(Mineral::getName).filter(n -> n != null).forEach(parts::add);
			}
			if (selector.isUseScale() && selector.getScale() != null) {
				parts.add(ElementLabels.literal(selector.getScale()).text(locale));
			}
			return String.join(" · ", parts);
		};
	}

	/** @return where a statement is printed: its table (专栏17), else the text line */
	static LocalizedText source(PrintedStatement statement, Class<?> owner) {
		return locale -> {
			if (statement.getTable() != null && !statement.getTable().isBlank()) {
				return statement.getTable();
			}
			org.minplan.core.i18n.Texts texts = org.minplan.core.i18n.Texts.of(owner, locale);
			return statement.getSeedLine() > 0 ? texts.get("source.textLine", Integer.toString(statement.getSeedLine()))
					: texts.get("source.text");
		};
	}

	/** @return "26" or "26 万吨" */
	static String withUnit(BigDecimal value, String unit) {
		String number = Quantities.format(value);
		return unit == null || unit.isBlank() ? number : number + " " + unit.trim();
	}
}
