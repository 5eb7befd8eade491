package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.geometry.Shapes;
import org.minplan.core.persistence.PlanStore;
import org.minplan.importer.County;
import org.minplan.importer.CountyRegistry;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.gis.tests.fixtures.TuoliData;
import org.minplan.importer.read.ImportProblem;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;

/**
 * The GIS submissions of 托里县 imported into the Tacheng sample through the importer the workbench and
 * {@code minplan import} use (readers found through the extension point, the county's bundle, validation),
 * with the resulting elements and their areas checked against the fixtures' own data.
 */
class GisImportTest {

	private static final GeometryFactory FACTORY = new GeometryFactory();
	private final AreaCalculator areas = new AreaCalculator(new CrsTransformer());

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "shapefile/tuoli-blocks.shp", "geojson/tuoli-blocks.geojson", "geopackage/tuoli.gpkg" })
	void blocksArriveInTheSampleWithTheirKindCountyAndArea(String fixture) throws Exception {
		Plan plan = SamplePlans.loadTacheng(new PlanStore());
		ImportSession session = prepare(plan, fixture);

		assertFalse(session.isRejected(), fixture + ": " + messages(session));
		assertTrue(session.apply(new BasicCommandStack()), fixture + " applied");

		for (TuoliData.Block expected : TuoliData.BLOCKS) {
			List<? extends Block> list = "勘查".equals(expected.kind()) ? plan.getExplorationBlocks() : plan.getMiningBlocks();
			Block block = list.stream().filter(b -> expected.code().equals(b.getCode())).findFirst()
					.orElseThrow(() -> new AssertionError(fixture + ": no " + expected.kind() + " block " + expected.code()));
			assertTrue("勘查".equals(expected.kind()) ? block instanceof ExplorationBlock : block instanceof MiningBlock);
			assertEquals(expected.name(), block.getName());
			assertEquals("654224", block.getCounty().getCode(), expected.code() + " in 托里县");
			assertNotNull(block.getMineral(), expected.code() + ": " + expected.mineral() + " resolved in the catalogue");
			double want = areas.squareKilometres(polygons(expected), Crs.fromEpsg(TuoliData.EPSG_CM_84).orElseThrow());
			Geometry stored = Shapes.toGeometry(block.getGeometry()).orElseThrow();
			double got = areas.squareKilometres(stored, Crs.fromEpsg(block.getGeometry().srid()).orElseThrow());
			assertEquals(want, got, want * 0.001, fixture + " " + expected.code() + ": area within 0.1 %");
			assertEquals(expected.polygons().length, stored.getNumGeometries(), expected.code() + ": parts kept");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "shapefile/tuoli-mines.zip", "geojson/tuoli-mines.geojson" })
	void minesArriveInTheSampleAtTheirPlace(String fixture) throws Exception {
		Plan plan = SamplePlans.loadTacheng(new PlanStore());
		ImportSession session = prepare(plan, fixture);

		assertFalse(session.isRejected(), fixture + ": " + messages(session));
		assertTrue(session.apply(new BasicCommandStack()));

		CrsTransformer transformer = new CrsTransformer();
		for (TuoliData.Mine expected : TuoliData.MINES) {
			Mine mine = plan.getMines().stream().filter(m -> expected.name().equals(m.getName())).findFirst()
					.orElseThrow(() -> new AssertionError(fixture + ": no mine " + expected.name()));
			assertEquals("654224", mine.getCounty().getCode());
			Coordinate lonLat = transformer.transform(new Coordinate(mine.getGeometry().x(), mine.getGeometry().y()),
					Crs.fromEpsg(mine.getGeometry().srid()).orElseThrow(), Crs.lonLat());
			assertArrayEquals(new double[] { expected.lon(), expected.lat() }, new double[] { lonLat.x, lonLat.y }, 1e-6,
					expected.name() + " where the file puts it");
		}
	}

	@Test
	void aTruncatedShapefileIsRejectedNamingTheRecordAndThePlanStaysByteForByte() throws Exception {
		PlanStore store = new PlanStore();
		Plan plan = SamplePlans.loadTacheng(store);
		Path before = folder.resolve("before.minplan");
		store.save(plan, before);

		ImportSession session = prepare(plan, "shapefile/broken/truncated.shp");

		assertTrue(session.isRejected());
		String all = messages(session);
		assertTrue(all.contains("truncated.shp") && all.contains("3"), all);
		assertFalse(session.apply(new BasicCommandStack()), "nothing to apply");
		Path after = folder.resolve("after.minplan");
		store.save(plan, after);
		assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(after), "the plan is unchanged");
	}

	private static ImportSession prepare(Plan plan, String fixture) {
		County tuoli = CountyRegistry.fromPlatform().county("654224")
				.orElseThrow(() -> new AssertionError("the 托里县 county bundle is installed"));
		return CountySubmissionImporter.fromPlatform().prepare(plan, Path.of("fixtures", fixture), tuoli,
				ImportOptions.defaults(Locale.ENGLISH), null);
	}

	private static String messages(ImportSession session) {
		return session.problems().stream().filter(p -> p.kind() == ImportProblem.Kind.ERROR).map(ImportProblem::message)
				.collect(Collectors.joining("\n"));
	}

	/** The block's polygons from the fixture data, in EPSG:4537 (no zone prefix), holes included. */
	private static Geometry polygons(TuoliData.Block block) {
		List<Polygon> parts = new ArrayList<>();
		for (double[][][] polygon : block.polygons()) {
			parts.add(FACTORY.createPolygon(FACTORY.createLinearRing(coordinates(polygon[0])),
					java.util.Arrays.stream(polygon).skip(1).map(r -> FACTORY.createLinearRing(coordinates(r)))
							.toArray(org.locationtech.jts.geom.LinearRing[]::new)));
		}
		return parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
	}

	private static Coordinate[] coordinates(double[][] ring) {
		Coordinate[] cs = new Coordinate[ring.length];
		for (int i = 0; i < ring.length; i++) {
			cs[i] = new Coordinate(ring[i][0], ring[i][1]);
		}
		return cs;
	}
}
