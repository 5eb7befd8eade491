package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minplan.model.PrintedStatement;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Quantities;

/**
 * Printed totals add up (合计核对): every printed total ({@link PrintedStatement#isTotal()}) equals the sum of
 * the statements it lists as its parts, allowing for the rounding of the printed numbers. Totals with a part
 * that prints no number (xxx, blank) are not checked.
 */
public final class PrintedTotalRule extends AbstractRule {

	public static final String ID = "consistency.printedTotal";

	public PrintedTotalRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, PRINTED_STATEMENT);
	}

	@Override
	public Reach reach() {
		return Reach.PLAN; // a part's edit changes its total's finding
	}

	@Override
	public void check(RuleContext context) {
		for (PrintedStatement total : context.targets(PrintedStatement.class)) {
			Optional<BigDecimal> printed = Statements.value(total);
			if (!total.isTotal() || total.getParts().isEmpty() || printed.isEmpty()) {
				continue;
			}
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal allowance = BigDecimal.ZERO;
			boolean complete = true;
			for (PrintedStatement part : total.getParts()) {
				Optional<BigDecimal> value = Statements.value(part);
				if (value.isEmpty()) {
					complete = false;
					break;
				}
				sum = sum.add(value.get());
				allowance = allowance.add(Quantities.halfUnit(value.get()));
			}
			if (complete && !Quantities.agrees(printed.get(), sum, allowance)) {
				List<PrintedStatement> concerned = new ArrayList<>();
				concerned.add(total);
				concerned.addAll(total.getParts());
				context.finding("sum", context.label(total), Quantities.format(printed.get()),
						Integer.toString(total.getParts().size()), Quantities.format(sum)).on(concerned).report();
			}
		}
	}
}
