package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minplan.core.i18n.Texts;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Quantities;

/**
 * 专栏19 砂石土资源开采总量调控规划表: per sand-gravel-soil mineral the mines and annual output now (2020 年末现状,
 * computed from the model's mines as the indicators count them) and the 2025 targets (调控目标), with a 合计 row
 * adding up the rows.
 */
public final class SandGravelTotalsReport extends PlanTableReport {

	static final String TABLE = "专栏19";
	static final String MINES_2020 = "2020 年末现状/矿山数";
	static final String OUTPUT_2020 = "2020 年末现状/年开采总量 (万立方米)";

	public SandGravelTotalsReport() {
		super("plan.zl19", TABLE);
	}

	/** One printed row: the mine-count and output indicators of one mineral. */
	private static final class Row {
		String label;
		Indicator mines;
		Indicator output;
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.header(TableBuilder.text(texts.get("zl19.mineral")).span(1, 2),
				TableBuilder.text(texts.get("zl19.now")).span(2, 1), TableBuilder.text(texts.get("zl19.target")).span(2, 1),
				TableBuilder.text(texts.get("zl19.attribute")).span(1, 2));
		table.headerKeys("zl19.mines", "zl19.output", "zl19.mines", "zl19.output");

		Map<Mineral, Row> rows = new LinkedHashMap<>();
		for (Indicator indicator : plan.getIndicators()) {
			if (!TABLE.equals(indicator.getTable()) || indicator.getMineral() == null) {
				continue;
			}
			Row row = rows.computeIfAbsent(indicator.getMineral(), m -> new Row());
			if (row.label == null) {
				String name = indicator.getName() == null ? indicator.getMineral().getName() : indicator.getName().trim();
				row.label = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
			}
			if (indicator.getMeasure() == IndicatorMeasure.MINE_COUNT_OF_MINERAL) {
				row.mines = indicator;
			} else if (indicator.getMeasure() == IndicatorMeasure.ANNUAL_OUTPUT) {
				row.output = indicator;
			}
		}
		Printed printed = Printed.of(plan, TABLE);
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		boolean synthetic = false;
		int index = 0;
		for (Row row : rows.values()) {
			IndicatorValues.Current mines = current(plan, row.mines);
			IndicatorValues.Current output = current(plan, row.output);
			synthetic |= mines.synthetic() || output.synthetic();
			List<Cell> cells = new ArrayList<>();
			cells.add(TableBuilder.text(row.label));
			cells.add(value(mines, 0));
			cells.add(value(output, 2));
			cells.add(target(row.mines));
			cells.add(target(row.output));
			if (index++ == 0) {
				Indicator first = row.mines != null ? row.mines : row.output;
				String attribute = first == null || first.getAttribute() == null ? ""
						: ElementLabels.literal(first.getAttribute()).text(texts.locale());
				cells.add(TableBuilder.text(attribute).span(1, rows.size() + 1));
			}
			table.row(cells);
			sums[0] = sums[0].add(mines.value().orElse(BigDecimal.ZERO));
			sums[1] = sums[1].add(output.value().orElse(BigDecimal.ZERO));
			sums[2] = sums[2].add(targetValue(row.mines).orElse(BigDecimal.ZERO));
			sums[3] = sums[3].add(targetValue(row.output).orElse(BigDecimal.ZERO));
			mines.value().ifPresent(v -> printed.compare(table, texts, row.label, MINES_2020,
					row.label + " · " + texts.get("zl19.now") + " · " + texts.get("zl19.mines"), v));
			output.value().ifPresent(v -> printed.compare(table, texts, row.label, OUTPUT_2020,
					row.label + " · " + texts.get("zl19.now") + " · " + texts.get("zl19.output"), v));
		}
		List<Cell> total = new ArrayList<>();
		total.add(TableBuilder.text(texts.get("col.total")));
		total.add(TableBuilder.decimal(sums[0], 0, false, synthetic));
		total.add(TableBuilder.decimal(sums[1], 2, false, synthetic));
		total.add(TableBuilder.decimal(sums[2], -1, false, false));
		total.add(TableBuilder.decimal(sums[3], -1, false, false));
		if (rows.isEmpty()) {
			total.add(TableBuilder.text(""));
		}
		table.row(MinesReport.bold(total));
		String totalLabel = "合计";
		printed.compare(table, texts, totalLabel, MINES_2020,
				texts.get("col.total") + " · " + texts.get("zl19.now") + " · " + texts.get("zl19.mines"), sums[0]);
		printed.compare(table, texts, totalLabel, OUTPUT_2020,
				texts.get("col.total") + " · " + texts.get("zl19.now") + " · " + texts.get("zl19.output"), sums[1]);
		table.note(texts.get("zl19.note.now"));
	}

	private static IndicatorValues.Current current(Plan plan, Indicator indicator) {
		return indicator == null ? new IndicatorValues.Current(Optional.empty(), false)
				: IndicatorValues.current(plan, indicator);
	}

	private static Cell value(IndicatorValues.Current current, int decimals) {
		return current.value().map(v -> TableBuilder.decimal(v, decimals, false, current.synthetic()))
				.orElseGet(() -> TableBuilder.text("—"));
	}

	private static Cell target(Indicator indicator) {
		return TableBuilder.printed(indicator == null ? "" : indicator.getTargetText());
	}

	private static Optional<BigDecimal> targetValue(Indicator indicator) {
		return indicator == null ? Optional.empty() : Quantities.parseNumber(indicator.getTargetText());
	}
}
