package org.minplan.importer.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.minplan.importer.tests.Imports.*;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.importer.ElementChange;
import org.minplan.importer.FieldChange;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.internal.SubmissionCommand;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.ExplorationStage;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.tests.support.TestPlans;

/** Valid submissions of 托里县 imported into the Tacheng sample: what is added, changed, removed, and undo. */
class ValidSubmissionTest {

	/**
	 * Areas of the fixture's blocks in km², computed independently of the importer: rectangles in
	 * Gauss–Krüger metres (width × height), and for longitude/latitude quadrangles the exact ellipsoidal area
	 * of CGCS2000 (a²/2 · Δλ · (q(φ2) − q(φ1)), q the authalic function), which the projected plane
	 * reproduces within 0.01 % this close to the central meridian.
	 */
	private static final double K9001_KM2 = 2.0 * 1.5;
	private static final double K0001_KM2 = 1.0 * 1.0;
	private static final double C9001_KM2 = 1.2028556;
	private static final double K9002_KM2 = 1.7280096;

	@TempDir
	Path folder;

	private final AreaCalculator areas = new AreaCalculator(new CrsTransformer());

	@Test
	void csvOfBlocksAddsChangesAndRemovesTheCountysBlocks() throws Exception {
		Plan plan = sample();
		AdministrativeDivision tuoli = tuoli().division(plan).orElseThrow();
		long blocksBefore = countyBlocks(plan, tuoli).size();

		ImportSession session = prepare(plan, FixtureFiles.copy("tuoli-blocks-valid.csv", folder));

		assertFalse(session.isRejected(), messages(session.problems()));
		assertEquals(List.of("654224K9001", "654224C9001", "654224K9002"), keys(session, ElementChange.Kind.NEW));
		assertEquals(List.of("654224K0001", "654224C0001"), keys(session, ElementChange.Kind.CHANGED));
		assertEquals(blocksBefore - 2, session.preview().count(ElementChange.Kind.REMOVED),
				"every block of 托里县 absent from the file is removed");
		assertTrue(session.preview().changes().stream().noneMatch(c -> c.type().getName().equals("Mine")),
				"a file of blocks leaves the mines alone");

		ElementChange k0001 = change(session, "654224K0001");
		assertEquals(Set.of("name", "statedArea", "geometry", "stage", "approximateGeometry", "synthetic"),
				k0001.fields().stream().map(f -> f.feature().getName()).collect(Collectors.toSet()));
		FieldChange name = k0001.fields().stream().filter(f -> f.feature().getName().equals("name")).findFirst().get();
		assertEquals("托里县金矿勘查规划区块 1", name.oldText());
		assertEquals("托里县金矿勘查规划区块 1（调整）", name.newText());
		assertEquals("名称", name.label(Locale.CHINESE));

		ElementChange c0001 = change(session, "654224C0001");
		assertEquals(1, c0001.fields().size(), "only the design scale differs: " + c0001.fields());
		assertEquals("designScale", c0001.fields().get(0).feature().getName());
		assertEquals("3.00", c0001.fields().get(0).oldText());
		assertEquals("4", c0001.fields().get(0).newText());

		assertTrue(session.apply(new BasicCommandStack()));

		List<Block> after = countyBlocks(plan, tuoli);
		assertEquals(5, after.size(), "the county now holds exactly the submitted blocks");
		ExplorationBlock k9001 = TestPlans.find(plan.getExplorationBlocks(), "654224K9001");
		assertEquals("金", k9001.getMineral().getName());
		assertEquals(ExplorationStage.PROSPECTING, k9001.getStage());
		assertSame(tuoli, k9001.getCounty());
		Shape shape = k9001.getGeometry();
		assertEquals(4516, shape.srid(), "stored like the sample: GK zone 28 with zone prefix");
		assertEquals(28460000, shape.x(), 1e-9, "X (northing) and Y (easting) of the table become y and x");
		assertEquals(5040000, shape.y(), 1e-9);
		assertArea(K9001_KM2, k9001);
		assertArea(K0001_KM2, TestPlans.find(plan.getExplorationBlocks(), "654224K0001"));
		assertArea(C9001_KM2, TestPlans.find(plan.getMiningBlocks(), "654224C9001"));
		assertArea(K9002_KM2, TestPlans.find(plan.getExplorationBlocks(), "654224K9002"));
		MiningBlock c9001 = TestPlans.find(plan.getMiningBlocks(), "654224C9001");
		assertEquals(0, new BigDecimal("5").compareTo(c9001.getDesignScale()));
		assertEquals("万立方米/年", c9001.getDesignScaleUnit());
		assertEquals("建筑用砂石料", c9001.getMineral().getName());
	}

	@Test
	void workbookWithBlocksAndMinesImportsBoth() throws Exception {
		Plan plan = sample();
		AdministrativeDivision tuoli = tuoli().division(plan).orElseThrow();
		long minesBefore = plan.getMines().stream().filter(m -> m.getCounty() == tuoli).count();

		ImportSession session = prepare(plan, FixtureFiles.validWorkbook(folder));

		assertFalse(session.isRejected(), messages(session.problems()));
		assertEquals(List.of("654224K9001", "654224C9001", "654224K9002", "C6542242023070002"),
				keys(session, ElementChange.Kind.NEW));
		assertEquals(List.of("654224K0001", "654224C0001", "C6542242021010001"), keys(session, ElementChange.Kind.CHANGED));
		ElementChange ironMine = change(session, "C6542242021010001");
		assertEquals(Set.of("licenceNumber", "employees"),
				ironMine.fields().stream().map(f -> f.feature().getName()).collect(Collectors.toSet()),
				"matched by name (the plan's mine has no licence number); position, scale and output are the same");
		long removedMines = session.preview().changes(ElementChange.Kind.REMOVED).stream()
				.filter(c -> c.type().getName().equals("Mine")).count();
		assertEquals(minesBefore - 1, removedMines);

		assertTrue(session.apply(new BasicCommandStack()));
		Mine gold = plan.getMines().stream().filter(m -> "托里县新金矿".equals(m.getName())).findFirst().orElseThrow();
		assertEquals(83 + 45 / 60.0 + 30 / 3600.0, gold.getGeometry().x(), 1e-6, "83°45′30″ E");
		assertEquals(45 + 50 / 60.0 + 15 / 3600.0, gold.getGeometry().y(), 1e-6, "45°50′15″ N");
		assertEquals(35, gold.getEmployees());
		assertEquals(0, new BigDecimal("1.5").compareTo(gold.getOutput()));
		assertTrue(gold.getCode().startsWith("654224M"), gold.getCode());
		assertArea(K9001_KM2, TestPlans.find(plan.getExplorationBlocks(), "654224K9001"));
	}

	@Test
	void gbkAndBomFilesReadLikeUtf8() throws Exception {
		List<String> expected = keys(prepare(sample(), FixtureFiles.copy("tuoli-blocks-valid.csv", folder)), null);
		for (Path file : List.of(FixtureFiles.reencoded("tuoli-blocks-valid.csv", Charset.forName("GBK"), false, folder),
				FixtureFiles.reencoded("tuoli-blocks-valid.csv", StandardCharsets.UTF_8, true, folder))) {
			ImportSession session = prepare(sample(), file);
			assertFalse(session.isRejected(), file + ": " + messages(session.problems()));
			assertEquals(expected, keys(session, null), file.toString());
		}
	}

	@Test
	void undoRestoresThePlanByteForByte() throws Exception {
		Plan plan = sample();
		byte[] before = saved(plan, folder, "before.minplan");
		ImportSession session = prepare(plan, FixtureFiles.validWorkbook(folder));
		BasicCommandStack stack = new BasicCommandStack();

		assertTrue(session.apply(stack));
		byte[] after = saved(plan, folder, "after.minplan");
		assertFalse(java.util.Arrays.equals(before, after));
		assertTrue(stack.canUndo());
		stack.undo();
		assertArrayEquals(before, saved(plan, folder, "undone.minplan"), "one undo reverts the whole import");
		stack.redo();
		assertArrayEquals(after, saved(plan, folder, "redone.minplan"));
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws Exception {
		Plan plan = sample();
		Path file = FixtureFiles.validWorkbook(folder);
		BasicCommandStack stack = new BasicCommandStack();
		assertTrue(prepare(plan, file).apply(stack));
		var first = stack.getUndoCommand();
		byte[] imported = saved(plan, folder, "imported.minplan");

		ImportSession again = prepare(plan, file);

		assertFalse(again.isRejected(), messages(again.problems()));
		assertTrue(again.preview().isEmpty(), () -> "changes: " + again.preview().changes());
		assertTrue(again.command().isEmpty(), "no command for nothing to do");
		assertFalse(again.apply(stack));
		assertSame(first, stack.getUndoCommand(), "nothing new on the undo stack");
		assertArrayEquals(imported, saved(plan, folder, "again.minplan"));
	}

	@Test
	void aFailureHalfWayLeavesThePlanExactlyAsItWas() throws Exception {
		Plan plan = sample();
		byte[] before = saved(plan, folder, "before.minplan");
		ImportSession session = prepare(plan, FixtureFiles.validWorkbook(folder));
		List<ElementChange> changes = session.preview().changes();
		SubmissionCommand failing = new SubmissionCommand("import", plan, changes, i -> {
			if (i == changes.size() - 1) {
				throw new IllegalStateException("simulated failure after " + i + " changes");
			}
		});
		BasicCommandStack stack = new BasicCommandStack();

		stack.execute(failing);

		assertFalse(stack.canUndo(), "a failed import is not on the undo stack");
		assertArrayEquals(before, saved(plan, folder, "after.minplan"));
	}

	@Test
	void theCountysOwnRuleReportsForeignCodesInThePreviewWithoutBlocking() throws Exception {
		Plan plan = sample();
		ImportSession session = IMPORTER.prepare(plan, FixtureFiles.copy("tuoli-foreign-code.csv", folder), tuoli(),
				ImportOptions.defaults(Locale.CHINESE), null);

		assertFalse(session.isRejected(), messages(session.problems()));
		var findings = session.findings().stream().filter(f -> f.ruleId().equals("county.tuoli.blockCodePrefix")).toList();
		assertEquals(1, findings.size(), () -> "findings: " + session.findings());
		String message = findings.get(0).message(Locale.CHINESE);
		assertTrue(message.contains("编号 TL-2023-01 不以托里县行政区划代码 654224 开头"), message);
		assertTrue(session.command().isPresent(), "findings inform; they do not block");
	}

	private void assertArea(double expectedKm2, Block block) {
		Shape shape = block.getGeometry();
		double[] ring = shape.exterior();
		Coordinate[] cs = new Coordinate[ring.length / 2];
		for (int i = 0; i < cs.length; i++) {
			cs[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
		}
		Polygon polygon = new GeometryFactory().createPolygon(cs);
		double km2 = areas.squareKilometres(polygon, Crs.fromEpsg(shape.srid()).orElseThrow());
		assertEquals(expectedKm2, km2, expectedKm2 * 0.001, block.getCode() + ": area within 0.1 %");
	}

	private static List<Block> countyBlocks(Plan plan, AdministrativeDivision county) {
		List<Block> blocks = new java.util.ArrayList<>();
		plan.getExplorationBlocks().stream().filter(b -> b.getCounty() == county).forEach(blocks::add);
		plan.getMiningBlocks().stream().filter(b -> b.getCounty() == county).forEach(blocks::add);
		return blocks;
	}

	private static List<String> keys(ImportSession session, ElementChange.Kind kind) {
		return session.preview().changes().stream().filter(c -> kind == null || c.kind() == kind).map(ElementChange::key)
				.toList();
	}

	private static ElementChange change(ImportSession session, String key) {
		return session.preview().changes().stream().filter(c -> c.key().equals(key)).findFirst()
				.orElseThrow(() -> new AssertionError("no change for " + key));
	}
}
