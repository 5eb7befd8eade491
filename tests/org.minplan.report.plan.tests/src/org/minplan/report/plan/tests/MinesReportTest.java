package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.plan.internal.MinesReport;

/** 专栏6: mines by mineral and scale, employees, output and value, regenerated from the sample's mines. */
class MinesReportTest {

	private static final List<String> SCALES = List.of("大型", "中型", "小型", "小矿");

	@Test
	void headersAreThePrintedOnes() {
		Grid grid = Sample.grid(new MinesReport(), Sample.plan());
		assertEquals(Sample.printedHeader("zl06_mining_status.tsv").stream().map(Sample::compact).toList(),
				grid.headers().stream().map(Sample::compact).toList());
		assertTrue(grid.table().wide());
	}

	@Test
	void everyRowCountsTheModelsMinesOfItsMineral() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new MinesReport(), plan);
		Map<String, List<Mine>> byMineral = new LinkedHashMap<>();
		for (Mine mine : plan.getMines()) {
			byMineral.computeIfAbsent(mine.getMineralText(), k -> new ArrayList<>()).add(mine);
		}
		assertEquals(byMineral.size() + 1, grid.rows(), "总计 and one row per mineral");
		assertEquals("总计", grid.text(0, 1));
		for (Map.Entry<String, List<Mine>> entry : byMineral.entrySet()) {
			int r = grid.row(1, entry.getKey());
			List<Mine> mines = entry.getValue();
			assertEquals(mines.size(), grid.number(r, 2), entry.getKey());
			for (int s = 0; s < SCALES.size(); s++) {
				MineScale scale = MineScale.get(s);
				long n = mines.stream().filter(m -> m.getScale() == scale).count();
				assertEquals(n, grid.number(r, 3 + s), entry.getKey() + " " + SCALES.get(s));
			}
			int employees = 0;
			BigDecimal output = BigDecimal.ZERO;
			for (Mine m : mines) {
				employees += m.getEmployees() == null ? 0 : m.getEmployees();
				output = output.add(m.getOutput() == null ? BigDecimal.ZERO : m.getOutput());
			}
			assertEquals(employees, grid.number(r, 7), entry.getKey());
			assertEquals(output.doubleValue(), grid.number(r, 8), 1e-9, entry.getKey());
		}
	}

	@Test
	void totalRowIsTheSumOfTheRowsAndPrintedAsThePlanPrintsIt() {
		Grid grid = Sample.grid(new MinesReport(), Sample.plan());
		for (int c = 2; c < grid.headers().size(); c++) {
			double sum = 0;
			for (int r = 1; r < grid.rows(); r++) {
				sum += grid.number(r, c);
			}
			assertEquals(sum, grid.number(0, c), 1e-6, grid.headers().get(c));
			assertTrue(grid.cell(0, c).emphasis(), "total in bold");
		}
		Map<String, String> printedTotal = Sample.printed("zl06_mining_status.tsv").get(0);
		assertEquals(printedTotal.get("从业人数 （人）"), grid.text(0, 7), "8,946 with its separator");
		assertEquals(printedTotal.get("矿石产量 （万吨）"), grid.text(0, 8));
		assertEquals(printedTotal.get("工业总产值 （万元）"), grid.text(0, 9));
	}

	@Test
	void synthethicMinesAreMarkedAndTheRepeatedRowExplained() {
		ReportDocument document = Sample.generate(new MinesReport(), Sample.plan(), Sample.ZH);
		Grid grid = new Grid(Sample.table(document));
		assertTrue(document.synthetic());
		assertTrue(grid.cell(grid.row(1, "煤炭"), 2).synthetic(), "the sample's mines are generated");
		assertTrue(grid.table().notes().stream().anyMatch(n -> n.contains("建筑用砂")), grid.table().notes().toString());
	}

	@Test
	void aMineChangingScaleMovesBetweenColumnsAndIsNoted() {
		Plan plan = Sample.fresh();
		Mine gold = plan.getMines().stream().filter(m -> "金矿".equals(m.getMineralText()) && m.getScale() == MineScale.SMALL)
				.findFirst().orElseThrow();
		Grid before = Sample.grid(new MinesReport(), plan);
		int r = before.row(1, "金矿");
		gold.setScale(MineScale.LARGE);

		Grid after = Sample.grid(new MinesReport(), plan);
		assertEquals(before.number(r, 3) + 1, after.number(r, 3), "大型 +1");
		assertEquals(before.number(r, 5) - 1, after.number(r, 5), "小型 -1");
		assertEquals(before.number(0, 3) + 1, after.number(0, 3), "总计 大型 +1");
		assertEquals(before.number(r, 2), after.number(r, 2), "合计 unchanged");
		assertTrue(after.table().notes().stream().anyMatch(n -> n.contains("金矿") && n.contains("大型")),
				"the difference from the printed 大型 count is noted: " + after.table().notes());
	}
}
