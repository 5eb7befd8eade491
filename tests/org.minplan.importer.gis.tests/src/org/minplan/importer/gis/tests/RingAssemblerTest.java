package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.minplan.importer.gis.internal.RingAssembler;

class RingAssemblerTest {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	/** A square ring from (x, y) with side s, clockwise or counter-clockwise. */
	private static Coordinate[] square(double x, double y, double s, boolean clockwise) {
		Coordinate[] ring = { new Coordinate(x, y), new Coordinate(x, y + s), new Coordinate(x + s, y + s),
				new Coordinate(x + s, y), new Coordinate(x, y) };
		if (!clockwise) {
			java.util.Collections.reverse(java.util.Arrays.asList(ring));
		}
		return ring;
	}

	@Test
	void aCounterClockwiseRingInsideAClockwiseOneIsItsHole() {
		Polygon polygon = assertInstanceOf(Polygon.class,
				RingAssembler.assemble(List.of(square(0, 0, 10, true), square(2, 2, 3, false)), FACTORY));
		assertEquals(1, polygon.getNumInteriorRing());
		assertEquals(100 - 9, polygon.getArea(), 1e-9);
	}

	@Test
	void eachHoleGoesToTheSmallestShellAroundIt() {
		Geometry geometry = RingAssembler.assemble(
				List.of(square(0, 0, 10, true), square(20, 0, 10, true), square(22, 2, 2, false), square(1, 1, 1, false)),
				FACTORY);
		MultiPolygon multi = assertInstanceOf(MultiPolygon.class, geometry);
		assertEquals(1, ((Polygon) multi.getGeometryN(0)).getNumInteriorRing());
		assertEquals(1, ((Polygon) multi.getGeometryN(1)).getNumInteriorRing());
		assertEquals(100 - 1 + 100 - 4, geometry.getArea(), 1e-9);
	}

	@Test
	void aHoleInNoShellBecomesAPolygonOfItsOwn() {
		Geometry geometry = RingAssembler.assemble(List.of(square(0, 0, 10, true), square(50, 50, 2, false)), FACTORY);
		assertEquals(2, geometry.getNumGeometries());
		assertEquals(104, geometry.getArea(), 1e-9);
	}

	@Test
	void withoutAnyClockwiseRingNestingDecides() {
		Geometry geometry = RingAssembler.assemble(List.of(square(0, 0, 10, false), square(2, 2, 3, false),
				square(3, 3, 1, false)), FACTORY);
		// outer: shell; inside one: hole; inside two: an island in the hole
		assertEquals(100 - 9 + 1, geometry.getArea(), 1e-9);
		assertEquals(2, geometry.getNumGeometries());
	}
}
