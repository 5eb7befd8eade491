package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.model.ElementSelector;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Quantities;

/**
 * Printed numbers agree with the elements they describe (文表一致): every statement with a selector prints
 * the measure — count, sum of stated areas, employees, output, output value, or number of distinct minerals —
 * of the elements its selectors select (each element once), allowing for the rounding of printed numbers.
 * Generic over statements: "额敏县: 专栏17 prints 26 exploration blocks, the plan has 25".
 */
public final class StatementMeasureRule extends AbstractRule {

	public static final String ID = "consistency.statementMeasure";

	/** Features of elements that selectors filter on or measures sum. */
	private static final Set<String> MEASURED = Set.of("county", "mineral", "minerals", "mineralText", "scale",
			"statedArea", "statedAreaUnit", "employees", "output", "outputValue");

	public StatementMeasureRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, PRINTED_STATEMENT);
	}

	@Override
	public Reach reach() {
		return Reach.PLAN;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return type == PRINTED_STATEMENT || feature == null || MEASURED.contains(feature.getName());
	}

	@Override
	public void check(RuleContext context) {
		for (PrintedStatement statement : context.targets(PrintedStatement.class)) {
			Optional<BigDecimal> printed = Statements.value(statement);
			if (statement.getSelector().isEmpty() || printed.isEmpty()) {
				continue;
			}
			ElementSelector first = statement.getSelector().get(0);
			for (ElementSelector selector : statement.getSelector()) {
				if (Statements.type(selector).isEmpty()) {
					context.finding("unknownType", context.label(statement), String.valueOf(selector.getElementType()))
							.on(statement).severity(Severity.WARNING).report();
				}
			}
			Optional<Collection<EObject>> selected = Statements.selectAll(context, statement);
			if (selected.isEmpty()) {
				continue;
			}
			StatementMeasure measure = first.getMeasure();
			Optional<Statements.Measured> measured = Statements.measure(measure, selected.get(), statement.getUnit());
			if (measured.isEmpty() || Quantities.agrees(printed.get(), measured.get().value(),
					measured.get().allowance())) {
				continue;
			}
			EClass type = Statements.type(first).orElseThrow();
			LocalizedText subject = subject(statement, first);
			LocalizedText source = Statements.source(statement, StatementMeasureRule.class);
			if (measure == StatementMeasure.COUNT) {
				context.finding("count", subject, source, Quantities.format(printed.get()), ElementLabels.plural(type),
						Quantities.format(measured.get().value())).on(statement).report();
			} else {
				context.finding("measure", subject, source, Statements.withUnit(printed.get(), statement.getUnit()),
						(LocalizedText) locale -> org.minplan.core.i18n.Texts.of(StatementMeasureRule.class, locale)
								.get("measure." + measure.getName()),
						ElementLabels.plural(type),
						Statements.withUnit(measured.get().value(), statement.getUnit())).on(statement).report();
			}
		}
	}

	/** @return e.g. 额敏县 · 金; the row label or the statement when the selector filters nothing */
	private static LocalizedText subject(PrintedStatement statement, ElementSelector selector) {
		LocalizedText filters = Statements.subject(selector);
		return locale -> {
			String text = filters.text(locale);
			if (!text.isEmpty()) {
				return text;
			}
			if (statement.getRowLabel() != null && !statement.getRowLabel().isBlank()) {
				return statement.getRowLabel();
			}
			return statement.getQuote() != null && !statement.getQuote().isBlank() ? statement.getQuote()
					: ElementLabels.label(statement);
		};
	}
}
