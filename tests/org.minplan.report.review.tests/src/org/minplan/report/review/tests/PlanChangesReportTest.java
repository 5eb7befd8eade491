package org.minplan.report.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Cell;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportException;
import org.minplan.report.review.internal.PlanChangesReport;

/**
 * {@code plan.changes}: a copy of the sample with one element added, one removed and one modified, compared with the
 * bundled sample file, shows those three and nothing else.
 */
class PlanChangesReportTest {

	private static ReportDocument report(Plan after) throws ReportException {
		return new PlanChangesReport().generate(Documents.input(after,
				Map.of(PlanChangesReport.OTHER, org.minplan.sample.SamplePlans.tachengPath().toString())), null);
	}

	@Test
	void findsTheAddedRemovedAndModifiedElementsAndNothingElse() throws Exception {
		Plan after = Documents.sample();
		ExplorationBlock added = EcoreUtil.copy(after.getExplorationBlocks().get(0));
		added.setId("00000000-0000-0000-0000-000000000001");
		added.setCode("654202K9999");
		added.setName("新增勘查规划区块");
		after.getExplorationBlocks().add(added);
		Mine removed = after.getMines().get(3);
		after.getMines().remove(removed);
		MiningBlock modified = after.getMiningBlocks().get(1);
		String oldName = modified.getName();
		BigDecimal oldArea = modified.getStatedArea();
		modified.setName(oldName + "（调整）");
		modified.setStatedArea(oldArea.add(new BigDecimal("1.5")));

		ReportDocument doc = report(after);
		Table counts = Documents.table(doc, "变更概况").orElseThrow();
		assertEquals(4, counts.bodyRows().size(), "three element types and the total");
		assertCounts(counts, "勘查规划区块", 1, 0, 0);
		assertCounts(counts, "矿山", 0, 1, 0);
		assertCounts(counts, "开采规划区块", 0, 0, 1);
		assertCounts(counts, "合计", 1, 1, 1);

		List<Table> details = Documents.tables(doc).stream().filter(t -> t.headerRows().get(0).get(0).text()
				.equals("变更")).toList();
		List<List<Cell>> rows = details.stream().flatMap(t -> t.bodyRows().stream()).toList();
		assertEquals(4, rows.size(), "added, removed, and two fields of the modified block: " + rows.size());
		assertTrue(rows.stream().anyMatch(r -> r.get(0).text().equals("新增") && r.get(1).text().equals("654202K9999")));
		assertTrue(rows.stream().anyMatch(r -> r.get(0).text().equals("删除") && r.get(1).text().equals(removed.getCode())));
		List<Cell> name = rows.stream().filter(r -> r.get(4).text().equals(
				"名称")).findFirst().orElseThrow();
		assertEquals(modified.getCode(), name.get(1).text());
		assertEquals(oldName, name.get(5).text());
		assertEquals(oldName + "（调整）", name.get(6).text());
		List<Cell> area = rows.stream().filter(r -> r.get(4).text().equals(
				"面积（填报）")).findFirst().orElseThrow();
		assertEquals(oldArea.toPlainString(), area.get(5).text());
		assertEquals(oldArea.add(new BigDecimal("1.5")).toPlainString(), area.get(6).text());
	}

	@Test
	void sameFileShowsNoChanges() throws Exception {
		ReportDocument doc = report(Documents.sample());
		assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof ReportDocument.Paragraph p
				&& p.text().equals("两份规划没有差别。")), "says there is no difference");
		assertTrue(Documents.tables(doc).isEmpty());
	}

	@Test
	void elementWithANewIdButTheSameCodeIsTheSameElement() throws Exception {
		Plan after = Documents.sample();
		after.getMiningBlocks().get(0).setId("00000000-0000-0000-0000-00000000abcd");
		ReportDocument doc = report(after);
		assertTrue(Documents.tables(doc).isEmpty(), "matched by code, nothing changed");
	}

	@Test
	void movedVertexIsAChangedGeometry() throws Exception {
		Plan after = Documents.sample();
		MiningBlock block = after.getMiningBlocks().get(2);
		double[] ring = block.getGeometry().exterior();
		block.setGeometry(block.getGeometry().withVertex(0, 0, 1, ring[2] + 25, ring[3]));
		Table counts = Documents.table(report(after), "变更概况").orElseThrow();
		assertCounts(counts, "开采规划区块", 0, 0, 1);
		assertEquals(2, counts.bodyRows().size());
	}

	@Test
	void missingOtherFileIsNamed() {
		ReportException e = assertThrows(ReportException.class, () -> new PlanChangesReport().generate(
				Documents.input(Documents.sample(), Map.of(PlanChangesReport.OTHER, "/no/such/before.minplan")),
				null));
		assertTrue(e.getMessage().contains("other") && e.getMessage().contains("before.minplan"), e.getMessage());
		assertThrows(ReportException.class,
				() -> new PlanChangesReport().generate(Documents.input(Documents.sample(), Map.of()), null));
	}

	private static void assertCounts(Table counts, String type, int added, int removed, int changed) {
		List<Cell> row = Documents.row(counts, type).orElseThrow(() -> new AssertionError("no row " + type));
		assertEquals(added, Documents.number(row.get(1)), type + " added");
		assertEquals(removed, Documents.number(row.get(2)), type + " removed");
		assertEquals(changed, Documents.number(row.get(3)), type + " changed");
	}
}
