package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.CoordinateFormatException;
import org.minplan.core.geometry.CoordinatePart;
import org.minplan.core.geometry.CoordinateText;
import org.minplan.core.geometry.Crs;
import org.minplan.core.geometry.GeometryFinding;
import org.minplan.core.geometry.ParsedCoordinates;
import org.minplan.core.geometry.ParsedCoordinates.AxisOrder;

class CoordinateTextTest {

	private static final Crs ZONE_28 = Crs.gaussKrueger3(28, true);
	private static final Crs ZONE_28_NO_PREFIX = Crs.gaussKrueger3(28, false);
	private static final Crs LON_LAT = Crs.lonLat();
	/** 84°30'15.5" in degrees. */
	private static final double LON_DMS = 84 + 30 / 60.0 + 15.5 / 3600;
	/** 46°05'00" in degrees. */
	private static final double LAT_DMS = 46 + 5 / 60.0;

	/** A 1 km square in zone 28, as (easting, northing) = JTS (x, y). */
	private static final List<Coordinate> SQUARE = List.of(new Coordinate(28_412_000, 5_100_000),
			new Coordinate(28_413_000, 5_100_000), new Coordinate(28_413_000, 5_101_000),
			new Coordinate(28_412_000, 5_101_000));

	@Test
	void readsXAsNorthingAndYAsEasting() throws CoordinateFormatException {
		ParsedCoordinates parsed = CoordinateText.parse(
				"5100000,28412000;5100000,28413000;5101000,28413000;5101000,28412000", ZONE_28);
		assertEquals(SQUARE, parsed.vertices());
		assertEquals(AxisOrder.CONVENTIONAL, parsed.axisOrder());
		assertEquals(List.of(), parsed.findings());
	}

	@Test
	void toleratesSpacesFullWidthPunctuationTrailingSeparatorAndLineBreaks() throws CoordinateFormatException {
		String text = " 5100000 ， 28412000 ；\r\n５１０００００．００，28413000；5101000,28413000\n5101000，28412000；\r\n";
		assertEquals(SQUARE, CoordinateText.parse(text, ZONE_28).vertices());
	}

	@Test
	void detectsEastingWrittenBeforeNorthing() throws CoordinateFormatException {
		ParsedCoordinates parsed = CoordinateText.parse(
				"28412000,5100000;28413000,5100000;28413000,5101000;28412000,5101000", ZONE_28);
		assertEquals(SQUARE, parsed.vertices());
		assertEquals(AxisOrder.SWAPPED, parsed.axisOrder());
		assertEquals(GeometryFinding.Code.AXIS_ORDER_SWAPPED, parsed.findings().get(0).code());
	}

	@Test
	void detectsSwappedOrderWithoutZonePrefix() throws CoordinateFormatException {
		ParsedCoordinates conventional = CoordinateText.parse("5100000,412000;5100000,413000;5101000,413000",
				ZONE_28_NO_PREFIX);
		ParsedCoordinates swapped = CoordinateText.parse("412000,5100000;413000,5100000;413000,5101000",
				ZONE_28_NO_PREFIX);
		assertEquals(new Coordinate(412_000, 5_100_000), conventional.vertices().get(0));
		assertEquals(conventional.vertices(), swapped.vertices());
		assertEquals(AxisOrder.SWAPPED, swapped.axisOrder());
	}

	@Test
	void reportsAmbiguousOrderAndFollowsTheConvention() throws CoordinateFormatException {
		// both numbers could be a northing near the equator or an easting without prefix
		ParsedCoordinates parsed = CoordinateText.parse("600000,500000;600000,501000;601000,501000",
				ZONE_28_NO_PREFIX);
		assertEquals(AxisOrder.AMBIGUOUS, parsed.axisOrder());
		assertEquals(new Coordinate(500_000, 600_000), parsed.vertices().get(0));
		GeometryFinding finding = parsed.findings().get(0);
		assertEquals(GeometryFinding.Code.AXIS_ORDER_AMBIGUOUS, finding.code());
		assertEquals("the values do not show which number is the northing and which the easting; "
				+ "they were read as X = northing, Y = easting (the usual order)", finding.message(Locale.ENGLISH));
		assertEquals("无法从数值判断哪个是北坐标、哪个是东坐标，已按惯例读取（X为北坐标，Y为东坐标）", finding.message(Locale.CHINA));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "84°30'15.5\",46°05'00\"", "84°30′15.5″,46°5′0″", "84度30分15.5秒，46度05分00秒",
			"84:30:15.5,46:05:00", "843015.5,460500", "84° 30' 15.5\" , 46° 05'", "８４°３０′１５．５″，４６°０５′" })
	void readsDegreesMinutesSeconds(String vertex) throws CoordinateFormatException {
		Coordinate c = CoordinateText.parse(vertex, LON_LAT).vertices().get(0);
		assertEquals(LON_DMS, c.x, 1e-12);
		assertEquals(LAT_DMS, c.y, 1e-12);
	}

	@Test
	void readsDecimalDegreesAndLatitudeFirst() throws CoordinateFormatException {
		ParsedCoordinates lonFirst = CoordinateText.parse("84.5,46.25;84.6,46.25;84.6,46.3", LON_LAT);
		ParsedCoordinates latFirst = CoordinateText.parse("46.25,84.5;46.25,84.6;46.3,84.6", LON_LAT);
		assertEquals(new Coordinate(84.5, 46.25), lonFirst.vertices().get(0));
		assertEquals(lonFirst.vertices(), latFirst.vertices());
		assertEquals(AxisOrder.SWAPPED, latFirst.axisOrder());
	}

	@Test
	void errorNamesVertexPartTextAndExpectation() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("5100000,28412000;5100000,28413000;5101000,abc", ZONE_28));
		assertEquals(OptionalInt.of(3), e.vertex());
		assertEquals(Optional.of(CoordinatePart.Y), e.part());
		assertEquals("abc", e.found());
		assertEquals("vertex 3: Y is 'abc', expected a number (easting in metres)", e.getMessage());
		assertEquals("第3个拐点：Y为“abc”，应为数字（东坐标，单位：米）", e.message(Locale.CHINA));
	}

	@Test
	void errorShowsFullWidthTextAsWritten() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("5100000,28412000;５１ｘ0000，28413000", ZONE_28));
		assertEquals("vertex 2: X is '５１ｘ0000', expected a number (northing in metres)", e.getMessage());
	}

	@Test
	void northingOutOfRangeIsReportedWithTheRange() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("5100000,28412000;51000000,28413000;5101000,28413000", ZONE_28));
		assertEquals("vertex 2: X is '51000000', expected a northing between 300000 and 6200000 metres (China)",
				e.getMessage());
	}

	@Test
	void eastingWithoutPrefixInPrefixedSystemIsRejected() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("5100000,28412000;5100000,413000;5101000,28413000", ZONE_28));
		assertEquals(OptionalInt.of(2), e.vertex());
		assertEquals("vertex 2: Y is '413000', expected an easting with zone prefix, e.g. 28500000 in zone 28 "
				+ "(zone × 1000000 + 100000 to 900000)", e.getMessage());
		assertEquals("第2个拐点：Y为“413000”，应为加带号的东坐标，如第28带的28500000（带号×1000000 + 100000～900000）",
				e.message(Locale.CHINA));
	}

	@Test
	void vertexWithOneNumberIsReported() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("5100000,28412000;5100000 28413000", ZONE_28));
		assertEquals(OptionalInt.of(2), e.vertex());
		assertEquals(Optional.empty(), e.part());
		assertEquals("vertex 2: found '5100000 28413000', expected two numbers X,Y separated by a comma "
				+ "(northing, easting)", e.getMessage());
	}

	@Test
	void emptyTextIsReported() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse(" ；\n", ZONE_28));
		assertEquals(OptionalInt.empty(), e.vertex());
		assertEquals("“；”有误，应为拐点坐标串，格式为 X1,Y1;X2,Y2;…", e.message(Locale.CHINA));
	}

	@Test
	void minutesOfSixtyAreRejected() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("84°30'00\",46°00'00\";84°60'00\",46°00'00\"", LON_LAT));
		assertEquals("vertex 2: longitude is '84°60'00\"', expected degrees-minutes-seconds with minutes and "
				+ "seconds below 60", e.getMessage());
	}

	@Test
	void fourDigitAngleIsAmbiguous() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("84.5,46.5;8430,46.5", LON_LAT));
		assertEquals(Optional.of(CoordinatePart.LONGITUDE), e.part());
		assertEquals("第2个拐点：经度为“8430”，应为十进制度（整数部分至多3位）或连写度分秒DDDMMSS.s（5～7位）；4位整数无法判断",
				e.message(Locale.CHINA));
	}

	@Test
	void badLatitudeNamesLatitude() {
		CoordinateFormatException e = assertThrows(CoordinateFormatException.class,
				() -> CoordinateText.parse("84.5,46.5;84.6,4x6.5", LON_LAT));
		assertEquals(Optional.of(CoordinatePart.LATITUDE), e.part());
		assertEquals("4x6.5", e.found());
	}

	@Test
	void formatWritesNorthingFirstAndRoundTrips() throws CoordinateFormatException {
		List<Coordinate> vertices = List.of(new Coordinate(28_422_536.83217, 5_096_572.21994),
				new Coordinate(28_423_000.004, 5_096_600.5));
		String text = CoordinateText.format(vertices, ZONE_28, 2);
		assertEquals("5096572.22,28422536.83;5096600.50,28423000.00", text);
		List<Coordinate> back = CoordinateText.parse(text, ZONE_28).vertices();
		for (int i = 0; i < vertices.size(); i++) {
			assertEquals(vertices.get(i).x, back.get(i).x, 0.005);
			assertEquals(vertices.get(i).y, back.get(i).y, 0.005);
		}
	}

	@Test
	void formatLonLatInDecimalDegreesAndDmsRoundTrips() throws CoordinateFormatException {
		List<Coordinate> vertices = List.of(new Coordinate(LON_DMS, LAT_DMS), new Coordinate(83.0000001, 47.49999999));
		String decimal = CoordinateText.format(vertices, LON_LAT, 6);
		assertEquals("84.504306,46.083333;83.000000,47.500000", decimal);
		String dms = CoordinateText.formatDms(vertices, 2);
		assertEquals("84°30'15.50\",46°05'00.00\";83°00'00.00\",47°30'00.00\"", dms);
		List<Coordinate> fromDecimal = CoordinateText.parse(decimal, LON_LAT).vertices();
		List<Coordinate> fromDms = CoordinateText.parse(dms, LON_LAT).vertices();
		for (int i = 0; i < vertices.size(); i++) {
			assertEquals(vertices.get(i).x, fromDecimal.get(i).x, 0.5e-6);
			assertEquals(vertices.get(i).y, fromDecimal.get(i).y, 0.5e-6);
			assertEquals(vertices.get(i).x, fromDms.get(i).x, 0.005 / 3600);
			assertEquals(vertices.get(i).y, fromDms.get(i).y, 0.005 / 3600);
		}
	}

	@Test
	void dmsRoundingCarriesIntoMinutesAndDegrees() {
		assertEquals("85°00'00\",46°00'00\"",
				CoordinateText.formatDms(List.of(new Coordinate(84.9999999, 45.99999999)), 0));
	}
}
