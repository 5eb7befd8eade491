package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.CoordinateFormatException;
import org.minplan.core.geometry.CoordinateText;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.core.geometry.PolygonBuilder;

class PolygonBuilderTest {

	private static final Crs ZONE_28 = Crs.gaussKrueger3(28, true);

	@Test
	void unclosedRingIsClosedAndReported() throws CoordinateFormatException {
		PolygonBuilder.Result result = PolygonBuilder.build(CoordinateText
				.parse("5100000,28412000;5100000,28413000;5101000,28413000;5101000,28412000", ZONE_28));
		Polygon polygon = result.polygon().orElseThrow();
		assertTrue(result.autoClosed());
		assertEquals(5, polygon.getNumPoints());
		assertEquals(1_000_000, polygon.getArea(), 1e-6);
		assertEquals(4516, polygon.getSRID());
		GeometryFinding finding = result.findings().get(0);
		assertEquals(GeometryFinding.Code.RING_AUTO_CLOSED, finding.code());
		assertEquals(new Coordinate(28_412_000, 5_101_000), finding.location().orElseThrow());
		assertEquals("the ring was not closed: the first vertex (X=5100000.00, Y=28412000.00) was added after "
				+ "vertex 4 to close it", finding.message(Locale.ENGLISH));
		assertEquals("拐点未闭合：已在第4个拐点之后补上第一个拐点（X=5100000.00, Y=28412000.00）使其闭合",
				finding.message(Locale.CHINA));
	}

	@Test
	void closedRingIsTakenAsIs() throws CoordinateFormatException {
		PolygonBuilder.Result result = PolygonBuilder.build(CoordinateText.parse(
				"5100000,28412000;5100000,28413000;5101000,28413000;5101000,28412000;5100000,28412000", ZONE_28));
		assertFalse(result.autoClosed());
		assertEquals(List.of(), result.findings());
		assertEquals(5, result.polygon().orElseThrow().getNumPoints());
	}

	@Test
	void swappedOrderIsReportedBeforeAutoClosing() throws CoordinateFormatException {
		PolygonBuilder.Result result = PolygonBuilder
				.build(CoordinateText.parse("28412000,5100000;28413000,5100000;28413000,5101000", ZONE_28));
		assertEquals(List.of(GeometryFinding.Code.AXIS_ORDER_SWAPPED, GeometryFinding.Code.RING_AUTO_CLOSED),
				result.findings().stream().map(GeometryFinding::code).toList());
		assertEquals(500_000, result.polygon().orElseThrow().getArea(), 1e-6);
	}

	@Test
	void twoVerticesMakeNoPolygon() throws CoordinateFormatException {
		PolygonBuilder.Result result = PolygonBuilder
				.build(CoordinateText.parse("5100000,28412000;5100000,28413000;5100000,28412000", ZONE_28));
		assertTrue(result.polygon().isEmpty());
		assertEquals(GeometryFinding.Code.TOO_FEW_VERTICES, result.findings().get(0).code());
		assertEquals("a polygon needs at least 3 distinct vertices, found 2",
				result.findings().get(0).message(Locale.ENGLISH));
	}
}
