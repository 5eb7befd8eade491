package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minplan.core.i18n.Texts;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.validation.support.ElementLabels;

/**
 * A table of planning indicators (规划指标, 专栏13 and 14) as printed — 序号, 指标名称, 单位, target, 属性 (merged
 * over consecutive rows of the same attribute) — with two columns the plan cannot print: the value the model
 * gives now and whether it meets the target (达成情况).
 */
abstract class IndicatorTableReport extends PlanTableReport {

	private final String targetHeader;

	IndicatorTableReport(String id, String number, String targetHeader) {
		super(id, number);
		this.targetHeader = targetHeader;
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.headerKeys("col.number", "ind.name", "ind.unit", targetHeader, "ind.attribute", "ind.current",
				"ind.achievement");
		List<Indicator> indicators = plan.getIndicators().stream().filter(i -> number().equals(i.getTable())).toList();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			List<Cell> row = new ArrayList<>();
			row.add(TableBuilder.text(indicator.getNumber()));
			row.add(TableBuilder.text(indicator.getName()));
			row.add(TableBuilder.text(indicator.getUnit()));
			row.add(TableBuilder.printed(indicator.getTargetText()));
			if (i == 0 || indicators.get(i - 1).getAttribute() != indicator.getAttribute()) {
				int span = 1;
				while (i + span < indicators.size() && indicators.get(i + span).getAttribute() == indicator.getAttribute()) {
					span++;
				}
				row.add(TableBuilder.text(attribute(indicator.getAttribute(), texts)).span(1, span));
			}
			IndicatorValues.Current current = IndicatorValues.current(plan, indicator);
			row.add(current.value().map(v -> TableBuilder.decimal(v, decimals(indicator), false, current.synthetic()))
					.orElseGet(() -> TableBuilder.text("—")));
			row.add(TableBuilder.text(achievement(indicator, current.value(), texts)));
			table.row(row);
		}
		table.note(texts.get("ind.note.current"));
	}

	private static String attribute(IndicatorAttribute attribute, Texts texts) {
		return attribute == null ? "" : ElementLabels.literal(attribute).text(texts.locale());
	}

	private static String achievement(Indicator indicator, Optional<BigDecimal> value, Texts texts) {
		return switch (IndicatorValues.achievement(indicator, value)) {
		case MET -> texts.get("ind.met");
		case MISSED -> texts.get("ind.missed");
		case UNKNOWN -> texts.get("ind.unknown");
		};
	}

	/** @return decimals of the current value: counts whole, shares one decimal, outputs two (as 专栏6) */
	private static int decimals(Indicator indicator) {
		IndicatorMeasure measure = indicator.getMeasure();
		if (measure == IndicatorMeasure.LARGE_MEDIUM_SHARE) {
			return 1;
		}
		return measure == IndicatorMeasure.ANNUAL_OUTPUT ? 2 : 0;
	}
}
