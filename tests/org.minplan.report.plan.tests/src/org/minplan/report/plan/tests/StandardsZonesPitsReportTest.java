package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.AbandonedPit;
import org.minplan.model.Plan;
import org.minplan.report.plan.internal.AbandonedPitsReport;
import org.minplan.report.plan.internal.EnvironmentalZonesReport;
import org.minplan.report.plan.internal.MinimumScalesReport;

/** 专栏21 (minimum mining scales), 22 (environmental zones) and 23 (abandoned pits). */
class StandardsZonesPitsReportTest {

	@Test
	void minimumScalesReproduceThePrintedTable() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new MinimumScalesReport(), plan);
		List<Map<String, String>> printed = Sample.printed("zl21_min_mining_scale.tsv");
		List<String> headers = Sample.printedHeader("zl21_min_mining_scale.tsv");
		assertEquals(headers, grid.headers());
		assertEquals(printed.size(), grid.rows());
		for (int r = 0; r < printed.size(); r++) {
			for (int c = 0; c < headers.size() - 1; c++) {
				assertEquals(printed.get(r).get(headers.get(c)), grid.text(r, c), "row " + (r + 1) + " " + headers.get(c));
			}
			String remarks = plan.getMinimumScales().get(r).getRemarks();
			assertEquals(remarks == null ? "" : remarks, grid.text(r, headers.size() - 1), "备注: the standard's remarks");
		}
		int chromium = grid.row(1, "铬");
		assertEquals(10.0, grid.cell(chromium, 3).number(), "a single figure is a number");
		assertNull(grid.cell(0, 3).number(), "120/400 stays text");
		assertTrue(grid.table().wide());
	}

	@Test
	void environmentalZonesMergeNumberGradeAndTasksAsPrinted() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new EnvironmentalZonesReport(), plan);
		assertEquals(Sample.printedHeader("zl22_env_zones.tsv"), grid.headers());
		assertEquals(plan.getEnvironmentalZones().size(), grid.rows());
		List<Map<String, String>> printed = Sample.printed("zl22_env_zones.tsv");
		for (int r = 0; r < printed.size(); r++) {
			assertEquals(printed.get(r).get("分区"), grid.text(r, 2));
			assertEquals(printed.get(r).get("主要矿山"), grid.text(r, 3));
		}
		assertEquals(List.of(2, 3, 1), List.of(grid.cell(0, 0).rowSpan(), grid.cell(2, 0).rowSpan(), grid.cell(5, 0).rowSpan()),
				"编号 merged per group: 重点 2, 一般 3, 保护预防 1");
		assertEquals("重点治理区", grid.text(1, 1));
		assertEquals("一般治理区", grid.text(4, 1));
		assertEquals(3, grid.cell(2, 5).rowSpan(), "治理任务 printed once for group 2");
		assertEquals(printed.get(0).get("治理任务"), grid.text(1, 5));
	}

	@Test
	void pitsWithTheirCountyAreaAndATotalOfTheRows() {
		Plan plan = Sample.fresh();
		Grid grid = Sample.grid(new AbandonedPitsReport(), plan);
		List<Map<String, String>> printed = Sample.printed("zl23_abandoned_pits.tsv");
		assertEquals(Sample.printedHeader("zl23_abandoned_pits.tsv"), grid.headers());
		assertEquals(printed.size() + 1, grid.rows(), "22 pits and 合计");
		BigDecimal sum = BigDecimal.ZERO;
		for (int r = 0; r < printed.size(); r++) {
			assertEquals(printed.get(r).get("治理项目名称"), grid.text(r, 1));
			assertEquals(printed.get(r).get("面积(公顷)"), grid.text(r, 3), "decimals as printed");
			sum = sum.add(new BigDecimal(grid.text(r, 3)));
		}
		int total = grid.rows() - 1;
		assertEquals(sum.toPlainString(), grid.text(total, 3), "合计 = sum of the rows, with 3 decimals like row 4");
		assertEquals(775.592, grid.number(total, 3), 1e-9);
		assertTrue(grid.cell(total, 3).emphasis());
		assertTrue(grid.table().notes().isEmpty(), "775.592 rounds to the printed 775.59: " + grid.table().notes());

		AbandonedPit first = plan.getAbandonedPits().get(0);
		first.setCounty(Sample.division(plan, "塔城市"));
		first.setStatedArea(new BigDecimal("24.27"));
		Grid after = Sample.grid(new AbandonedPitsReport(), plan);
		assertEquals("塔城市", after.text(0, 2), "the county the model holds, not the printed one");
		assertEquals("785.592", after.text(total, 3));
		assertTrue(after.table().notes().stream().anyMatch(n -> n.contains("785.592") && n.contains("775.59")),
				after.table().notes().toString());
	}
}
