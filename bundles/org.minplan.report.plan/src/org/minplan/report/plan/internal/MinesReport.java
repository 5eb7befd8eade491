package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minplan.core.i18n.Texts;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;

/**
 * 专栏6 主要矿山开发利用现状统计表: mines by mineral (as the table prints it) and scale, with employees, ore
 * output (万吨) and output value (万元); the total (总计) is the first, numbered row, as printed.
 */
public final class MinesReport extends PlanTableReport {

	static final String TABLE = "专栏6";
	/** Column labels of the printed statements, in column order. */
	static final List<String> COLUMNS = List.of("矿山数（个）/合计", "矿山数（个）/大型", "矿山数（个）/中型", "矿山数（个）/小型",
			"矿山数（个）/小矿", "从业人数 （人）", "矿石产量 （万吨）", "工业总产值 （万元）");
	private static final String TOTAL = "总计";

	public MinesReport() {
		super("plan.zl06", TABLE);
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		table.wide();
		table.header(TableBuilder.text(texts.get("col.number")).span(1, 2),
				TableBuilder.text(texts.get("zl06.mineral")).span(1, 2),
				TableBuilder.text(texts.get("zl06.mines")).span(5, 1),
				TableBuilder.text(texts.get("zl06.employees")).span(1, 2),
				TableBuilder.text(texts.get("zl06.output")).span(1, 2),
				TableBuilder.text(texts.get("zl06.value")).span(1, 2));
		table.headerKeys("zl06.total", "scale.large", "scale.medium", "scale.small", "scale.tiny");

		Printed printed = Printed.of(plan, TABLE);
		Map<String, List<Mine>> byMineral = new LinkedHashMap<>();
		for (String label : printed.rowLabels(COLUMNS.get(0))) {
			if (!TOTAL.equals(label)) {
				byMineral.put(label, new ArrayList<>());
			}
		}
		for (Mine mine : plan.getMines()) {
			byMineral.computeIfAbsent(PlanStatistics.mineralOf(mine), k -> new ArrayList<>()).add(mine);
		}
		byMineral.values().removeIf(List::isEmpty);

		table.row(bold(cells(texts, "1", texts.get("zl06.grandTotal"), plan.getMines(), true)));
		compare(table, texts, printed, TOTAL, texts.get("zl06.grandTotal"), plan.getMines());
		int number = 1;
		for (Map.Entry<String, List<Mine>> row : byMineral.entrySet()) {
			table.row(cells(texts, Integer.toString(++number), row.getKey(), row.getValue(), false));
			compare(table, texts, printed, row.getKey(), row.getKey(), row.getValue());
		}
		for (String repeated : printed.repeatedRows(COLUMNS.get(0))) {
			table.note(texts.get("zl06.note.repeated", repeated));
		}
	}

	private static List<Cell> cells(Texts texts, String number, String label, List<Mine> mines, boolean total) {
		boolean synthetic = PlanTables.synthetic(mines);
		List<Cell> cells = new ArrayList<>();
		cells.add(TableBuilder.text(number));
		cells.add(TableBuilder.text(label));
		for (long value : counts(mines)) {
			cells.add(TableBuilder.countOrBlank(value, synthetic));
		}
		long employees = PlanStatistics.sumInt(mines, Mine::getEmployees);
		cells.add(TableBuilder.decimal(BigDecimal.valueOf(employees), 0, total, synthetic));
		cells.add(TableBuilder.decimal(PlanStatistics.sumDecimal(mines, Mine::getOutput), 2, true, synthetic));
		cells.add(TableBuilder.decimal(PlanStatistics.sumDecimal(mines, Mine::getOutputValue), 2, true, synthetic));
		return cells;
	}

	/** @return all mines, then large, medium, small, tiny */
	private static long[] counts(List<Mine> mines) {
		long[] counts = new long[5];
		counts[0] = mines.size();
		for (Mine mine : mines) {
			if (mine.getScale() != null) {
				counts[1 + mine.getScale().getValue() - MineScale.LARGE_VALUE]++;
			}
		}
		return counts;
	}

	private void compare(TableBuilder table, Texts texts, Printed printed, String rowLabel, String shown,
			List<Mine> mines) {
		long[] counts = counts(mines);
		List<BigDecimal> values = new ArrayList<>();
		for (long count : counts) {
			values.add(BigDecimal.valueOf(count));
		}
		values.add(BigDecimal.valueOf(PlanStatistics.sumInt(mines, Mine::getEmployees)));
		values.add(PlanStatistics.sumDecimal(mines, Mine::getOutput));
		values.add(PlanStatistics.sumDecimal(mines, Mine::getOutputValue));
		for (int c = 0; c < COLUMNS.size(); c++) {
			printed.compare(table, texts, rowLabel, COLUMNS.get(c), shown + " · " + texts.get("zl06.column." + c),
					values.get(c));
		}
	}

	static List<Cell> bold(List<Cell> cells) {
		return cells.stream().map(Cell::bold).toList();
	}
}
