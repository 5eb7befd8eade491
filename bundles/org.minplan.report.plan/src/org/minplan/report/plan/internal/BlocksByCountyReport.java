package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;

import org.minplan.core.i18n.Texts;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ElementSelector;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;
import org.minplan.validation.support.Quantities;

/**
 * Planning blocks by county as 专栏17 and 18 print them: 行政区, 新设数量 and the minerals listed with their
 * counts ("金矿 1 个，矿泉水 4 个"), counties in the printed order; the 合计 row lists the minerals its printed
 * version names and puts the rest under 其他. Parameter {@value #COUNTY}: one county only (code or name).
 */
abstract class BlocksByCountyReport extends PlanTableReport {

	static final String COUNT_COLUMN = "新设数量";
	static final String MINERAL_COLUMN = "矿种";
	static final String TOTAL = "合计";
	/** Parameter: the county (code or name) the table is restricted to. */
	static final String COUNTY = "county";

	private final Function<Plan, List<? extends Block>> blocks;

	BlocksByCountyReport(String id, String number, Function<Plan, List<? extends Block>> blocks) {
		super(id, number);
		this.blocks = blocks;
	}

	@Override
	public List<ReportParameter> parameters() {
		return List.of(new ReportParameter(COUNTY, locale -> Texts.of(BlocksByCountyReport.class, locale).get("param.county"),
				ReportParameter.Kind.CHOICE, false, null, BlocksByCountyReport::counties));
	}

	/** @return the plan's counties as choices: code (name) */
	private static List<ReportParameter.Choice> counties(ReportInput input) {
		return PlanStatistics.counties(input.plan()).stream()
				.map(c -> new ReportParameter.Choice(c.getCode(), c.getName())).toList();
	}

	@Override
	public ReportDocument generate(ReportInput input, IProgressMonitor monitor) throws ReportException {
		String value = input.parameter(COUNTY);
		if (value == null || value.isBlank()) {
			return super.generate(input, monitor);
		}
		Plan plan = PlanTables.requirePlan(input);
		AdministrativeDivision county = county(plan, value.trim(), input.locale());
		TableBuilder table = newTable(plan, input.locale(), county.getName());
		build(plan, table, Texts.of(BlocksByCountyReport.class, input.locale()), county);
		ReportDocument document = new ReportDocument(table.caption());
		PlanTables.subtitle(document, input);
		PlanTables.addTable(document, table, input.locale());
		return document;
	}

	/** @return the county a parameter value names by code or name (also as the table prints it) */
	private AdministrativeDivision county(Plan plan, String value, Locale locale) throws ReportException {
		Map<AdministrativeDivision, String> printed = Printed.of(plan, number()).countyLabels(COUNT_COLUMN);
		for (AdministrativeDivision county : PlanStatistics.counties(plan)) {
			if (value.equals(county.getCode()) || value.equals(county.getName()) || value.equals(printed.get(county))) {
				return county;
			}
		}
		String expected = PlanStatistics.counties(plan).stream().map(c -> c.getCode() + " " + c.getName())
				.collect(Collectors.joining(", "));
		throw new ReportException(Texts.of(BlocksByCountyReport.class, locale).get("error.county", COUNTY, value, expected));
	}

	@Override
	protected void build(Plan plan, TableBuilder table, Texts texts) {
		build(plan, table, texts, null);
	}

	/** Builds the table, for one county only (without the 合计 row) when {@code only} is set. */
	private void build(Plan plan, TableBuilder table, Texts texts, AdministrativeDivision only) {
		table.headerKeys("col.county", "blocks.count", "blocks.minerals");
		Printed printed = Printed.of(plan, number());
		List<? extends Block> all = blocks.apply(plan).stream()
				.filter(b -> only == null || b.getCounty() == only).toList();

		Map<AdministrativeDivision, String> rows = new LinkedHashMap<>(printed.countyLabels(COUNT_COLUMN));
		PlanStatistics.counties(plan).forEach(c -> rows.putIfAbsent(c, c.getName()));
		if (only != null) {
			rows.keySet().retainAll(List.of(only));
		}
		Map<String, List<Block>> byRow = new LinkedHashMap<>();
		rows.values().forEach(label -> byRow.put(label, new ArrayList<>()));
		for (Block block : all) {
			String label = block.getCounty() == null ? texts.get("col.noCounty")
					: rows.getOrDefault(block.getCounty(), block.getCounty().getName());
			byRow.computeIfAbsent(label, k -> new ArrayList<>()).add(block);
		}
		for (Map.Entry<String, List<Block>> row : byRow.entrySet()) {
			Map<String, List<Block>> byMineral = inPrintedOrder(byMineral(row.getValue()),
					printed.mineralTexts(row.getKey(), MINERAL_COLUMN));
			List<String> items = new ArrayList<>();
			byMineral.forEach((mineral, list) -> items.add(item(mineral, list.size(), "个")));
			table.row(TableBuilder.text(row.getKey()),
					TableBuilder.count(row.getValue().size(), PlanTables.synthetic(row.getValue())),
					TableBuilder.text(String.join("，", items)));
			printed.compare(table, texts, row.getKey(), COUNT_COLUMN, row.getKey() + " · " + texts.get("blocks.count"),
					BigDecimal.valueOf(row.getValue().size()));
			compareItems(table, texts, printed, row.getKey(), byMineral);
		}
		if (only == null) {
			totalRow(table, texts, printed, all);
		}
	}

	private void totalRow(TableBuilder table, Texts texts, Printed printed, List<? extends Block> all) {
		Map<String, List<Block>> byMineral = byMineral(all);
		List<String> listed = printed.mineralTexts(TOTAL, MINERAL_COLUMN);
		if (listed.isEmpty()) {
			listed = byMineral.entrySet().stream()
					.sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).map(Map.Entry::getKey)
					.toList();
		}
		List<String> items = new ArrayList<>();
		int rest = all.size();
		for (String mineral : listed) {
			int count = byMineral.getOrDefault(mineral, List.of()).size();
			rest -= count;
			items.add(item(mineral, count, unitOf(printed, mineral)));
			statementOf(printed, mineral).flatMap(Printed::value).filter(p -> p.compareTo(BigDecimal.valueOf(count)) != 0)
					.ifPresent(p -> table.note(texts.get("note.differs", texts.get("col.total") + " · " + mineral, Integer.toString(count), Quantities.format(p))));
		}
		if (rest > 0 || statementOf(printed, null).isPresent()) {
			items.add(item(texts.get("blocks.other"), rest, "个"));
			int other = rest;
			statementOf(printed, null).flatMap(Printed::value).filter(p -> p.compareTo(BigDecimal.valueOf(other)) != 0)
					.ifPresent(p -> table.note(
							texts.get("note.differs", texts.get("col.total") + " · " + texts.get("blocks.other"), Integer.toString(other), Quantities.format(p))));
		}
		table.row(TableBuilder.text(texts.get("col.total")).bold(),
				TableBuilder.count(all.size(), PlanTables.synthetic(all)).bold(),
				TableBuilder.text(String.join("、", items)).bold());
		printed.compare(table, texts, TOTAL, COUNT_COLUMN, texts.get("col.total") + " · " + texts.get("blocks.count"),
				BigDecimal.valueOf(all.size()));
	}

	/** Notes each mineral of a county whose count differs from the printed item, or is not printed at all. */
	private static void compareItems(TableBuilder table, Texts texts, Printed printed, String row,
			Map<String, List<Block>> byMineral) {
		List<String> printedMinerals = new ArrayList<>();
		for (PrintedStatement s : printed.at(row, MINERAL_COLUMN)) {
			String mineral = s.getSelector().stream().map(ElementSelector::getMineralText).filter(t -> t != null)
					.findFirst().orElse(null);
			if (mineral == null) {
				continue;
			}
			printedMinerals.add(mineral);
			int count = byMineral.getOrDefault(mineral, List.of()).size();
			Printed.value(s).filter(p -> p.compareTo(BigDecimal.valueOf(count)) != 0)
					.ifPresent(p -> table.note(texts.get("note.differs", row + " · " + mineral, Integer.toString(count), Quantities.format(p))));
		}
		if (!printed.at(row, MINERAL_COLUMN).isEmpty()) {
			byMineral.forEach((mineral, list) -> {
				if (!printedMinerals.contains(mineral)) {
					table.note(texts.get("note.differs", row + " · " + mineral, Integer.toString(list.size()), "0"));
				}
			});
		}
	}

	/** @return the 合计 row's statement of a mineral, or (mineral null) its 其他 statement */
	private static Optional<PrintedStatement> statementOf(Printed printed, String mineral) {
		return printed.at(TOTAL, MINERAL_COLUMN).stream().filter(s -> mineral == null ? s.getSelector().isEmpty()
				: s.getSelector().stream().anyMatch(sel -> mineral.equals(sel.getMineralText()))).findFirst();
	}

	private static String unitOf(Printed printed, String mineral) {
		return statementOf(printed, mineral).map(PrintedStatement::getUnit).filter(u -> u != null && !u.isBlank())
				.orElse("个");
	}

	private static Map<String, List<Block>> byMineral(List<? extends Block> blocks) {
		Map<String, List<Block>> byMineral = new LinkedHashMap<>();
		for (Block block : blocks) {
			byMineral.computeIfAbsent(PlanStatistics.mineralOf(block), k -> new ArrayList<>()).add(block);
		}
		return byMineral;
	}

	/** @return the minerals the printed row lists first, in its order, then the others in plan order */
	private static Map<String, List<Block>> inPrintedOrder(Map<String, List<Block>> byMineral, List<String> printed) {
		Map<String, List<Block>> ordered = new LinkedHashMap<>();
		printed.stream().filter(byMineral::containsKey).forEach(m -> ordered.put(m, byMineral.get(m)));
		ordered.putAll(byMineral);
		return ordered;
	}

	private static String item(String mineral, int count, String unit) {
		return mineral + " " + count + " " + unit;
	}
}
