package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minplan.core.i18n.Texts;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;

/**
 * 专栏20 砂石土集中开采区设置表 (printed under the wrong number 专栏18 in the seed): concentrated mining areas by
 * county (rows, printed order) and mineral (建筑用砂, 砖瓦用粘土), with 总计 per county and a 合计 row.
 */
public final class ConcentratedAreasReport extends PlanTableReport {

	static final String TABLE = "专栏20";
	static final String ROW_TOTAL = "总计";
	static final String TOTAL = "合计";

	public ConcentratedAreasReport() {
		super("plan.zl20", TABLE);
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		Printed printed = Printed.of(plan, TABLE);
		Set<String> minerals = new LinkedHashSet<>();
		plan.getStatements().stream().filter(s -> TABLE.equals(s.getTable()) && s.getColumnLabel() != null
				&& !ROW_TOTAL.equals(s.getColumnLabel())).forEach(s -> minerals.add(s.getColumnLabel()));
		plan.getConcentratedAreas().forEach(a -> minerals.add(PlanStatistics.mineralOf(a)));

		List<Cell> header = new ArrayList<>(List.of(TableBuilder.text(texts.get("col.number")),
				TableBuilder.text(texts.get("col.county"))));
		minerals.forEach(m -> header.add(TableBuilder.text(m)));
		header.add(TableBuilder.text(texts.get("zl20.rowTotal")));
		table.header(header.toArray(Cell[]::new));

		Map<AdministrativeDivision, String> rows = new LinkedHashMap<>(printed.countyLabels(ROW_TOTAL));
		PlanStatistics.counties(plan).forEach(c -> rows.putIfAbsent(c, c.getName()));
		Map<String, List<ConcentratedMiningArea>> byRow = new LinkedHashMap<>();
		rows.values().forEach(label -> byRow.put(label, new ArrayList<>()));
		for (ConcentratedMiningArea area : plan.getConcentratedAreas()) {
			String label = area.getCounty() == null ? texts.get("col.noCounty")
					: rows.getOrDefault(area.getCounty(), area.getCounty().getName());
			byRow.computeIfAbsent(label, k -> new ArrayList<>()).add(area);
		}
		int number = 0;
		for (Map.Entry<String, List<ConcentratedMiningArea>> row : byRow.entrySet()) {
			List<Cell> cells = new ArrayList<>();
			cells.add(TableBuilder.text(Integer.toString(++number)));
			cells.add(TableBuilder.text(row.getKey()));
			cells.addAll(counts(table, texts, printed, row.getKey(), row.getKey(), minerals, row.getValue()));
			table.row(cells);
		}
		List<Cell> total = new ArrayList<>();
		total.add(TableBuilder.text(texts.get("col.total")).span(2, 1));
		total.addAll(counts(table, texts, printed, TOTAL, texts.get("col.total"), minerals, plan.getConcentratedAreas()));
		table.row(MinesReport.bold(total));
	}

	/** @return the counts of each mineral and their sum, noting where the printed figure differs */
	private static List<Cell> counts(TableBuilder table, Texts texts, Printed printed, String rowLabel, String shown,
			Set<String> minerals, List<ConcentratedMiningArea> areas) {
		List<Cell> cells = new ArrayList<>();
		for (String mineral : minerals) {
			List<ConcentratedMiningArea> of = areas.stream().filter(a -> mineral.equals(PlanStatistics.mineralOf(a)))
					.toList();
			cells.add(TableBuilder.count(of.size(), PlanTables.synthetic(of)));
			printed.compare(table, texts, rowLabel, mineral, shown + " · " + mineral, BigDecimal.valueOf(of.size()));
		}
		cells.add(TableBuilder.count(areas.size(), PlanTables.synthetic(areas)));
		printed.compare(table, texts, rowLabel, ROW_TOTAL, shown + " · " + texts.get("zl20.rowTotal"),
				BigDecimal.valueOf(areas.size()));
		return cells;
	}
}
