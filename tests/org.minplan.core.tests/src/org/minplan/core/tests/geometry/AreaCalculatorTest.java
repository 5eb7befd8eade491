package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.minplan.core.geometry.AreaCalculator;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.CrsTransformer;

class AreaCalculatorTest {

	private static final double TENTH_OF_A_PERCENT = 0.001;

	private final GeometryFactory factory = new GeometryFactory();
	private final AreaCalculator calculator = new AreaCalculator(new CrsTransformer());

	private Polygon rectangle(double west, double south, double east, double north) {
		return factory.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
				new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
	}

	@Test
	void squareKilometreInZone28IsOneSquareKilometre() {
		Polygon square = rectangle(28_512_000, 5_100_000, 28_513_000, 5_101_000);
		Crs zone28 = Crs.gaussKrueger3(28, true);
		assertEquals(1.000, calculator.squareKilometres(square, zone28), 1.000 * TENTH_OF_A_PERCENT);
		assertEquals(1_000_000, calculator.squareMetres(square, zone28), 1e-6);
		assertEquals(100, calculator.hectares(square, zone28), 1e-9);
		assertEquals(4_000, calculator.lengthMetres(square, zone28), 1e-9);
	}

	@Test
	void squareWithoutZonePrefixHasTheSameArea() {
		Polygon square = rectangle(512_000, 5_100_000, 513_000, 5_101_000);
		assertEquals(1.000, calculator.squareKilometres(square, Crs.gaussKrueger3(28, false)), 1e-12);
	}

	@Test
	void multiPolygonAddsItsParts() {
		var two = factory.createMultiPolygon(new Polygon[] { rectangle(28_512_000, 5_100_000, 28_513_000, 5_101_000),
				rectangle(28_520_000, 5_100_000, 28_522_000, 5_100_500) });
		assertEquals(2.0, calculator.squareKilometres(two, Crs.gaussKrueger3(28, true)), 1e-12);
	}

	/**
	 * Longitude/latitude rectangles (edges along meridians and parallels) against the area of the
	 * ellipsoidal quadrangle on GRS80: on the central meridian of zone 28 and near the edge of zone 28
	 * and zone 29, where the Gauss–Krüger scale enlarges areas most.
	 */
	@ParameterizedTest(name = "{0}–{1}°E × {2}–{3}°N")
	@CsvSource({ "84.0, 84.1, 46.0, 46.1", "85.3, 85.4, 44.0, 44.1", "80.0, 80.5, 45.5, 46.0", "82.6, 83.4, 47.0, 47.5" })
	void lonLatRectangleMatchesEllipsoidalArea(double west, double east, double south, double north) {
		double expected = Grs80.quadrangleArea(west, east, south, north);
		double computed = calculator.squareMetres(rectangle(west, south, east, north), Crs.lonLat());
		double relativeError = Math.abs(computed - expected) / expected;
		System.out.printf(Locale.ROOT, "%s-%s E x %s-%s N: %.6f km² (ellipsoid %.6f km²), error %.5f %%%n", west,
				east, south, north, computed / 1e6, expected / 1e6, relativeError * 100);
		assertTrue(relativeError < TENTH_OF_A_PERCENT, "relative error " + relativeError);
	}

	@Test
	void lonLatRectangleInKilometresAndHectares() {
		Polygon rectangle = rectangle(84.0, 46.0, 84.1, 46.1);
		double km2 = Grs80.quadrangleArea(84.0, 84.1, 46.0, 46.1) / 1e6;
		assertEquals(km2, calculator.squareKilometres(rectangle, Crs.lonLat()), km2 * TENTH_OF_A_PERCENT);
		assertEquals(km2 * 100, calculator.hectares(rectangle, Crs.lonLat()), km2 * 100 * TENTH_OF_A_PERCENT);
	}

	@Test
	void lengthOfAMeridianArcInLonLat() {
		// 0.1° of latitude at 46.05°N is M·Δφ ≈ 11 115 m (meridian radius of curvature M = a(1−e²)/(1−e²sin²φ)^1.5 ≈ 6 368.5 km)
		var line = factory.createLineString(new Coordinate[] { new Coordinate(84, 46), new Coordinate(84, 46.1) });
		assertEquals(11_115, calculator.lengthMetres(line, Crs.lonLat()), 11_115 * TENTH_OF_A_PERCENT);
	}

	@Test
	void lineHasNoArea() {
		var line = factory.createLineString(new Coordinate[] { new Coordinate(84, 46), new Coordinate(84, 46.1) });
		assertThrows(IllegalArgumentException.class, () -> calculator.squareMetres(line, Crs.lonLat()));
	}

	@Test
	void emptyPolygonHasZeroArea() {
		assertEquals(0, calculator.squareMetres(factory.createPolygon(), Crs.lonLat()));
	}
}
