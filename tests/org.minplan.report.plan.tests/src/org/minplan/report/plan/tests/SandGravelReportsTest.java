package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.Mine;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.report.plan.internal.ConcentratedAreasReport;
import org.minplan.report.plan.internal.SandGravelTotalsReport;

/** 专栏19 (sand-gravel-soil output control) and 专栏20 (concentrated mining areas). */
class SandGravelReportsTest {

	private static Mineral mineral(Plan plan, String name) {
		return plan.getMinerals().stream().filter(m -> name.equals(m.getName())).findFirst().orElseThrow();
	}

	@Test
	void sandGravelRowsCountTheModelsMinesAndAddUp() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new SandGravelTotalsReport(), plan);
		assertEquals(Sample.printedHeader("zl19_sand_gravel_clay_totals.tsv").stream().map(Sample::compact).toList(),
				grid.headers().stream().map(Sample::compact).toList());
		assertEquals(List.of("建筑用砂石料", "砖瓦用粘土", "合计"), grid.columnTexts(0));

		String[] minerals = { "建筑用砂石料", "砖瓦粘土" };
		for (int r = 0; r < 2; r++) {
			Mineral mineral = mineral(plan, minerals[r]);
			int mines = 0;
			BigDecimal output = BigDecimal.ZERO;
			for (Mine mine : plan.getMines()) {
				if (mine.getMineral() == mineral && mine.getStatus() != MineStatus.CLOSED) {
					mines++;
					output = output.add(mine.getOutput());
				}
			}
			assertEquals(mines, grid.number(r, 1), minerals[r]);
			assertEquals(output.doubleValue(), grid.number(r, 2), 1e-9, minerals[r]);
		}
		for (int c = 1; c <= 4; c++) {
			assertEquals(grid.number(0, c) + grid.number(1, c), grid.number(2, c), 1e-9, "合计 " + grid.headers().get(c));
		}
		assertEquals("约束性", grid.text(0, 5));
		assertEquals(3, grid.cell(0, 5).rowSpan(), "指标类型 printed once for the whole table");
		List<Map<String, String>> printed = Sample.printed("zl19_sand_gravel_clay_totals.tsv");
		assertEquals(printed.get(0).get("2025 年末调控目标/矿山数"), grid.text(0, 3));
		assertEquals("27.23", grid.text(1, 2), "two decimals as printed");
		assertTrue(grid.table().notes().stream().anyMatch(n -> n.startsWith("建筑用砂石料") && n.contains("73")),
				"the model has 77 建筑用砂 mines (rows 17 and 19 of 专栏6), the plan prints 73: " + grid.table().notes());
	}

	@Test
	void concentratedAreasByCountyAndMineralWithTotals() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new ConcentratedAreasReport(), plan);
		List<Map<String, String>> printed = Sample.printed("zl20_concentrated_areas.tsv");
		assertEquals(Sample.printedHeader("zl20_concentrated_areas.tsv"), grid.headers());
		assertEquals(printed.stream().map(r -> r.get("行政区").isEmpty() ? r.get("序号") : r.get("行政区")).toList(),
				grid.columnTexts(1), "counties in the printed order, then 合计");
		List<String> minerals = List.of("建筑用砂", "砖瓦用粘土");
		for (int r = 0; r < grid.rows() - 1; r++) {
			AdministrativeDivision county = Sample.division(plan, Sample.divisionName(grid.text(r, 1)));
			int all = 0;
			for (int m = 0; m < minerals.size(); m++) {
				int n = 0;
				for (ConcentratedMiningArea area : plan.getConcentratedAreas()) {
					if (area.getCounty() == county && minerals.get(m).equals(area.getMineralText())) {
						n++;
					}
				}
				assertEquals(n, grid.number(r, 2 + m), grid.text(r, 1) + " " + minerals.get(m));
				all += n;
			}
			assertEquals(all, grid.number(r, 4), grid.text(r, 1) + " 总计");
		}
		int total = grid.rows() - 1;
		for (int c = 2; c <= 4; c++) {
			double sum = 0;
			for (int r = 0; r < total; r++) {
				sum += grid.number(r, c);
			}
			assertEquals(sum, grid.number(total, c), grid.headers().get(c));
			assertEquals(printed.get(total).get(grid.headers().get(c)), grid.text(total, c), "the sample agrees with the print");
		}
		assertEquals(2, grid.cell(total, 0).colSpan(), "合计 spans 序号 and 行政区");
		assertTrue(grid.table().notes().isEmpty(), grid.table().notes().toString());
	}

	@Test
	void movingAnAreaChangesBothCountiesAndIsNoted() {
		Plan plan = Sample.fresh();
		ConcentratedMiningArea area = plan.getConcentratedAreas().stream()
				.filter(a -> "托里县".equals(a.getCounty().getName())).findFirst().orElseThrow();
		area.setCounty(Sample.division(plan, "额敏县"));
		Grid grid = Sample.grid(new ConcentratedAreasReport(), plan);
		assertEquals(21, grid.number(grid.row(1, "托里县"), 4));
		assertEquals(5, grid.number(grid.row(1, "额敏县"), 4));
		assertEquals(91, grid.number(grid.rows() - 1, 4));
		assertTrue(grid.table().notes().stream().anyMatch(n -> n.startsWith("托里县 · 总计") && n.contains("22")),
				grid.table().notes().toString());
	}
}
