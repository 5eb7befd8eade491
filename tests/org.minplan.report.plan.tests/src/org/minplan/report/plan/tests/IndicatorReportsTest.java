package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.plan.internal.MineStructureTargetsReport;
import org.minplan.report.plan.internal.ProductionTargetsReport;

/** 专栏13 and 14: the printed indicators with the value the model gives now and 达成情况. */
class IndicatorReportsTest {

	private static final String MET = "符合目标";
	private static final String MISSED = "未符合目标";

	@Test
	void productionTargetsShowThePrintedRowsAndMergedAttributes() {
		Grid grid = Sample.grid(new ProductionTargetsReport(), Sample.plan());
		List<Map<String, String>> printed = Sample.printed("zl13_production_targets.tsv");
		List<String> headers = grid.headers();
		assertEquals(Sample.printedHeader("zl13_production_targets.tsv"), headers.subList(0, 5));
		assertEquals(List.of("现状值（模型）", "达成情况"), headers.subList(5, 7));
		assertEquals(printed.size(), grid.rows());
		for (int r = 0; r < printed.size(); r++) {
			assertEquals(printed.get(r).get("指标名称"), grid.text(r, 1));
			assertEquals(printed.get(r).get("单位"), grid.text(r, 2));
			assertEquals(printed.get(r).get("2025年规划目标"), grid.text(r, 3));
		}
		Cell expected = grid.cell(0, 4);
		assertEquals("预期性", expected.text());
		assertEquals(9, expected.rowSpan(), "预期性 printed once for rows 1-9");
		assertEquals("约束性", grid.text(9, 4));
		assertEquals(2, grid.cell(9, 4).rowSpan());
	}

	@Test
	void outputNowIsTheSumOfTheMineralsMinesAndIsComparedWithTheCeiling() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new ProductionTargetsReport(), plan);
		for (String name : List.of("煤炭", "水泥用灰岩", "金矿", "建筑用砂")) {
			int r = grid.row(1, name);
			Mineral mineral = plan.getIndicators().stream().filter(i -> "专栏13".equals(i.getTable()) && name.equals(i.getName()))
					.findFirst().orElseThrow().getMineral();
			BigDecimal sum = BigDecimal.ZERO;
			for (Mine mine : plan.getMines()) {
				if (mine.getMineral() == mineral && mine.getOutput() != null && mine.getStatus() != MineStatus.CLOSED) {
					sum = sum.add(mine.getOutput());
				}
			}
			assertEquals(sum.doubleValue(), grid.number(r, 5), 1e-9, name);
			double ceiling = Double.parseDouble(grid.text(r, 3));
			assertEquals(sum.doubleValue() <= ceiling ? MET : MISSED, grid.text(r, 6), name);
			assertTrue(grid.cell(r, 5).synthetic(), "computed from the sample's generated mines");
		}
		assertEquals("模型无法计算", grid.text(grid.row(1, "硅质原料"), 6), "硅质原料 names no catalogue mineral");
	}

	@Test
	void raisingAMinesOutputAboveTheCeilingMissesTheTarget() {
		Plan plan = Sample.fresh();
		Grid before = Sample.grid(new ProductionTargetsReport(), plan);
		int coal = before.row(1, "煤炭");
		assertEquals(MET, before.text(coal, 6));

		Mine mine = plan.getMines().stream().filter(m -> "煤炭".equals(m.getMineralText())).findFirst().orElseThrow();
		mine.setOutput(mine.getOutput().add(new BigDecimal("1000")));
		Grid after = Sample.grid(new ProductionTargetsReport(), plan);
		assertEquals(before.number(coal, 5) + 1000, after.number(coal, 5), 1e-9);
		assertEquals(MISSED, after.text(coal, 6));
	}

	@Test
	void mineStructureTargetsCountTheModelsMines() {
		Plan plan = Sample.fresh();
		Grid grid = Sample.grid(new MineStructureTargetsReport(), plan);
		assertEquals(Sample.printedHeader("zl14_mine_structure_targets.tsv"), grid.headers().subList(0, 5));
		assertEquals(List.of("≤230", "≥40", "2-3"), grid.columnTexts(3));

		int count = 0;
		int largeMedium = 0;
		for (Mine mine : plan.getMines()) {
			if (!mine.isOilGas() && mine.getStatus() != MineStatus.CLOSED) {
				count++;
				if (mine.getScale() == MineScale.LARGE || mine.getScale() == MineScale.MEDIUM) {
					largeMedium++;
				}
			}
		}
		assertEquals(count, grid.number(0, 5));
		assertEquals(count <= 230 ? MET : MISSED, grid.text(0, 6));
		double share = Math.round(1000.0 * largeMedium / count) / 10.0;
		assertEquals(share, grid.number(1, 5), 1e-9);
		assertEquals(share >= 40 ? MET : MISSED, grid.text(1, 6));
		assertEquals("模型无法计算", grid.text(2, 6), "综合利用率 cannot be computed from mines");

		// closing mines brings the count under the ceiling
		List<Mine> open = plan.getMines().stream().filter(m -> m.getStatus() != MineStatus.CLOSED).toList();
		for (int i = 0; i < count - 230; i++) {
			open.get(i).setStatus(MineStatus.CLOSED);
		}
		Grid after = Sample.grid(new MineStructureTargetsReport(), plan);
		assertEquals(230, after.number(0, 5));
		assertEquals(MET, after.text(0, 6));
	}
}
