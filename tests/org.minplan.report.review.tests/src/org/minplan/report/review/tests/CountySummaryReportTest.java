package org.minplan.report.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.DivisionKind;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportException;
import org.minplan.report.ReportParameter;
import org.minplan.report.review.internal.CountySummaryReport;

/** {@code county.summary} on the Tacheng sample: its numbers against counts made here from the plan. */
class CountySummaryReportTest {

	private static final String WUSU = "654202";
	private static Plan plan;
	private static ReportDocument wusu;
	private static AdministrativeDivision wusuCounty;

	@BeforeAll
	static void generate() throws Exception {
		plan = Documents.sample();
		wusuCounty = plan.getDivisions().stream().filter(d -> WUSU.equals(d.getCode())).findFirst().orElseThrow();
		wusu = new CountySummaryReport().generate(Documents.input(plan, Map.of("county", WUSU)), null);
	}

	@Test
	void blocksByMineralEqualCountsOfThePlan() {
		Table table = Documents.table(wusu, WUSU + " 区块").orElseThrow();
		Map<String, int[]> expected = new HashMap<>();
		List<List<? extends Block>> kinds = List.of(plan.getExplorationBlocks(), plan.getMiningBlocks(),
				plan.getConcentratedAreas());
		for (int k = 0; k < 3; k++) {
			for (Block b : kinds.get(k)) {
				if (b.getCounty() == wusuCounty) {
					expected.computeIfAbsent(b.getMineral().getName(), m -> new int[3])[k]++;
				}
			}
		}
		assertFalse(expected.isEmpty());
		assertEquals(expected.size() + 1, table.bodyRows().size(), "one row per mineral and a total");
		int[] totals = new int[3];
		for (Map.Entry<String, int[]> e : expected.entrySet()) {
			List<Cell> row = Documents.row(table, e.getKey()).orElseThrow(() -> new AssertionError(e.getKey()));
			for (int k = 0; k < 3; k++) {
				assertEquals(e.getValue()[k], Documents.number(row.get(1 + 2 * k)), e.getKey() + " kind " + k);
				totals[k] += e.getValue()[k];
			}
		}
		List<Cell> total = Documents.row(table, "合计").orElseThrow();
		for (int k = 0; k < 3; k++) {
			assertEquals(totals[k], Documents.number(total.get(1 + 2 * k)));
		}
		assertTrue(table.bodyRows().get(0).get(1).synthetic(), "the sample's generated blocks are marked synthetic");
		assertTrue(wusu.synthetic());
	}

	@Test
	void minesByScaleEqualCountsOfThePlan() {
		Table table = Documents.table(wusu, WUSU + " 矿山").orElseThrow();
		int all = 0;
		for (MineScale scale : MineScale.VALUES) {
			long n = plan.getMines().stream().filter(m -> m.getCounty() == wusuCounty && m.getScale() == scale).count();
			long green = plan.getMines().stream()
					.filter(m -> m.getCounty() == wusuCounty && m.getScale() == scale && m.isGreenMine()).count();
			List<Cell> row = table.bodyRows().get(scale.getValue());
			assertEquals(List.of("大型", "中型", "小型", "小矿").get(scale.getValue()), row.get(0).text(),
					"scales named in the report's language");
			assertEquals(n, Documents.number(row.get(1)), scale.getName());
			assertEquals(green, Documents.number(row.get(2)), scale.getName());
			all += n;
		}
		assertEquals(plan.getMines().stream().filter(m -> m.getCounty() == wusuCounty).count(),
				Documents.number(Documents.row(table, "合计").orElseThrow().get(1)));
		assertTrue(all > 0);
	}

	@Test
	void countyMapIsDrawnAtPrintSize() throws Exception {
		List<ReportDocument.Image> images = Documents.images(wusu);
		assertEquals(1, images.size());
		BufferedImage map = Documents.decode(images.get(0));
		assertEquals(Math.round(170 / 25.4 * 150), map.getWidth());
		assertTrue(images.get(0).svg().contains(wusuCounty.getName()), "the SVG names the county");
		assertTrue(images.get(0).caption().contains(wusuCounty.getName()));
		Files.write(Documents.output("county-summary-" + WUSU + ".png"), images.get(0).png());
	}

	@Test
	void indicatorsAreThoseOfTheCountysMinerals() {
		Table table = Documents.table(wusu, WUSU + " 指标").orElseThrow();
		for (List<Cell> row : table.bodyRows()) {
			String code = row.get(1).text();
			var indicator = plan.getIndicators().stream().filter(i -> code.equals(i.getCode())).findFirst()
					.orElseThrow();
			boolean mined = plan.getMines().stream()
					.anyMatch(m -> m.getCounty() == wusuCounty && m.getMineral() == indicator.getMineral());
			boolean blocked = java.util.stream.Stream
					.of(plan.getExplorationBlocks(), plan.getMiningBlocks(), plan.getConcentratedAreas())
					.flatMap(List::stream)
					.anyMatch(b -> b.getCounty() == wusuCounty && b.getMineral() == indicator.getMineral());
			assertTrue(mined || blocked, code + " concerns a mineral of the county");
		}
		assertFalse(table.bodyRows().isEmpty());
	}

	@Test
	void allCountiesOverviewCountsEveryCounty() throws Exception {
		ReportDocument all = new CountySummaryReport().generate(Documents.input(plan, Map.of()), null);
		Table overview = Documents.table(all, "各县概况").orElseThrow();
		List<AdministrativeDivision> counties = plan.getDivisions().stream()
				.filter(d -> d.getKind() == DivisionKind.COUNTY || d.getKind() == DivisionKind.COUNTY_LEVEL_CITY
						|| d.getKind() == DivisionKind.AUTONOMOUS_COUNTY)
				.toList();
		assertEquals(counties.size() + 1, overview.bodyRows().size());
		for (AdministrativeDivision county : counties) {
			List<Cell> row = Documents.row(overview, county.getCode()).orElseThrow();
			assertEquals(plan.getExplorationBlocks().stream().filter(b -> b.getCounty() == county).count(),
					Documents.number(row.get(2)), county.getName());
			assertEquals(plan.getMiningBlocks().stream().filter(b -> b.getCounty() == county).count(),
					Documents.number(row.get(3)), county.getName());
			assertEquals(plan.getMines().stream().filter((Mine m) -> m.getCounty() == county).count(),
					Documents.number(row.get(5)), county.getName());
		}
		assertEquals(counties.size(), Documents.images(all).size(), "a map per county");
	}

	@Test
	void countyIsAChoiceOfThePlansCounties() {
		ReportParameter county = new CountySummaryReport().parameters().get(0);
		assertEquals(ReportParameter.Kind.CHOICE, county.kind());
		List<ReportParameter.Choice> choices = county.choices().apply(Documents.input(plan, Map.of()));
		assertTrue(choices.stream().anyMatch(c -> c.value().equals(WUSU) && c.label().contains("乌苏市")));
		assertEquals(7, choices.size(), "the seven county-level units of Tacheng");
	}

	@Test
	void unknownCountyIsRefusedNamingTheChoices() {
		ReportException e = assertThrows(ReportException.class,
				() -> new CountySummaryReport().generate(Documents.input(plan, Map.of("county", "123456")), null));
		assertTrue(e.getMessage().contains("123456") && e.getMessage().contains("乌苏市"), e.getMessage());
	}
}
