package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.persistence.PlanStore;
import org.minplan.importer.gis.tests.fixtures.GisFixtures;
import org.minplan.importer.gis.tests.fixtures.TuoliData;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.sample.SamplePlans;

/** The fixtures lie inside 托里县 as the sample plan draws it, so an import of them lands in the right county. */
class FixturesInTuoliTest {

	@Test
	void everyBlockAndMineLiesInsideTheCountyOfTheSamplePlan() throws Exception {
		Plan plan = SamplePlans.loadTacheng(new PlanStore());
		AdministrativeDivision tuoli = plan.getDivisions().stream().filter(d -> "654224".equals(d.getCode())).findFirst()
				.orElseThrow();
		double[] ring = tuoli.getGeometry().exterior();
		Coordinate[] coordinates = new Coordinate[ring.length / 2];
		for (int i = 0; i < coordinates.length; i++) {
			coordinates[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
		}
		GeometryFactory factory = new GeometryFactory();
		Polygon county = factory.createPolygon(coordinates);
		CrsTransformer transformer = new CrsTransformer();
		Crs zone28 = Crs.gaussKrueger3(28, true);
		for (TuoliData.Block block : TuoliData.BLOCKS) {
			Geometry lonLat = transformer.transform(GisFixtures.geometry(block, TuoliData.ZONE_PREFIX), zone28, Crs.lonLat());
			assertTrue(county.contains(lonLat), block.code() + " at " + lonLat.getCentroid());
		}
		for (TuoliData.Mine mine : TuoliData.MINES) {
			assertTrue(county.contains(factory.createPoint(new Coordinate(mine.lon(), mine.lat()))), mine.code());
		}
	}
}
