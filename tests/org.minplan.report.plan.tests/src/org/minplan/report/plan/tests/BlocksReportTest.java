package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;
import org.minplan.report.plan.internal.ExplorationBlocksReport;
import org.minplan.report.plan.internal.MiningBlocksReport;

/** 专栏17 and 18: planning blocks by county and mineral, regenerated from the sample's blocks. */
class BlocksReportTest {

	private static Report report(String number) {
		return "17".equals(number) ? new ExplorationBlocksReport() : new MiningBlocksReport();
	}

	private static List<? extends Block> blocks(Plan plan, String number) {
		return "17".equals(number) ? plan.getExplorationBlocks() : plan.getMiningBlocks();
	}

	@ParameterizedTest
	@CsvSource({ "17, zl17_exploration_blocks_by_county.tsv", "18, zl18_mining_blocks_by_county.tsv" })
	void rowsAreThePrintedCountiesWithTheModelsCounts(String number, String file) {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(report(number), plan);
		List<Map<String, String>> printed = Sample.printed(file);

		assertEquals(Sample.printedHeader(file), grid.headers());
		assertEquals(printed.stream().map(r -> r.get("行政区")).toList(), grid.columnTexts(0), "printed row order");
		int sum = 0;
		for (int r = 0; r < grid.rows() - 1; r++) {
			AdministrativeDivision county = Sample.division(plan, Sample.divisionName(grid.text(r, 0)));
			int count = 0;
			for (Block block : blocks(plan, number)) {
				if (block.getCounty() == county) {
					count++;
				}
			}
			assertEquals(count, grid.number(r, 1), grid.text(r, 0));
			sum += count;
		}
		int total = grid.rows() - 1;
		assertEquals("合计", grid.text(total, 0));
		assertEquals(sum, grid.number(total, 1), "合计 = sum of the counties");
		assertEquals(blocks(plan, number).size(), sum);
		assertTrue(grid.cell(total, 1).emphasis());
	}

	@Test
	void mineralListsReadAsPrintedWhereTheModelAgrees() {
		Grid grid = Sample.grid(new ExplorationBlocksReport(), Sample.plan());
		List<Map<String, String>> printed = Sample.printed("zl17_exploration_blocks_by_county.tsv");
		for (int r = 0; r < printed.size() - 1; r++) {
			String county = printed.get(r).get("行政区");
			if (!"额敏县".equals(county)) {
				assertEquals(printed.get(r).get("矿种"), grid.text(r, 2), county);
			}
		}
		String total = grid.text(grid.rows() - 1, 2);
		assertTrue(total.startsWith("油砂 30 个、金矿 68 个、铜矿 37 个、铁矿 19 个、花岗岩 24 个、其他 "), total);
	}

	@Test
	void whereTheModelDiffersFromThePrintThereIsANote() {
		Grid grid = Sample.grid(new ExplorationBlocksReport(), Sample.plan());
		List<String> notes = grid.table().notes();
		int eMin = grid.row(0, "额敏县");
		int modelCount = (int) grid.number(eMin, 1);
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("额敏县 · 新设数量") && n.contains(Integer.toString(modelCount))
				&& n.contains("26")), "额敏县 printed 26 blocks but lists 25: " + notes);
		assertTrue(notes.stream().anyMatch(n -> n.contains("金矿") && n.contains("67")), notes.toString());
		assertFalse(notes.stream().anyMatch(n -> n.startsWith("托里县")), "托里县 agrees with the print: " + notes);
	}

	@Test
	void movingABlockToAnotherCountyMovesItInTheTable() {
		Plan plan = Sample.fresh();
		Grid before = Sample.grid(new ExplorationBlocksReport(), plan);
		AdministrativeDivision yumin = Sample.division(plan, "裕民县");
		ExplorationBlock block = plan.getExplorationBlocks().stream()
				.filter(b -> b.getCounty() != null && "托里县".equals(b.getCounty().getName()) && "铜矿".equals(b.getMineralText()))
				.findFirst().orElseThrow();
		block.setCounty(yumin);

		Grid after = Sample.grid(new ExplorationBlocksReport(), plan);
		int tuoli = after.row(0, "托里县");
		int yuminRow = after.row(0, "裕民县");
		int total = after.rows() - 1;
		assertEquals(before.number(tuoli, 1) - 1, after.number(tuoli, 1));
		assertEquals(before.number(yuminRow, 1) + 1, after.number(yuminRow, 1));
		assertEquals(before.number(total, 1), after.number(total, 1));
		assertTrue(after.text(tuoli, 2).contains("铜矿 23 个"), after.text(tuoli, 2));
		assertTrue(after.text(yuminRow, 2).endsWith("铜矿 1 个"), after.text(yuminRow, 2));
		assertTrue(after.table().notes().stream().anyMatch(n -> n.startsWith("裕民县 · 铜矿")),
				"a mineral the print does not list for 裕民县 is noted: " + after.table().notes());
	}

	@Test
	void aCountyParameterRestrictsTheTableToThatCounty() throws ReportException {
		Plan plan = Sample.plan();
		AdministrativeDivision eMin = Sample.division(plan, "额敏县");
		Report report = new ExplorationBlocksReport();
		assertEquals(List.of("county"), report.parameters().stream().map(ReportParameter::id).toList());
		assertTrue(report.parameters().get(0).choices().apply(new ReportInput(plan, null, Map.of(), Sample.ZH)).stream()
				.anyMatch(c -> c.value().equals(eMin.getCode()) && c.label().equals("额敏县")));

		for (String value : List.of(eMin.getCode(), "额敏县")) {
			ReportDocument document = report.generate(new ReportInput(plan, null, Map.of("county", value), Sample.ZH),
					new NullProgressMonitor());
			Grid grid = new Grid(Sample.table(document));
			assertEquals(List.of("额敏县"), grid.columnTexts(0), "one row, no 合计");
			long count = plan.getExplorationBlocks().stream().filter(b -> b.getCounty() == eMin).count();
			assertEquals(count, grid.number(0, 1));
			assertTrue(grid.table().caption().endsWith("（额敏县）"), grid.table().caption());
		}
		Grid hoboksar = new Grid(Sample.table(report.generate(
				new ReportInput(plan, null, Map.of("county", "和布克赛尔县"), Sample.ZH), new NullProgressMonitor())));
		assertEquals(List.of("和布克赛尔县"), hoboksar.columnTexts(0), "the printed name is accepted too");
	}

	@Test
	void anUnknownCountyIsRefusedNamingTheParameterAndTheChoices() {
		ReportException e = assertThrows(ReportException.class, () -> new MiningBlocksReport().generate(
				new ReportInput(Sample.plan(), null, Map.of("county", "654299"), Sample.ZH), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("county") && e.getMessage().contains("654299")
				&& e.getMessage().contains("654221 额敏县"), e.getMessage());
	}

	@Test
	void countyWithoutBlocksIsPrintedWithZero() {
		Grid grid = Sample.grid(new MiningBlocksReport(), Sample.plan());
		int wusu = grid.row(0, "乌苏市");
		assertEquals(0, grid.number(wusu, 1));
		assertEquals("", grid.text(wusu, 2));
	}
}
