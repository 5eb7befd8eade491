package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.geometry.GeometryChecks;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.core.geometry.GeometryFinding.Code;

class GeometryChecksTest {

	private static final Crs ZONE_28 = Crs.gaussKrueger3(28, true);
	private static final Crs ZONE_28_NO_PREFIX = Crs.gaussKrueger3(28, false);

	private final CrsTransformer transformer = new CrsTransformer();
	private final GeometryChecks checks = new GeometryChecks(transformer);
	private final GeometryFactory factory = new GeometryFactory();

	private static List<Code> codes(List<GeometryFinding> findings) {
		return findings.stream().map(GeometryFinding::code).toList();
	}

	private static List<Coordinate> ring(double... xy) {
		List<Coordinate> ring = new java.util.ArrayList<>();
		for (int i = 0; i < xy.length; i += 2) {
			ring.add(new Coordinate(xy[i], xy[i + 1]));
		}
		return ring;
	}

	/** A rectangle given in longitude/latitude, expressed in {@code crs}. */
	private Polygon lonLatRectangle(double west, double south, double east, double north, Crs crs) {
		Polygon lonLat = factory.createPolygon(new Coordinate[] { new Coordinate(west, south),
				new Coordinate(east, south), new Coordinate(east, north), new Coordinate(west, north),
				new Coordinate(west, south) });
		return transformer.transform(lonLat, Crs.lonLat(), crs);
	}

	@Test
	void goodTachengBlockHasNoFindings() {
		List<Coordinate> ring = ring(28_412_000, 5_100_000, 28_413_000, 5_100_000, 28_413_000, 5_101_000, 28_412_000,
				5_100_000);
		assertEquals(List.of(), checks.checkRing(ring, ZONE_28));
	}

	@Test
	void unclosedRingIsFoundAtItsLastVertex() {
		List<Coordinate> ring = ring(28_412_000, 5_100_000, 28_413_000, 5_100_000, 28_413_000, 5_101_000);
		List<GeometryFinding> findings = checks.checkRing(ring, ZONE_28);
		assertEquals(List.of(Code.RING_NOT_CLOSED), codes(findings));
		assertEquals(new Coordinate(28_413_000, 5_101_000), findings.get(0).location().orElseThrow());
		assertEquals("the ring is not closed: the last vertex (X=5101000.00, Y=28413000.00) differs from the first "
				+ "(X=5100000.00, Y=28412000.00)", findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void twoVertexRingHasTooFewVertices() {
		List<Coordinate> ring = ring(28_412_000, 5_100_000, 28_413_000, 5_100_000, 28_412_000, 5_100_000);
		List<GeometryFinding> findings = checks.checkRing(ring, ZONE_28);
		assertEquals(List.of(Code.TOO_FEW_VERTICES), codes(findings));
		assertEquals("构成多边形至少需要3个不同的拐点，实有2个", findings.get(0).message(Locale.CHINA));
	}

	@Test
	void bowTieReportsTheCrossingPoint() {
		List<Coordinate> bowTie = ring(28_412_000, 5_100_000, 28_413_000, 5_101_000, 28_413_000, 5_100_000,
				28_412_000, 5_101_000, 28_412_000, 5_100_000);
		List<GeometryFinding> findings = checks.checkRing(bowTie, ZONE_28);
		assertEquals(List.of(Code.SELF_INTERSECTION), codes(findings));
		Coordinate crossing = findings.get(0).location().orElseThrow();
		assertEquals(28_412_500, crossing.x, 1e-6);
		assertEquals(5_100_500, crossing.y, 1e-6);
		assertEquals("the boundary crosses itself at X=5100500.00, Y=28412500.00",
				findings.get(0).message(Locale.ENGLISH));
		assertEquals("边界自相交于X=5100500.00, Y=28412500.00", findings.get(0).message(Locale.CHINA));
	}

	@Test
	void everyCrossingIsReported() {
		// a "double bow-tie": the boundary crosses itself twice
		Polygon zigzag = factory.createPolygon(new Coordinate[] { new Coordinate(0, 0), new Coordinate(2, 2),
				new Coordinate(4, 0), new Coordinate(4, 2), new Coordinate(2, 0), new Coordinate(0, 2),
				new Coordinate(0, 0) });
		List<GeometryFinding> findings = GeometryChecks.selfIntersections(zigzag, ZONE_28_NO_PREFIX);
		assertEquals(List.of(Code.SELF_INTERSECTION, Code.SELF_INTERSECTION), codes(findings));
	}

	@Test
	void zone28CoordinatesOfABlockAt86EastAreInTheWrongZone() {
		Polygon block = lonLatRectangle(86.0, 46.0, 86.05, 46.05, ZONE_28);
		List<GeometryFinding> findings = checks.check(block, ZONE_28);
		assertEquals(List.of(Code.WRONG_ZONE), codes(findings));
		assertEquals("the coordinates are in Gauss-Kruger zone 28 (82.5°E–85.5°E), but the geometry's centre is at "
				+ "86.0250°E: expected zone 29", findings.get(0).message(Locale.ENGLISH));
		assertEquals("坐标为高斯-克吕格第28带（东经82.5°～85.5°），但图形中心位于东经86.0250°：应为第29带",
				findings.get(0).message(Locale.CHINA));
	}

	@Test
	void blockReachingOverTheZoneEdgeIsReported() {
		Polygon block = lonLatRectangle(85.3, 46.0, 85.6, 46.05, ZONE_28);
		List<GeometryFinding> findings = checks.check(block, ZONE_28);
		assertEquals(List.of(Code.CROSSES_ZONE_BOUNDARY), codes(findings));
		assertEquals("the geometry extends beyond Gauss-Kruger zone 28 (82.5°E–85.5°E): vertex 2 is at 85.6000°E",
				findings.get(0).message(Locale.ENGLISH));
	}

	@Test
	void blockTouchingTheZoneEdgeIsFine() {
		assertEquals(List.of(), checks.check(lonLatRectangle(85.4, 46.0, 85.5, 46.05, ZONE_28), ZONE_28));
		assertEquals(List.of(), checks.check(lonLatRectangle(82.5, 46.0, 82.6, 46.05, ZONE_28), ZONE_28));
	}

	@Test
	void eastingsOfAnotherZoneAreReportedByTheirPrefix() {
		Polygon zone29 = lonLatRectangle(86.0, 46.0, 86.05, 46.05, Crs.gaussKrueger3(29, true));
		List<GeometryFinding> findings = checks.check(zone29, ZONE_28);
		assertEquals(List.of(Code.ZONE_PREFIX_MISMATCH), codes(findings));
		assertEquals("第1个拐点：东坐标" + String.format(Locale.ROOT, "%.2f", zone29.getCoordinates()[0].x)
				+ "的带号为29，与坐标系的第28带不符", findings.get(0).message(Locale.CHINA));
	}

	@Test
	void missingAndUnexpectedPrefixesAreReported() {
		Polygon plain = lonLatRectangle(84.0, 46.0, 84.05, 46.05, ZONE_28_NO_PREFIX);
		Polygon prefixed = lonLatRectangle(84.0, 46.0, 84.05, 46.05, ZONE_28);
		assertEquals(List.of(Code.ZONE_PREFIX_MISSING), codes(checks.extent(plain, ZONE_28)));
		assertEquals(List.of(Code.ZONE_PREFIX_UNEXPECTED), codes(checks.extent(prefixed, ZONE_28_NO_PREFIX)));
		assertEquals(List.of(), checks.extent(plain, ZONE_28_NO_PREFIX));
	}

	@Test
	void lonLatOutsideChinaIsOutOfExtent() {
		Polygon europe = factory.createPolygon(new Coordinate[] { new Coordinate(84, 46), new Coordinate(84.1, 46),
				new Coordinate(10.1, 46.1), new Coordinate(84, 46) });
		List<GeometryFinding> findings = checks.check(europe, Crs.lonLat());
		assertEquals(List.of(Code.OUT_OF_EXTENT), codes(findings));
		assertEquals("vertex 3 at 10.1000°E, 46.1000°N lies outside China (73°–136°E, 3°–54°N)",
				findings.get(0).message(Locale.ENGLISH));
	}
}
