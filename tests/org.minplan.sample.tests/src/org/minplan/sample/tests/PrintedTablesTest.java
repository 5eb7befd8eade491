package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.stats.CrossTable;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.AbandonedPit;
import org.minplan.model.Comparator;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.model.ResourceReserve;
import org.minplan.sample.internal.Shapes;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The sample plan reproduces the plan's printed tables: what a reviewer compares the workbench's tables and
 * statistics with, row by row.
 */
class PrintedTablesTest {

	private static final Map<String, MineralCategory> CATEGORIES = Map.of("能源矿产", MineralCategory.ENERGY,
			"黑色金属矿产", MineralCategory.FERROUS, "有色金属矿产", MineralCategory.NON_FERROUS, "贵金属矿产",
			MineralCategory.PRECIOUS, "稀有金属矿产", MineralCategory.RARE, "冶金辅助原料矿产",
			MineralCategory.METALLURGICAL_AUXILIARY, "化工原料矿产", MineralCategory.CHEMICAL, "建筑材料及其他非金属矿产",
			MineralCategory.BUILDING_MATERIAL, "宝玉石矿产", MineralCategory.GEMSTONE, "水气矿产", MineralCategory.WATER_GAS);

	private final Plan plan = Sample.plan();

	@Test
	void catalogueHasEveryCategoryOfZl04WithItsMineralsInPrintedOrder() {
		int total = 0;
		for (Map<String, String> row : Printed.rows("zl04_minerals.tsv")) {
			if (row.get("类别").equals("优势矿种")) {
				continue;
			}
			MineralCategory category = CATEGORIES.get(row.get("类别"));
			List<String> names = plan.getMinerals().stream().filter(m -> m.getCategory() == category)
					.map(Mineral::getName).toList();
			assertEquals(Arrays.asList(row.get("矿种").split("、")), names, row.get("类别"));
			assertEquals(Integer.parseInt(row.get("数目")), names.size(), row.get("类别"));
			total += names.size();
		}
		assertEquals(73, total);
		assertEquals(73, plan.getMinerals().size());
	}

	@Test
	void advantageMineralsAreTheNineOfTheZl04Row() {
		List<String> advantage = plan.getMinerals().stream().filter(Mineral::isAdvantage).map(Mineral::getName).toList();
		// printed 煤、铬、铜、钼、金、铍、盐、膨润土、蛇纹岩; 盐 is the catalogue's 石盐
		assertEquals(List.of("煤", "铬", "铜", "钼", "金", "铍", "石盐", "膨润土", "蛇纹岩"), advantage);
	}

	@Test
	void mineralUnitsAndBasisComeFromZl05() {
		Mineral gold = mineral("金");
		assertEquals("吨", gold.getUnit());
		assertEquals("METAL", gold.getMeasureBasis().name());
		assertEquals("OXIDE", mineral("铍").getMeasureBasis().name());
		assertEquals("COMPOUND", mineral("芒硝").getMeasureBasis().name());
		assertEquals("ORE", mineral("膨润土").getMeasureBasis().name());
		assertEquals("万吨", mineral("膨润土").getUnit());
		assertEquals("亿吨", mineral("煤").getUnit());
	}

	@Test
	void reservesReproduceEveryRowOfZl05AsPrinted() {
		List<Map<String, String>> rows = Printed.rows("zl05_mineral_resources.tsv");
		assertEquals(rows.size(), plan.getReserves().size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			ResourceReserve reserve = plan.getReserves().get(i);
			String label = "专栏5 row " + row.get("序号");
			assertEquals(row.get("矿产名称"), reserve.getName(), label);
			assertEquals(row.get("资源储量单位"), reserve.getUnit(), label);
			boolean withheld = row.get("累计查明资源量").equals("xxx");
			assertEquals(withheld, reserve.isWithheld(), label);
			if (!withheld) {
				// equals, not compareTo: the printed decimals are kept (25.50 stays 25.50)
				assertEquals(Printed.number(row.get("累计查明资源量")), reserve.getCumulativeIdentified(), label);
				assertEquals(Printed.number(row.get("保有资源量")), reserve.getRetained(), label);
			}
		}
		ResourceReserve uranium = plan.getReserves().get(11);
		assertEquals("铀矿", uranium.getName());
		assertTrue(uranium.isWithheld());
		assertNull(uranium.getCumulativeIdentified());
		assertNull(uranium.getRetained());
		assertEquals("25.50", plan.getReserves().get(6).getRetained().toPlainString());
	}

	@Test
	void minesReproduceEveryMineralRowOfZl06ByScaleAndTheRowSums() {
		Map<String, List<Mine>> byRow = minesByRow();
		CrossTable<Mine> table = PlanStatistics.minesByMineralAndScale(plan);
		List<Map<String, String>> rows = Printed.rows("zl06_mining_status.tsv");
		Map<String, Long> rowsPerName = rows.stream().collect(Collectors.groupingBy(r -> r.get("矿种"), Collectors.counting()));
		String[] scaleColumns = { "矿山数（个）/大型", "矿山数（个）/中型", "矿山数（个）/小型", "矿山数（个）/小矿" };
		MineScale[] scales = { MineScale.LARGE, MineScale.MEDIUM, MineScale.SMALL, MineScale.TINY };
		for (Map<String, String> row : rows) {
			String name = row.get("矿种");
			if (name.equals("总计")) {
				continue;
			}
			String label = "专栏6 序号 " + row.get("序号") + " " + name;
			List<Mine> mines = byRow.getOrDefault(row.get("序号"), List.of());
			assertEquals(Integer.parseInt(row.get("矿山数（个）/合计")), mines.size(), label);
			for (int s = 0; s < 4; s++) {
				MineScale scale = scales[s];
				int printed = row.get(scaleColumns[s]).isEmpty() ? 0 : Integer.parseInt(row.get(scaleColumns[s]));
				assertEquals(printed, mines.stream().filter(m -> m.getScale() == scale).count(), label + " " + scale);
				if (rowsPerName.get(name) == 1) {
					assertEquals(printed, table.count(name, scale.getLiteral()), "statistics " + label + " " + scale);
				}
			}
			assertEquals(Printed.number(row.get("从业人数 （人）")).longValueExact(),
					PlanStatistics.sumInt(mines, Mine::getEmployees), label);
			assertEquals(Printed.number(row.get("矿石产量 （万吨）")), PlanStatistics.sumDecimal(mines, Mine::getOutput), label);
			assertEquals(Printed.number(row.get("工业总产值 （万元）")), PlanStatistics.sumDecimal(mines, Mine::getOutputValue),
					label);
		}
		// 建筑用砂 is printed on two rows (序号 17: 4 mines, 19: 73): the statistics by name count both
		assertEquals(77, table.rowTotal("建筑用砂"));
	}

	@Test
	void totalRowOfZl06EqualsTheSumsOverAllMines() {
		List<Mine> mines = plan.getMines();
		assertEquals(256, mines.size());
		assertEquals(List.of(11L, 22L, 155L, 68L),
				MineScale.VALUES.stream().map(s -> mines.stream().filter(m -> m.getScale() == s).count()).toList());
		assertEquals(8946, PlanStatistics.sumInt(mines, Mine::getEmployees));
		assertEquals(new BigDecimal("1556.47"), PlanStatistics.sumDecimal(mines, Mine::getOutput));
		assertEquals(new BigDecimal("287889.96"), PlanStatistics.sumDecimal(mines, Mine::getOutputValue));
		// the running text's 241 stays as printed: a statement, not an element count
		PrintedStatement nonOil = statement("mines.nonoil.total");
		assertEquals(new BigDecimal("241"), nonOil.getValue());
		assertEquals(256, nonOil.getParts().stream().mapToInt(p -> p.getValue().intValueExact()).sum());
	}

	@Test
	void namedMinesAreTheFirstMinesOfTheirMineral() {
		Map<String, Mine> byName = new LinkedHashMap<>();
		plan.getMines().forEach(m -> byName.put(m.getName(), m));
		Mine hatu = byName.get("哈图金矿");
		assertEquals("金矿", hatu.getMineralText());
		assertEquals("托里县", hatu.getCounty().getName());
		assertTrue(hatu.isGreenMine());
		assertTrue(byName.get("阔个沙也金矿").isGreenMine());
		assertEquals("盐矿", byName.get("夏孜盖盐池").getMineralText());
		assertEquals("和布克赛尔蒙古自治县", byName.get("和什托洛盖煤矿").getCounty().getName());
		List<Mine> gold = plan.getMines().stream().filter(m -> "金矿".equals(m.getMineralText())).toList();
		assertEquals(List.of("齐I金矿", "阔个沙也金矿", "哈图金矿", "萨尔托海金矿"),
				gold.subList(0, 4).stream().map(Mine::getName).toList());
	}

	@Test
	void explorationBlocksReproduceEveryCountyItemOfZl17() {
		CrossTable<ExplorationBlock> table = PlanStatistics.blocksByCountyAndMineral(plan, plan.getExplorationBlocks());
		Map<String, Integer> itemSums = new LinkedHashMap<>();
		for (Map<String, String> row : Printed.rows("zl17_exploration_blocks_items.tsv")) {
			if (row.get("行政区").equals("合计")) {
				continue;
			}
			String county = Printed.division(row.get("行政区"));
			int printed = Integer.parseInt(row.get("数量"));
			assertEquals(printed, table.count(county, row.get("矿种")), "专栏17 " + county + " " + row.get("矿种"));
			itemSums.merge(county, printed, Integer::sum);
		}
		itemSums.forEach((county, sum) -> assertEquals(sum, table.rowTotal(county), county));
		assertEquals(261, table.total());
		assertEquals(123, table.rowTotal("托里县"));
		assertEquals(59, table.count("托里县", "金矿"));
	}

	@Test
	void eminsPrintedTwentySixStaysBesideItsTwentyFiveBlocks() {
		CrossTable<ExplorationBlock> table = PlanStatistics.blocksByCountyAndMineral(plan, plan.getExplorationBlocks());
		assertEquals(25, table.rowTotal("额敏县"));
		PrintedStatement emin = statement("专栏17-额敏县");
		assertEquals("26", emin.getValueText());
		assertEquals(26, emin.getValue().intValueExact());
		assertEquals(25, emin.getParts().stream().mapToInt(p -> p.getValue().intValueExact()).sum());
		assertEquals(262, statement("专栏17-合计").getValue().intValueExact());
	}

	@Test
	void miningBlocksReproduceEveryCountyItemOfZl18() {
		CrossTable<MiningBlock> table = PlanStatistics.blocksByCountyAndMineral(plan, plan.getMiningBlocks());
		for (Map<String, String> row : Printed.rows("zl18_mining_blocks_items.tsv")) {
			if (row.get("行政区").equals("合计")) {
				continue;
			}
			String county = Printed.division(row.get("行政区"));
			assertEquals(Integer.parseInt(row.get("数量")), table.count(county, row.get("矿种")),
					"专栏18 " + county + " " + row.get("矿种"));
		}
		for (Map<String, String> row : Printed.rows("zl18_mining_blocks_by_county.tsv")) {
			if (!row.get("行政区").equals("合计")) {
				assertEquals(Integer.parseInt(row.get("新设数量")), table.rowTotal(Printed.division(row.get("行政区"))),
						row.get("行政区"));
			}
		}
		assertEquals(0, table.rowTotal("乌苏市"));
		assertEquals(49, table.total());
		assertEquals(3, table.count("沙湾市", "页岩矿"));
	}

	@Test
	void zl19IsKeptAsStatementsAndCapIndicators() {
		for (Map<String, String> row : Printed.rows("zl19_sand_gravel_clay_totals.tsv")) {
			List<PrintedStatement> cells = plan.getStatements().stream()
					.filter(s -> "专栏19".equals(s.getTable()) && row.get("矿种").equals(s.getRowLabel())).toList();
			assertEquals(4, cells.size(), row.get("矿种"));
			for (PrintedStatement cell : cells) {
				assertEquals(row.get(cell.getColumnLabel()), cell.getValueText(), cell.getCode());
			}
		}
		Indicator sandMines = indicator("建筑用砂石料 矿山数");
		assertEquals(new BigDecimal("73"), sandMines.getBaseline());
		assertEquals(Comparator.AT_MOST, sandMines.getComparator());
		assertEquals(new BigDecimal("55"), sandMines.getTargetHigh());
		assertEquals(IndicatorAttribute.BINDING, sandMines.getAttribute());
		assertEquals(IndicatorMeasure.MINE_COUNT_OF_MINERAL, sandMines.getMeasure());
		assertEquals("建筑用砂石料", sandMines.getMineral().getName());
		Indicator clayOutput = indicator("砖瓦用粘土 年开采总量");
		assertEquals("27.23", clayOutput.getBaselineText());
		assertEquals(new BigDecimal("50"), clayOutput.getTargetHigh());
		assertEquals(IndicatorAttribute.BINDING, clayOutput.getAttribute()); // merged cell filled down
		assertEquals(new BigDecimal("85"), indicator("合计 矿山数").getTargetHigh());
	}

	@Test
	void concentratedAreasReproduceEveryCountyCellOfZl20() {
		CrossTable<ConcentratedMiningArea> table = PlanStatistics.blocksByCountyAndMineral(plan,
				plan.getConcentratedAreas());
		for (Map<String, String> row : Printed.rows("zl20_concentrated_areas.tsv")) {
			if (row.get("行政区").isEmpty()) { // 合计
				assertEquals(Integer.parseInt(row.get("建筑用砂")), table.columnTotal("建筑用砂"));
				assertEquals(Integer.parseInt(row.get("砖瓦用粘土")), table.columnTotal("砖瓦用粘土"));
				assertEquals(Integer.parseInt(row.get("总计")), table.total());
				continue;
			}
			String county = Printed.division(row.get("行政区"));
			assertEquals(Integer.parseInt(row.get("建筑用砂")), table.count(county, "建筑用砂"), county);
			assertEquals(Integer.parseInt(row.get("砖瓦用粘土")), table.count(county, "砖瓦用粘土"), county);
			assertEquals(Integer.parseInt(row.get("总计")), table.rowTotal(county), county);
		}
		assertEquals(91, plan.getConcentratedAreas().size());
	}

	@Test
	void minimumScalesAreEveryRowOfZl21AsPrinted() {
		List<Map<String, String>> rows = Printed.rows("zl21_min_mining_scale.tsv");
		assertEquals(rows.size(), plan.getMinimumScales().size());
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			MinimumScaleStandard standard = plan.getMinimumScales().get(i);
			assertEquals(List.of(row.get("序号"), row.get("名称"), row.get("单位/年"), row.get("大型"), row.get("中型"),
					row.get("小型"), row.get("最低服务年限")),
					List.of(standard.getNumber(), standard.getName(), standard.getUnit(), standard.getLarge(),
							standard.getMedium(), standard.getSmall(), standard.getServiceLife()));
		}
		assertEquals(List.of("金"), names(plan.getMinimumScales().get(9).getMinerals()));
		assertEquals(List.of("石英砂"), names(plan.getMinimumScales().get(17).getMinerals()));
		assertTrue(plan.getMinimumScales().get(6).getMinerals().isEmpty(), "锡 is not in the catalogue");
	}

	@Test
	void miningBlocksAreDesignedAtLeastAtTheMinimumScaleOfTheirMineral() {
		for (MiningBlock block : plan.getMiningBlocks()) {
			plan.getMinimumScales().stream().filter(s -> s.getMinerals().contains(block.getMineral())).findFirst()
					.ifPresent(standard -> {
						BigDecimal minimum = Arrays.stream(standard.getSmall().split("/"))
								.filter(p -> p.matches("[\\d.]+")).map(BigDecimal::new).max(BigDecimal::compareTo)
								.orElseGet(() -> new BigDecimal(standard.getMedium().split("/")[0]));
						assertTrue(block.getDesignScale().compareTo(minimum) >= 0,
								block.getName() + " " + block.getDesignScale() + " < " + minimum);
						assertEquals(standard.getUnit() + "/年", block.getDesignScaleUnit(), block.getName());
					});
		}
	}

	@Test
	void environmentalZonesAreTheSixOfZl22WithTheirPrintedGrades() {
		List<Map<String, String>> rows = Printed.rows("zl22_env_zones.tsv");
		assertEquals(rows.stream().map(r -> r.get("分区")).toList(),
				plan.getEnvironmentalZones().stream().map(EnvironmentalZone::getName).toList());
		assertEquals(List.of(EnvironmentalGrade.KEY_TREATMENT, EnvironmentalGrade.KEY_TREATMENT,
				EnvironmentalGrade.GENERAL_TREATMENT, EnvironmentalGrade.GENERAL_TREATMENT,
				EnvironmentalGrade.GENERAL_TREATMENT, EnvironmentalGrade.PROTECTION_PREVENTION),
				plan.getEnvironmentalZones().stream().map(EnvironmentalZone::getGrade).toList());
		EnvironmentalZone third = plan.getEnvironmentalZones().get(2);
		assertTrue(third.getName().contains("重点治理区"), "printed name kept");
		assertEquals(EnvironmentalGrade.GENERAL_TREATMENT, third.getGrade(), "grade as printed, not as named");
		assertEquals(rows.get(0).get("治理任务"), plan.getEnvironmentalZones().get(1).getTasks(), "merged cell filled down");
	}

	@Test
	void abandonedPitsAreTheTwentyTwoOfZl23WithTheirPrintedAreas() {
		List<Map<String, String>> rows = Printed.rows("zl23_abandoned_pits.tsv");
		assertEquals(22, plan.getAbandonedPits().size());
		AreaCalculator areas = new AreaCalculator(new CrsTransformer());
		GeometryFactory factory = new GeometryFactory();
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < rows.size(); i++) {
			Map<String, String> row = rows.get(i);
			AbandonedPit pit = plan.getAbandonedPits().get(i);
			assertEquals(row.get("治理项目名称"), pit.getName());
			assertEquals(row.get("县市区"), pit.getCountyText());
			assertEquals(row.get("县市区"), pit.getCounty().getName());
			assertEquals(Printed.number(row.get("面积(公顷)")), pit.getStatedArea(), pit.getName());
			assertEquals("hectare", pit.getStatedAreaUnit().getLiteral());
			double computed = areas.hectares(Shapes.toJts(pit.getGeometry(), factory),
					Crs.fromEpsg(pit.getGeometry().srid()).orElseThrow());
			double printed = pit.getStatedArea().doubleValue();
			assertTrue(Math.abs(computed - printed) <= printed * 0.001,
					pit.getName() + ": geometry " + computed + " ha vs printed " + printed + " ha");
			sum = sum.add(pit.getStatedArea());
		}
		assertEquals(new BigDecimal("775.592"), sum);
		assertEquals("额敏县", plan.getAbandonedPits().get(0).getCountyText(), "row 1 as printed, though named 塔城市");
		assertEquals(new BigDecimal("41.992"), plan.getAbandonedPits().get(3).getStatedArea());
		assertEquals(new BigDecimal("775.59"), statement("pits.area").getValue());
	}

	@Test
	void pitsLieInTheTreatmentZoneThatNamesTheirCounty() {
		for (AbandonedPit pit : plan.getAbandonedPits()) {
			String county = pit.getCountyText();
			EnvironmentalZone zone = pit.getEnvironmentalZone();
			if (county.equals("裕民县")) {
				assertNull(zone, "no zone of 专栏22 names 裕民县");
			} else {
				assertNotNull(zone, pit.getName());
				assertFalse(zone.getGrade() == EnvironmentalGrade.PROTECTION_PREVENTION, pit.getName());
			}
		}
	}

	@Test
	void indicatorTargetsAreReadFromThePrintedText() {
		Indicator mines = indicator("矿山总数");
		assertEquals("≤230", mines.getTargetText());
		assertEquals(Comparator.AT_MOST, mines.getComparator());
		assertEquals(new BigDecimal("230"), mines.getTargetHigh());
		assertEquals(IndicatorMeasure.MINE_COUNT, mines.getMeasure());
		Indicator share = indicator("大中型矿山比例");
		assertEquals(Comparator.AT_LEAST, share.getComparator());
		assertEquals(new BigDecimal("40"), share.getTargetLow());
		assertEquals(IndicatorMeasure.LARGE_MEDIUM_SHARE, share.getMeasure());
		Indicator deposits = indicator("新发现矿产地");
		assertEquals(Comparator.RANGE, deposits.getComparator());
		assertEquals(List.of(new BigDecimal("7"), new BigDecimal("10")),
				List.of(deposits.getTargetLow(), deposits.getTargetHigh()));
		Indicator coal = plan.getIndicators().stream()
				.filter(i -> "专栏13".equals(i.getTable()) && "煤炭".equals(i.getName())).findFirst().orElseThrow();
		assertEquals(Comparator.AT_MOST, coal.getComparator());
		assertEquals(new BigDecimal("1800"), coal.getTargetHigh());
		assertEquals(IndicatorMeasure.ANNUAL_OUTPUT, coal.getMeasure());
		assertEquals("煤", coal.getMineral().getName());
		Indicator survey = indicator("1:5万区域地质矿产调查");
		assertEquals(new BigDecimal("0.87"), survey.getAchieved());
		long binding = plan.getIndicators().stream().filter(i -> "专栏13".equals(i.getTable()))
				.filter(i -> i.getAttribute() == IndicatorAttribute.BINDING).count();
		assertEquals(2, binding, "专栏13 rows 10-11 are 约束性 (printed on row 10 only)");
	}

	private Mineral mineral(String name) {
		return plan.getMinerals().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

	private PrintedStatement statement(String code) {
		return plan.getStatements().stream().filter(s -> code.equals(s.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no statement " + code));
	}

	private Indicator indicator(String name) {
		return plan.getIndicators().stream().filter(i -> name.equals(i.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no indicator " + name));
	}

	private static List<String> names(List<Mineral> minerals) {
		List<String> names = new ArrayList<>();
		minerals.forEach(m -> names.add(m.getName()));
		return names;
	}

	/** @return mines by the 专栏6 序号 their source names */
	private Map<String, List<Mine>> minesByRow() {
		Map<String, List<Mine>> byRow = new LinkedHashMap<>();
		for (Mine mine : plan.getMines()) {
			String source = mine.getSource();
			assertTrue(source.startsWith("专栏6 序号 "), source);
			String number = source.substring("专栏6 序号 ".length(), source.indexOf(' ', "专栏6 序号 ".length()));
			byRow.computeIfAbsent(number, k -> new ArrayList<>()).add(mine);
		}
		return byRow;
	}
}
