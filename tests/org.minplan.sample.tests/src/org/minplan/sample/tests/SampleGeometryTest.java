package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Identified;
import org.minplan.model.Mine;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.sample.internal.Shapes;

/** Where the sample's elements lie: what a user sees on the map. */
class SampleGeometryTest {

	private static final CrsTransformer TRANSFORMER = new CrsTransformer();
	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final Plan plan = Sample.plan();

	/** @return the element's geometry in lon/lat */
	private static Geometry lonLat(Shape shape) {
		Geometry geometry = Shapes.toJts(shape, FACTORY);
		Crs crs = Crs.fromEpsg(shape.srid()).orElseThrow(() -> new AssertionError("unknown EPSG " + shape.srid()));
		return TRANSFORMER.transform(geometry, crs, Crs.lonLat());
	}

	private Geometry boundary(AdministrativeDivision division) {
		return lonLat(division.getGeometry());
	}

	@Test
	void countiesPartitionThePrefectureAndHoldTheirSeats() {
		List<AdministrativeDivision> counties = PlanStatistics.counties(plan);
		assertEquals(7, counties.size());
		AreaCalculator areas = new AreaCalculator(TRANSFORMER);
		Geometry prefecture = boundary(plan.getDivisions().get(0));
		double sum = 0;
		double degrees = 0;
		for (AdministrativeDivision county : counties) {
			Geometry boundary = boundary(county);
			assertTrue(boundary.contains(lonLat(county.getSeat())), county.getName() + " seat outside its boundary");
			assertTrue(county.isApproximateGeometry() && county.isSynthetic(), county.getName());
			double km2 = areas.squareKilometres(boundary, Crs.lonLat());
			assertTrue(km2 > 3000 && km2 < 35000, county.getName() + " " + km2 + " km²");
			sum += km2;
			degrees += boundary.getArea();
			for (AdministrativeDivision other : counties) {
				if (other != county) {
					assertTrue(boundary.intersection(boundary(other)).getArea() < 1e-9,
							county.getName() + " overlaps " + other.getName());
				}
			}
		}
		// the counties cover the prefecture without gaps (areas compared on the same plane: degrees)
		assertEquals(prefecture.getArea(), degrees, prefecture.getArea() * 1e-6); // vertices are rounded to 1e-6°
		double prefectureKm2 = areas.squareKilometres(prefecture, Crs.lonLat());
		// each county is measured in the Gauss–Krüger zone of its centre: sums agree to the zones' distortion
		assertEquals(prefectureKm2, sum, prefectureKm2 * 0.0005);
		assertTrue(prefectureKm2 > 90_000 && prefectureKm2 < 100_000, "about 9.5 万 km²: " + prefectureKm2);
	}

	@Test
	void everyGeneratedPolygonAndMineLiesInsideItsCountyOrThePrefecture() {
		Geometry prefecture = boundary(plan.getDivisions().get(0));
		Map<AdministrativeDivision, Geometry> boundaries = new HashMap<>();
		List<String> outside = new ArrayList<>();
		int checked = 0;
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (!(it.next() instanceof SpatialElement element) || element instanceof AdministrativeDivision
					|| element.getGeometry() == null) {
				continue;
			}
			Geometry area = element.getCounty() == null ? prefecture
					: boundaries.computeIfAbsent(element.getCounty(), this::boundary);
			if (!area.contains(lonLat(element.getGeometry()))) {
				outside.add(element.eClass().getName() + " " + element.getName());
			}
			checked++;
		}
		assertTrue(outside.isEmpty(), "outside their county: " + outside);
		assertTrue(checked > 700, "checked " + checked);
	}

	@Test
	void noTwoElementsOfAKindOverlap() {
		assertNoOverlap(plan.getExplorationBlocks());
		assertNoOverlap(plan.getMiningBlocks());
		assertNoOverlap(plan.getConcentratedAreas());
		assertNoOverlap(plan.getAbandonedPits());
		assertNoOverlap(plan.getEnvironmentalZones());
	}

	private static void assertNoOverlap(List<? extends SpatialElement> elements) {
		List<Geometry> shapes = elements.stream().map(e -> lonLat(e.getGeometry())).toList();
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				if (shapes.get(i).getEnvelopeInternal().intersects(shapes.get(j).getEnvelopeInternal())) {
					assertTrue(shapes.get(i).intersection(shapes.get(j)).getArea() == 0,
							elements.get(i).getName() + " overlaps " + elements.get(j).getName());
				}
			}
		}
	}

	@Test
	void polygonsAreInTheGaussKruegerZoneOfTheirLocationAndPointsInLonLat() {
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (!(it.next() instanceof SpatialElement element) || element.getGeometry() == null) {
				continue;
			}
			Shape shape = element.getGeometry();
			if (element instanceof Mine || element instanceof AdministrativeDivision) {
				assertEquals(4490, shape.srid(), element.getName());
				continue;
			}
			int zone = Crs.zoneForLongitude(lonLat(shape).getCentroid().getX());
			assertEquals(Crs.gaussKrueger3(zone, true).epsg(), shape.srid(), element.getName());
		}
	}

	@Test
	void blocksStateTheirComputedAreaAndHaveRealisticSizes() {
		AreaCalculator areas = new AreaCalculator(TRANSFORMER);
		Set<Integer> vertexCounts = new HashSet<>();
		List<Block> blocks = new ArrayList<>(plan.getExplorationBlocks());
		blocks.addAll(plan.getMiningBlocks());
		blocks.addAll(plan.getConcentratedAreas());
		for (Block block : blocks) {
			Shape shape = block.getGeometry();
			double km2 = areas.squareKilometres(Shapes.toJts(shape, FACTORY), Crs.fromEpsg(shape.srid()).orElseThrow());
			assertEquals(BigDecimal.valueOf(km2).setScale(4, RoundingMode.HALF_UP), block.getStatedArea(), block.getName());
			double[] range = block instanceof ExplorationBlock ? new double[] { 5, 60 }
					: block instanceof org.minplan.model.MiningBlock ? new double[] { 0.05, 3 } : new double[] { 0.2, 5 };
			assertTrue(km2 >= range[0] * 0.99 && km2 <= range[1] * 1.01, block.getName() + " " + km2 + " km²");
			assertTrue(block.isSynthetic() && block.isApproximateGeometry(), block.getName());
			vertexCounts.add(shape.exterior().length / 2 - 1);
		}
		assertTrue(vertexCounts.containsAll(Set.of(5, 6, 7, 8)), "irregular 5–8-gons, got " + vertexCounts);
	}

	@Test
	void everyElementHasAUniqueId() {
		Set<String> ids = new HashSet<>();
		ids.add(plan.getId());
		int count = 1;
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element) {
				assertTrue(element.getId() != null && !element.getId().isEmpty(), element.toString());
				assertTrue(ids.add(element.getId()), "duplicate id " + element.getId());
				count++;
			}
		}
		assertTrue(count > 1500, "identified elements: " + count);
	}
}
