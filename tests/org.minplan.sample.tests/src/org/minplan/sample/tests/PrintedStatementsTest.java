package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.ElementSelector;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;

/** The numbers the plan prints, kept for the rules that compare them with the elements. */
class PrintedStatementsTest {

	private final Plan plan = Sample.plan();

	private PrintedStatement statement(String code) {
		return plan.getStatements().stream().filter(s -> code.equals(s.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no statement " + code));
	}

	@Test
	void everyStatementOfTheRunningTextIsKeptAsPrinted() {
		List<Map<String, String>> rows = Printed.rows("statements.tsv");
		for (Map<String, String> row : rows) {
			PrintedStatement s = statement(row.get("id"));
			assertEquals(row.get("quote"), s.getQuote(), row.get("id"));
			assertEquals(row.get("value"), s.getValueText(), row.get("id"));
			assertEquals(row.get("unit"), s.getUnit(), row.get("id"));
			assertEquals(Integer.parseInt(row.get("seed_line")), s.getSeedLine(), row.get("id"));
		}
		assertEquals("7-10", statement("target.new_deposits").getValueText());
		assertNull(statement("target.new_deposits").getValue(), "a range is no single number");
	}

	@Test
	void everyCellOfZl06IsAStatementAndTheTotalRowSumsTheOthers() {
		List<PrintedStatement> zl6 = plan.getStatements().stream().filter(s -> "专栏6".equals(s.getTable())).toList();
		assertEquals(31 * 8, zl6.size());
		PrintedStatement total = statement("专栏6-1-total");
		assertEquals("256", total.getValueText());
		assertTrue(total.isTotal());
		assertEquals(30, total.getParts().size());
		PrintedStatement employees = statement("专栏6-1-employees");
		assertEquals("8,946", employees.getValueText());
		assertEquals(new BigDecimal("8946"), employees.getValue());
		ElementSelector goldLarge = statement("专栏6-7-large").getSelector().get(0);
		assertEquals("Mine", goldLarge.getElementType());
		assertEquals("金矿", goldLarge.getMineralText());
		assertTrue(goldLarge.isUseScale());
		assertEquals(MineScale.LARGE, goldLarge.getScale());
		assertEquals(StatementMeasure.SUM_OUTPUT_VALUE, statement("专栏6-7-value").getSelector().get(0).getMeasure());
		assertTrue(statement("专栏6-17-total").getSelector().isEmpty(), "建筑用砂 is printed on two rows");
	}

	@Test
	void blockTablesKeepCountyRowsItemsAndTotals() {
		PrintedStatement total = statement("专栏17-合计");
		assertEquals(7, total.getParts().size());
		assertEquals(262, total.getParts().stream().mapToInt(p -> p.getValue().intValueExact()).sum());
		assertEquals("ExplorationBlock", total.getSelector().get(0).getElementType());
		assertNull(total.getSelector().get(0).getCounty());
		PrintedStatement toliGold = statement("专栏17-托里县-1");
		assertEquals("金矿 59 个", toliGold.getQuote());
		assertEquals("托里县", toliGold.getSelector().get(0).getCounty().getName());
		assertEquals("金矿", toliGold.getSelector().get(0).getMineralText());
		PrintedStatement gold = statement("专栏17-合计-2");
		assertEquals(new BigDecimal("67"), gold.getValue());
		assertEquals(68, gold.getParts().stream().mapToInt(p -> p.getValue().intValueExact()).sum());
		assertTrue(statement("专栏17-合计-6").getSelector().isEmpty(), "其他 of the 合计 row selects nothing");
		assertEquals("处", statement("专栏18-合计-6").getUnit());
		assertEquals(new BigDecimal("0"), statement("专栏18-乌苏市").getValue());
	}

	@Test
	void textStatementsSelectWhatTheyCountOrNothing() {
		ElementSelector large = statement("mines.nonoil.large").getSelector().get(0);
		assertEquals(MineScale.LARGE, large.getScale());
		assertTrue(large.isUseScale());
		assertEquals(StatementMeasure.SUM_AREA, statement("pits.area").getSelector().get(0).getMeasure());
		assertEquals("砖瓦用粘土", statement("concentrated.clay").getSelector().get(0).getMineralText());
		PrintedStatement mining = statement("blocks.mining.total");
		assertEquals(49, mining.getValue().intValueExact());
		assertEquals(52, mining.getParts().stream().mapToInt(p -> p.getValue().intValueExact()).sum(),
				"the text's breakdown sums to 52, as printed");
		// no selector attribute filters a zone kind, an environmental grade or an advantage flag
		for (String code : List.of("bases.energy.count", "areas.national_planned.count", "envzones.key",
				"envzones.general", "envzones.protection", "minerals.advantage.count", "green.national.existing")) {
			assertTrue(statement(code).getSelector().isEmpty(), code);
		}
	}

	@Test
	void concentratedAreaCellsSelectTheirCountyAndColumn() {
		PrintedStatement toliSand = statement("专栏20-托里县-建筑用砂");
		assertEquals(new BigDecimal("20"), toliSand.getValue());
		assertEquals("托里县", toliSand.getSelector().get(0).getCounty().getName());
		assertEquals("建筑用砂", toliSand.getSelector().get(0).getMineralText());
		PrintedStatement all = statement("专栏20-合计-总计");
		assertEquals(new BigDecimal("91"), all.getValue());
		assertEquals(7, all.getParts().size());
	}
}
