package org.minplan.validation.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.tests.support.TestPlans.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ElementSelector;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanFactory;
import org.minplan.model.NarrativeRow;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;
import org.minplan.validation.Finding;
import org.minplan.validation.tests.Validation;

class ConsistencyRulesTest {

	private final Plan plan = validPlan();
	private final AdministrativeDivision tuoli = find(plan.getDivisions(), "托里县");
	private final AdministrativeDivision emin = find(plan.getDivisions(), "额敏县");
	private final Mineral gold = find(plan.getMinerals(), "金");

	private PrintedStatement cell(String table, String row, String column) {
		return plan.getStatements().stream().filter(s -> table.equals(s.getTable()) && row.equals(s.getRowLabel())
				&& column.equals(s.getColumnLabel())).findFirst().orElseThrow();
	}

	private static void print(PrintedStatement statement, String value) {
		statement.setValueText(value);
		statement.setValue(new BigDecimal(value));
	}

	@Test
	void aPrintedTotalThatIsNotTheSumOfItsPartsIsFound() {
		print(cell("专栏17", "合计", "新设数量"), "3");
		List<Finding> findings = Validation.findings(plan, "consistency.printedTotal");
		assertEquals(List.of("专栏17 合计 · 新设数量 = 3: printed total 3, its 2 parts add up to 2"),
				findings.stream().map(f -> f.message(Locale.ENGLISH)).toList());
		assertEquals(3, findings.get(0).elements().size(), "the total and its parts");
	}

	@Test
	void aTotalMayDifferFromItsPartsByTheirRounding() {
		PrintedStatement a = statement(plan, "专栏5", "煤", "保有", "406.31");
		PrintedStatement b = statement(plan, "专栏5", "铁", "保有", "0.14");
		PrintedStatement total = statement(plan, "专栏5", "合计", "保有", "406.46"); // 406.45 + rounding 0.005 × 3
		total.setTotal(true);
		total.getParts().addAll(List.of(a, b));
		assertEquals(List.of(), Validation.messages(plan, "consistency.printedTotal"));
		print(total, "406.6"); // 406.5 could still be 406.45 rounded
		assertEquals(1, Validation.messages(plan, "consistency.printedTotal").size());
	}

	@Test
	void aCountyCountThatIsNotTheNumberOfItsBlocksIsFound() {
		print(cell("专栏17", "额敏县", "新设数量"), "26");
		for (int i = 0; i < 25; i++) {
			exploration(plan, String.format("654221K%04d", i + 1), gold, emin, square(100_000 + 2000 * i, 0, 1000));
		}
		List<String> messages = Validation.messages(plan, "consistency.statementMeasure");
		assertTrue(messages.contains("额敏县: 专栏17 prints 26 exploration blocks, the plan has 25"), messages.toString());
		assertTrue(Validation.findings(plan, "consistency.statementMeasure").stream()
				.map(f -> f.message(Locale.SIMPLIFIED_CHINESE)).toList().contains("额敏县：专栏17 印出 26 个勘查规划区块，规划中有 25 个"));
	}

	@Test
	void statementsSelectByMineralScaleAndMeasureSums() {
		print(cell("专栏17", "托里县", "金"), "2");
		PrintedStatement large = plan.getStatements().stream().filter(s -> s.getSelector().size() == 1
				&& s.getSelector().get(0).isUseScale() && "large".equals(s.getSelector().get(0).getScale().getLiteral()))
				.findFirst().orElseThrow();
		print(large, "2");
		PrintedStatement output = plan.getStatements().stream().filter(s -> "万吨".equals(s.getUnit())).findFirst()
				.orElseThrow();
		print(output, "70");
		List<String> messages = Validation.messages(plan, "consistency.statementMeasure");
		assertEquals(List.of("托里县 · 金: 专栏17 prints 2 exploration blocks, the plan has 1",
				"Large: text line 194 prints 2 mines, the plan has 1",
				"年产矿石 65 万吨: text line 196 prints 70 万吨 (sum of output of mines), the plan gives 65 万吨"), messages);
	}

	@Test
	void anAreaStatementSumsStatedAreasInItsUnit() {
		statedArea(find(plan.getExplorationBlocks(), "654224K0001"), "1.00");
		find(plan.getExplorationBlocks(), "654224K0002").setStatedArea(new BigDecimal("150"));
		find(plan.getExplorationBlocks(), "654224K0002").setStatedAreaUnit(org.minplan.model.AreaUnit.HECTARE);
		PrintedStatement area = statement(plan, "专栏17", "托里县", "面积", "2.5");
		area.setUnit("平方千米");
		select(area, "ExplorationBlock", StatementMeasure.SUM_AREA).setCounty(tuoli);
		assertEquals(List.of(), Validation.messages(plan, "consistency.statementMeasure"), "1 km² + 150 ha = 2.5 km²");
		print(area, "2.4");
		assertEquals(1, Validation.messages(plan, "consistency.statementMeasure").size());
	}

	@Test
	void aStatementSelectingAnUnknownKindIsAWarning() {
		ElementSelector selector = MinplanFactory.eINSTANCE.createElementSelector();
		selector.setElementType("Quarry");
		cell("专栏17", "托里县", "金").getSelector().set(0, selector);
		List<Finding> findings = Validation.findings(plan, "consistency.statementMeasure");
		assertEquals(1, findings.size());
		assertEquals("专栏17 托里县 · 金 = 1: the selector names Quarry, which is not a kind of plan element",
				findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void aBreakdownThatDoesNotAddUpToItsCountyCountIsFound() {
		print(cell("专栏17", "托里县", "新设数量"), "3");
		List<String> messages = Validation.messages(plan, "consistency.breakdown");
		assertEquals(List.of("专栏17 托里县 · 新设数量 = 3: prints 3, but its breakdown by mineral (2 rows) adds up to 2"),
				messages);
	}

	@Test
	void aBreakdownWithARowThatSelectsNothingIsNotChecked() {
		// as the plan prints 专栏17: the county's items in one cell, "金矿 1 个，铜矿 1 个，其他 1 个"
		print(cell("专栏17", "托里县", "新设数量"), "3");
		for (String mineral : List.of("金", "铜")) {
			PrintedStatement item = cell("专栏17", "托里县", mineral);
			item.setColumnLabel("矿种");
			item.setQuote(mineral + "矿 1 个");
		}
		statement(plan, "专栏17", "托里县", "矿种", "1").setQuote("其他 1 个"); // no selector can say which blocks
		assertEquals(List.of(), Validation.messages(plan, "consistency.breakdown"));
		assertEquals(List.of(), Validation.messages(plan, "consistency.duplicateRows"), "three items of one cell");
	}

	@Test
	void aTextCountAndItsBreakdownByScaleMustAgree() {
		PrintedStatement all = plan.getStatements().stream().filter(s -> "矿山 3 个".equals(s.getQuote())).findFirst()
				.orElseThrow();
		print(all, "241"); // the Tacheng text: 241 = 11 + 22 + 155 + 68 = 256
		List<String> messages = Validation.messages(plan, "consistency.breakdown");
		assertEquals(List.of("矿山 3 个: prints 241, but its breakdown by scale (3 rows) adds up to 3"), messages);
	}

	@Test
	void retainedMoreThanCumulativeIdentifiedIsFound() {
		reserve(plan, find(plan.getMinerals(), "煤"), "矿石 亿吨", "0.1", "0.14"); // 专栏5 铁矿 as printed
		assertEquals(List.of("煤: retained 0.14 exceeds cumulative identified 0.1 矿石 亿吨"),
				Validation.messages(plan, "consistency.retainedWithinIdentified"));
	}

	@Test
	void newlyAddedMoreThanCumulativeIdentifiedIsFoundAcrossUnits() {
		Mineral copper = find(plan.getMinerals(), "铜");
		increase(plan, copper, "Cu 吨", "400000"); // 40 万吨 > 30 万吨
		assertEquals(List.of("铜: newly added 400000 Cu 吨 exceeds cumulative identified 30 Cu 万吨"),
				Validation.messages(plan, "consistency.addedWithinIdentified"));
		plan.getReserveIncreases().get(1).setAdded(new BigDecimal("290000"));
		assertEquals(List.of(), Validation.messages(plan, "consistency.addedWithinIdentified"));
	}

	@Test
	void rowsOfTwoKindsOfOneCatalogueMineralAreNotCompared() {
		Mineral limestone = mineral(plan, "石灰岩", "灰岩", "水泥用灰岩", "制灰用石灰岩"); // aliases as in the sample
		reserve(plan, limestone, "矿石 万吨", "882.9", "500").setName("制灰用石灰岩");
		reserve(plan, limestone, "矿石 万吨", "9000", "8000").setName("水泥用灰岩");
		increase(plan, limestone, "矿石 万吨", "3678.5").setName("水泥用灰岩");
		increase(plan, limestone, "矿石 万吨", "10").setName("石灰岩");
		assertEquals(List.of(), Validation.messages(plan, "consistency.addedWithinIdentified"));
		assertEquals(List.of(), Validation.messages(plan, "consistency.duplicateRows"));
	}

	@Test
	void duplicateRowsOfATableAreFound() {
		statement(plan, "专栏6", "建筑用砂", "合计", "4");
		statement(plan, "专栏6", "建筑用砂", "合计", "73");
		reserve(plan, gold, "Au 吨", "5", "3");
		NarrativeRow copy = MinplanFactory.eINSTANCE.createNarrativeRow();
		copy.getCells().addAll(List.of("面积", "9.49 万平方公里"));
		plan.getNarrativeTables().get(0).getRows().add(copy);
		List<String> messages = Validation.messages(plan, "consistency.duplicateRows");
		assertEquals(List.of("2 printed statements have the same table, row, column and phrase 专栏6 · 建筑用砂 · 合计: "
				+ "专栏6 建筑用砂 · 合计 = 4; 专栏6 建筑用砂 · 合计 = 73",
				"2 resource reserves have the same mineral and unit 金 · Au吨: 金; 金",
				"专栏1 自然地理概况: rows 1 and 3 are identical (面积 | 9.49 万平方公里)"), messages);
	}
}
