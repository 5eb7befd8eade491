package org.minplan.sample.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ElementSelector;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;

/**
 * The numbers the plan prints that rules compare with the elements (PrintedStatement): every cell of 专栏6,
 * the county rows, items and 合计 rows of 专栏17 and 18, the cells of 专栏19 and 20, and every number stated
 * in the running text ({@code statements.tsv}). A statement's selector says which elements it counts or
 * sums; it is left empty where the plan's number describes nothing in the model or where the selector
 * cannot say what it means (see {@link #textSelector}). Totals name the statements they sum as parts.
 */
final class StatementSection {

	private static final String[] ZL6_COLUMNS = { "矿山数（个）/合计", "矿山数（个）/大型", "矿山数（个）/中型", "矿山数（个）/小型",
			"矿山数（个）/小矿", MineSection.EMPLOYEES, MineSection.OUTPUT, MineSection.VALUE };
	private static final String[] ZL6_KEYS = { "total", "large", "medium", "small", "tiny", "employees", "output",
			"value" };
	private static final MineScale[] ZL6_SCALES = { null, MineScale.LARGE, MineScale.MEDIUM, MineScale.SMALL,
			MineScale.TINY };
	private static final StatementMeasure[] ZL6_MEASURES = { StatementMeasure.COUNT, StatementMeasure.COUNT,
			StatementMeasure.COUNT, StatementMeasure.COUNT, StatementMeasure.COUNT, StatementMeasure.SUM_EMPLOYEES,
			StatementMeasure.SUM_OUTPUT, StatementMeasure.SUM_OUTPUT_VALUE };
	private static final String[] ZL6_UNITS = { "个", "个", "个", "个", "个", "人", "万吨", "万元" };

	/** Parts of the totals stated in the running text (statements.tsv ids). */
	private static final Map<String, List<String>> TEXT_TOTALS = Map.of(
			"mines.nonoil.total", List.of("mines.nonoil.large", "mines.nonoil.medium", "mines.nonoil.small", "mines.nonoil.tiny"),
			"blocks.exploration.total", List.of("blocks.exploration.oilsand", "blocks.exploration.gold",
					"blocks.exploration.copper", "blocks.exploration.iron", "blocks.exploration.granite",
					"blocks.exploration.other"),
			"blocks.mining.total", List.of("blocks.mining.tuff", "blocks.mining.granite", "blocks.mining.quartz_sand",
					"blocks.mining.shale", "blocks.mining.basalt", "blocks.mining.diabase", "blocks.mining.other"),
			"concentrated.total", List.of("concentrated.sand", "concentrated.clay"),
			"restoration.funds.total", List.of("restoration.funds.central", "restoration.funds.region",
					"restoration.funds.local", "restoration.funds.enterprise"));

	private final SampleContext context;
	private final Map<String, PrintedStatement> byCode = new LinkedHashMap<>();

	StatementSection(SampleContext context) {
		this.context = context;
	}

	void build() throws IOException {
		miningStatus();
		blocks("专栏17", "ExplorationBlock", "zl17_exploration_blocks_by_county.tsv", "zl17_exploration_blocks_items.tsv");
		blocks("专栏18", "MiningBlock", "zl18_mining_blocks_by_county.tsv", "zl18_mining_blocks_items.tsv");
		sandGravelClay();
		concentratedAreas();
		text();
	}

	// ---- 专栏6 ----

	private void miningStatus() throws IOException {
		Table table = context.tables().table("zl06_mining_status.tsv");
		Map<String, Integer> printedNames = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			printedNames.merge(row.cell("矿种"), 1, Integer::sum);
		}
		List<PrintedStatement[]> rows = new ArrayList<>();
		PrintedStatement[] grandTotal = null;
		for (Row row : table.rows()) {
			String printed = row.cell("矿种");
			boolean isTotal = printed.equals("总计");
			// a name printed on two rows (建筑用砂, 序号 17 and 19): no selector can tell the rows' mines apart
			boolean ambiguous = printedNames.get(printed) > 1;
			Mineral mineral = isTotal ? null : context.resolver().resolve(printed).orElse(null);
			PrintedStatement[] cells = new PrintedStatement[ZL6_COLUMNS.length];
			for (int c = 0; c < ZL6_COLUMNS.length; c++) {
				String text = row.cell(ZL6_COLUMNS[c]);
				BigDecimal value = PrintedNumbers.decimal(text);
				if (value == null && c < 5) {
					value = BigDecimal.ZERO; // a blank count cell: no mines of that scale
				}
				String code = "专栏6-" + row.cell("序号") + "-" + ZL6_KEYS[c];
				PrintedStatement s = statement(code, "专栏6 " + printed + " " + ZL6_COLUMNS[c], "专栏6", printed,
						ZL6_COLUMNS[c], text, value, ZL6_UNITS[c], row.seedLine(), null);
				if (ambiguous) {
					s.setRemarks("“" + printed + "”印于两行（序号 17、19），选择器无法区分两行的矿山，未设选择器");
				} else {
					s.getSelector().add(selector("Mine", null, isTotal ? null : printed, null,
							c >= 1 && c <= 4 ? ZL6_SCALES[c] : null, ZL6_MEASURES[c]));
				}
				if (mineral == null && !isTotal) {
					s.setRemarks(join(s.getRemarks(), "矿种不在专栏4目录中"));
				}
				cells[c] = s;
			}
			if (isTotal) {
				grandTotal = cells;
			} else {
				total(cells[0], List.of(cells[1], cells[2], cells[3], cells[4]));
				rows.add(cells);
			}
		}
		if (grandTotal != null) {
			for (int c = 0; c < ZL6_COLUMNS.length; c++) {
				List<PrintedStatement> parts = new ArrayList<>();
				for (PrintedStatement[] cells : rows) {
					parts.add(cells[c]);
				}
				total(grandTotal[c], parts);
			}
		}
	}

	// ---- 专栏17, 18 ----

	private void blocks(String code, String type, String countyFile, String itemFile) throws IOException {
		Map<String, List<PrintedStatement>> itemsByCounty = new LinkedHashMap<>();
		Map<String, List<PrintedStatement>> countyItemsByMineral = new LinkedHashMap<>();
		List<PrintedStatement> totalItems = new ArrayList<>();
		for (Row row : context.tables().table(itemFile).rows()) {
			String county = row.cell("行政区");
			String mineral = row.cell("矿种");
			boolean isTotal = county.equals("合计");
			String quote = mineral + " " + row.cell("数量") + " " + row.cell("量词");
			PrintedStatement s = statement(code + "-" + county + "-" + row.cell("项序号"),
					code + " " + county + " " + mineral, code, county, "矿种", row.cell("数量"),
					PrintedNumbers.decimal(row.cell("数量")), row.cell("量词"), row.seedLine(), quote);
			AdministrativeDivision division = isTotal ? null : context.county(county, s.getSource());
			boolean other = mineral.equals("其他");
			if (!(isTotal && other)) { // 其他 of the 合计 row is "all the rest": no mineral text selects it
				s.getSelector().add(selector(type, division, mineral, null, null, StatementMeasure.COUNT));
			}
			if (isTotal) {
				totalItems.add(s);
			} else {
				itemsByCounty.computeIfAbsent(county, k -> new ArrayList<>()).add(s);
				countyItemsByMineral.computeIfAbsent(mineral, k -> new ArrayList<>()).add(s);
			}
		}
		// a 合计 item sums the county items of its mineral; 其他 sums those of minerals the 合计 row does not name
		Set<String> named = new HashSet<>();
		for (PrintedStatement s : totalItems) {
			named.add(mineralOf(s));
		}
		for (PrintedStatement s : totalItems) {
			String mineral = mineralOf(s);
			if (mineral.equals("其他")) {
				List<PrintedStatement> rest = new ArrayList<>();
				countyItemsByMineral.forEach((m, items) -> {
					if (!named.contains(m) || m.equals("其他")) {
						rest.addAll(items);
					}
				});
				total(s, rest);
			} else {
				total(s, countyItemsByMineral.getOrDefault(mineral, List.of()));
			}
		}
		List<PrintedStatement> countyRows = new ArrayList<>();
		PrintedStatement grandTotal = null;
		for (Row row : context.tables().table(countyFile).rows()) {
			String county = row.cell("行政区");
			boolean isTotal = county.equals("合计");
			PrintedStatement s = statement(code + "-" + county, code + " " + county + " 新设数量", code, county, "新设数量",
					row.cell("新设数量"), PrintedNumbers.decimal(row.cell("新设数量")), "个", row.seedLine(),
					county + " " + row.cell("新设数量") + " " + row.cell("矿种"));
			s.getSelector().add(selector(type, isTotal ? null : context.county(county, s.getSource()), null, null, null,
					StatementMeasure.COUNT));
			if (isTotal) {
				grandTotal = s;
			} else {
				total(s, itemsByCounty.getOrDefault(county, List.of()));
				countyRows.add(s);
			}
		}
		if (grandTotal != null) {
			total(grandTotal, countyRows);
		}
	}

	private static String mineralOf(PrintedStatement item) {
		String name = item.getName();
		return name.substring(name.lastIndexOf(' ') + 1);
	}

	// ---- 专栏19 ----

	private void sandGravelClay() throws IOException {
		Table table = context.tables().table("zl19_sand_gravel_clay_totals.tsv");
		String[] columns = { "2020 年末现状/矿山数", "2020 年末现状/年开采总量 (万立方米)", "2025 年末调控目标/矿山数",
				"2025 年末调控目标/年开采总量 (万立方米)" };
		String[] keys = { "2020-mines", "2020-output", "2025-mines", "2025-output" };
		List<List<PrintedStatement>> rows = new ArrayList<>();
		List<Mineral> allMinerals = new ArrayList<>();
		for (Row row : table.rows()) {
			String printed = row.cell("矿种");
			boolean isTotal = printed.equals("合计");
			Mineral mineral = isTotal ? null : context.resolver().resolve(printed).orElse(null);
			if (mineral != null) {
				allMinerals.add(mineral);
			}
			List<PrintedStatement> cells = new ArrayList<>();
			for (int c = 0; c < columns.length; c++) {
				String text = row.cell(columns[c]);
				PrintedStatement s = statement("专栏19-" + row.number() + "-" + keys[c], "专栏19 " + printed + " " + columns[c],
						"专栏19", printed, columns[c], text, PrintedNumbers.decimal(text), c % 2 == 0 ? "个" : "万立方米",
						row.seedLine(), null);
				if (c < 2) { // the 2020 columns describe the mines of the plan; the 2025 ones are targets (indicators)
					List<Mineral> minerals = isTotal ? allMinerals : mineral == null ? List.of() : List.of(mineral);
					if (!minerals.isEmpty()) {
						s.getSelector().add(selector("Mine", null, null, minerals, null,
								c == 0 ? StatementMeasure.COUNT : StatementMeasure.SUM_OUTPUT));
					}
				} else {
					s.setRemarks("2025 年调控目标：见同名指标");
				}
				cells.add(s);
			}
			if (isTotal) {
				for (int c = 0; c < columns.length; c++) {
					List<PrintedStatement> parts = new ArrayList<>();
					for (List<PrintedStatement> r : rows) {
						parts.add(r.get(c));
					}
					total(cells.get(c), parts);
				}
			} else {
				rows.add(cells);
			}
		}
	}

	// ---- 专栏20 ----

	private void concentratedAreas() throws IOException {
		Table table = context.tables().table("zl20_concentrated_areas.tsv");
		String[] columns = { "建筑用砂", "砖瓦用粘土", "总计" };
		List<PrintedStatement[]> rows = new ArrayList<>();
		for (Row row : table.rows()) {
			String county = row.cell("行政区");
			boolean isTotal = county.isEmpty();
			String label = isTotal ? row.cell("序号") : county;
			AdministrativeDivision division = isTotal ? null : context.county(county, "专栏20 " + county);
			PrintedStatement[] cells = new PrintedStatement[3];
			for (int c = 0; c < 3; c++) {
				String text = row.cell(columns[c]);
				cells[c] = statement("专栏20-" + label + "-" + columns[c], "专栏20 " + label + " " + columns[c], "专栏20",
						label, columns[c], text, PrintedNumbers.decimal(text), "个", row.seedLine(), null);
				cells[c].getSelector().add(selector("ConcentratedMiningArea", division, c < 2 ? columns[c] : null, null,
						null, StatementMeasure.COUNT));
			}
			if (isTotal) {
				for (int c = 0; c < 2; c++) {
					List<PrintedStatement> parts = new ArrayList<>();
					for (PrintedStatement[] r : rows) {
						parts.add(r[c]);
					}
					total(cells[c], parts);
				}
				// 合计/总计 sums both columns and the county totals alike; its parts are the county totals
				List<PrintedStatement> parts = new ArrayList<>();
				for (PrintedStatement[] r : rows) {
					parts.add(r[2]);
				}
				total(cells[2], parts);
			} else {
				total(cells[2], List.of(cells[0], cells[1]));
				rows.add(cells);
			}
		}
	}

	// ---- running text ----

	private void text() throws IOException {
		for (Row row : context.tables().table("statements.tsv").rows()) {
			String id = row.cell("id");
			String valueText = row.cell("value");
			PrintedStatement s = statement(id, row.cell("subject"), "", "", "", valueText,
					PrintedNumbers.decimal(valueText), row.cell("unit"), row.seedLine(), row.cell("quote"));
			s.setCode(id);
			s.setRemarks(row.cell("refers_to"));
			ElementSelector selector = textSelector(id);
			if (selector != null) {
				s.getSelector().add(selector);
			}
		}
		TEXT_TOTALS.forEach((total, parts) -> {
			PrintedStatement sum = byCode.get(total);
			List<PrintedStatement> list = new ArrayList<>();
			for (String part : parts) {
				list.add(byCode.get(part));
			}
			total(sum, list);
		});
	}

	/**
	 * @return what a statement of the running text counts, or null when it counts nothing in the model or
	 *         the selector cannot say it: zone kinds (能源资源基地 2, 国家规划矿区 5, 重点勘查区 2/6, 重点开采区 6/7),
	 *         environmental grades (2/3/1), advantage minerals (11), green mines (4) and "其他" have no selector
	 *         attribute to filter by
	 */
	private ElementSelector textSelector(String id) {
		return switch (id) {
		case "minerals.found.total", "minerals.found.2020" -> selector("Mineral", null, null, null, null,
				StatementMeasure.COUNT);
		case "minerals.proven.total" -> selector("ResourceReserve", null, null, null, null, StatementMeasure.COUNT);
		case "reserves.new.minerals" -> selector("ReserveIncrease", null, null, null, null, StatementMeasure.COUNT);
		case "mines.nonoil.total", "mines.enterprises" -> selector("Mine", null, null, null, null, StatementMeasure.COUNT);
		case "mines.nonoil.large" -> selector("Mine", null, null, null, MineScale.LARGE, StatementMeasure.COUNT);
		case "mines.nonoil.medium" -> selector("Mine", null, null, null, MineScale.MEDIUM, StatementMeasure.COUNT);
		case "mines.nonoil.small" -> selector("Mine", null, null, null, MineScale.SMALL, StatementMeasure.COUNT);
		case "mines.nonoil.tiny" -> selector("Mine", null, null, null, MineScale.TINY, StatementMeasure.COUNT);
		case "mines.minerals_exploited" -> selector("Mine", null, null, null, null, StatementMeasure.DISTINCT_MINERALS);
		case "mines.employees", "mines.employment" -> selector("Mine", null, null, null, null,
				StatementMeasure.SUM_EMPLOYEES);
		case "mines.output_2020", "output.2020" -> selector("Mine", null, null, null, null, StatementMeasure.SUM_OUTPUT);
		case "mines.gross_value_2020", "value.2020" -> selector("Mine", null, null, null, null,
				StatementMeasure.SUM_OUTPUT_VALUE);
		case "blocks.exploration.total" -> selector("ExplorationBlock", null, null, null, null, StatementMeasure.COUNT);
		case "blocks.exploration.oilsand" -> blocks("ExplorationBlock", "油砂");
		case "blocks.exploration.gold" -> blocks("ExplorationBlock", "金矿");
		case "blocks.exploration.copper" -> blocks("ExplorationBlock", "铜矿");
		case "blocks.exploration.iron" -> blocks("ExplorationBlock", "铁矿");
		case "blocks.exploration.granite" -> blocks("ExplorationBlock", "花岗岩");
		case "blocks.mining.total" -> selector("MiningBlock", null, null, null, null, StatementMeasure.COUNT);
		case "blocks.mining.tuff" -> blocks("MiningBlock", "凝灰岩");
		case "blocks.mining.granite" -> blocks("MiningBlock", "花岗岩");
		case "blocks.mining.quartz_sand" -> blocks("MiningBlock", "石英砂");
		case "blocks.mining.shale" -> blocks("MiningBlock", "页岩");
		case "blocks.mining.basalt" -> blocks("MiningBlock", "玄武岩");
		case "blocks.mining.diabase" -> blocks("MiningBlock", "辉绿岩");
		case "concentrated.total" -> selector("ConcentratedMiningArea", null, null, null, null, StatementMeasure.COUNT);
		case "concentrated.sand" -> blocks("ConcentratedMiningArea", "建筑用砂");
		case "concentrated.clay" -> blocks("ConcentratedMiningArea", "砖瓦用粘土");
		case "pits.count", "pits.restore.count" -> selector("AbandonedPit", null, null, null, null,
				StatementMeasure.COUNT);
		case "pits.area", "pits.restore.area" -> selector("AbandonedPit", null, null, null, null,
				StatementMeasure.SUM_AREA);
		default -> null;
		};
	}

	private ElementSelector blocks(String type, String mineralText) {
		return selector(type, null, mineralText, null, null, StatementMeasure.COUNT);
	}

	// ---- helpers ----

	private PrintedStatement statement(String code, String name, String table, String rowLabel, String columnLabel,
			String valueText, BigDecimal value, String unit, int seedLine, String quote) {
		PrintedStatement s = context.identify(context.factory().createPrintedStatement(), "statement/" + code);
		s.setCode(code);
		s.setName(name);
		s.setTable(table);
		s.setRowLabel(rowLabel);
		s.setColumnLabel(columnLabel);
		s.setValueText(valueText);
		s.setValue(value);
		s.setUnit(unit);
		s.setSeedLine(seedLine);
		s.setQuote(quote);
		s.setSource((table.isEmpty() ? "正文" : table) + " (seed line " + seedLine + ")");
		context.plan().getStatements().add(s);
		if (byCode.put(code, s) != null) {
			throw new IllegalStateException("two printed statements with code " + code);
		}
		return s;
	}

	private ElementSelector selector(String type, AdministrativeDivision county, String mineralText,
			List<Mineral> minerals, MineScale scale, StatementMeasure measure) {
		ElementSelector selector = context.factory().createElementSelector();
		selector.setElementType(type);
		selector.setCounty(county);
		selector.setMineralText(mineralText);
		if (minerals != null) {
			selector.getMinerals().addAll(minerals);
		}
		if (scale != null) {
			selector.setScale(scale);
			selector.setUseScale(true);
		}
		selector.setMeasure(measure);
		return selector;
	}

	private static void total(PrintedStatement total, List<PrintedStatement> parts) {
		if (parts.isEmpty()) {
			return;
		}
		total.setTotal(true);
		total.getParts().addAll(parts);
	}

	private static String join(String a, String b) {
		return a == null || a.isEmpty() ? b : a + "；" + b;
	}
}
