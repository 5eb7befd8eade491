package org.minplan.report.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.Plan;
import org.minplan.model.ResourceReserve;
import org.minplan.report.ReportDocument;
import org.minplan.report.plan.internal.MineralCatalogueReport;
import org.minplan.report.plan.internal.ReservesReport;

/** 专栏4 (mineral catalogue) and 专栏5 (reserves) regenerated from the sample plan. */
class CatalogueAndReservesReportTest {

	@Test
	void catalogueListsTheMineralsOfEachPrintedCategory() {
		Plan plan = Sample.plan();
		Grid grid = Sample.grid(new MineralCatalogueReport(), plan);
		List<Map<String, String>> printed = Sample.printed("zl04_minerals.tsv");

		assertEquals(List.of("类别", "矿种", "数目"), grid.headers());
		assertEquals(printed.stream().map(r -> r.get("类别")).toList(), grid.columnTexts(0),
				"categories in the printed order, then 优势矿种");
		int sum = 0;
		for (int r = 0; r < grid.rows() - 1; r++) {
			MineralCategory category = MineralCategory.get(r);
			List<String> names = plan.getMinerals().stream().filter(m -> m.getCategory() == category)
					.map(Mineral::getName).toList();
			assertEquals(String.join("、", names), grid.text(r, 1), grid.text(r, 0));
			assertEquals(names.size(), grid.number(r, 2), grid.text(r, 0));
			sum += (int) grid.number(r, 2);
		}
		assertEquals(plan.getMinerals().size(), sum, "categories add up to the catalogue");
		assertEquals(73, sum, "the plan prints 10 大类 73 个");
		long advantage = plan.getMinerals().stream().filter(Mineral::isAdvantage).count();
		assertEquals(advantage, grid.number(grid.rows() - 1, 2));
	}

	@Test
	void catalogueFollowsAMineralMovedToAnotherCategory() {
		Plan plan = Sample.fresh();
		Mineral coal = plan.getMinerals().stream().filter(m -> "煤".equals(m.getName())).findFirst().orElseThrow();
		coal.setCategory(MineralCategory.WATER_GAS);

		Grid grid = Sample.grid(new MineralCatalogueReport(), plan);
		int energy = grid.row(0, "能源矿产");
		int water = grid.row(0, "水气矿产");
		assertFalse(List.of(grid.text(energy, 1).split("、")).contains("煤"));
		assertTrue(List.of(grid.text(water, 1).split("、")).contains("煤"));
		assertEquals(10, grid.number(energy, 2));
		assertEquals(3, grid.number(water, 2));
	}

	@Test
	void reservesReproduceThePrintedTableWithItsDecimals() {
		Grid grid = Sample.grid(new ReservesReport(), Sample.plan());
		List<Map<String, String>> printed = Sample.printed("zl05_mineral_resources.tsv");

		assertEquals(Sample.printedHeader("zl05_mineral_resources.tsv"), grid.headers());
		assertEquals(printed.size(), grid.rows());
		for (int r = 0; r < printed.size(); r++) {
			Map<String, String> row = printed.get(r);
			assertEquals(row.get("序号"), grid.text(r, 0));
			assertEquals(row.get("矿产名称"), grid.text(r, 1));
			assertEquals(row.get("资源储量单位"), grid.text(r, 2));
			assertEquals(row.get("累计查明资源量"), grid.text(r, 3), "decimals as printed: " + row.get("矿产名称"));
			assertEquals(row.get("保有资源量"), grid.text(r, 4), "decimals as printed: " + row.get("矿产名称"));
		}
		int zinc = grid.row(1, "锌矿");
		assertEquals("25.50", grid.text(zinc, 4));
		assertEquals(25.5, grid.cell(zinc, 4).number());
	}

	@Test
	void reservesShowTheModelsValueAfterAnEdit() {
		Plan plan = Sample.fresh();
		ResourceReserve coal = plan.getReserves().get(0);
		coal.setRetained(new BigDecimal("400.05"));

		ReportDocument document = Sample.generate(new ReservesReport(), plan, Sample.ZH);
		Grid grid = new Grid(Sample.table(document));
		assertEquals("400.05", grid.text(0, 4));
		assertEquals(400.05, grid.cell(0, 4).number());
		assertFalse(document.synthetic(), "专栏5 is transcribed, not generated");
		assertTrue(grid.table().notes().stream().anyMatch(n -> n.contains("铁矿") && n.contains("砖瓦用页岩")),
				"the two minerals printed with more retained than identified are noted: " + grid.table().notes());
	}
}
