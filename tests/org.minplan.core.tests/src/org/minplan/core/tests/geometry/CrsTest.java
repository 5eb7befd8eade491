package org.minplan.core.tests.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minplan.core.geometry.Crs;

class CrsTest {

	@ParameterizedTest(name = "EPSG:{0} = zone {1}, prefix {2}, CM {3}, false easting {4}")
	@CsvSource({ //
			"4513, 25, true, 75, 25500000", //
			"4515, 27, true, 81, 27500000", //
			"4516, 28, true, 84, 28500000", //
			"4517, 29, true, 87, 29500000", //
			"4533, 45, true, 135, 45500000", //
			"4534, 25, false, 75, 500000", //
			"4537, 28, false, 84, 500000", //
			"4554, 45, false, 135, 500000" })
	void gaussKruegerCodesMapToZones(int epsg, int zone, boolean prefix, int centralMeridian, double falseEasting) {
		Crs crs = Crs.fromEpsg(epsg).orElseThrow();
		assertEquals(OptionalInt.of(zone), crs.zone());
		assertEquals(prefix, crs.hasZonePrefix());
		assertEquals(OptionalInt.of(centralMeridian), crs.centralMeridian());
		assertEquals(falseEasting, crs.falseEasting().orElseThrow());
		assertFalse(crs.isGeographic());
		assertEquals(epsg, Crs.gaussKrueger3(zone, prefix).epsg());
	}

	@Test
	void lonLatIs4490() {
		Crs crs = Crs.fromEpsg(4490).orElseThrow();
		assertTrue(crs.isGeographic());
		assertEquals(Crs.lonLat(), crs);
		assertEquals(OptionalInt.empty(), crs.zone());
		assertEquals(OptionalInt.empty(), crs.centralMeridian());
		assertTrue(crs.falseEasting().isEmpty());
	}

	@ParameterizedTest
	@CsvSource({ "4326", "4512", "4555", "2383", "0" })
	void otherCodesAreNotSupported(int epsg) {
		assertEquals(Optional.empty(), Crs.fromEpsg(epsg));
	}

	@Test
	void zonesOutsideChinaAreRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Crs.gaussKrueger3(24, true));
		assertTrue(e.getMessage().contains("24"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Crs.gaussKrueger3(46, false));
	}

	@ParameterizedTest(name = "{0}°E is in zone {1}")
	@CsvSource({ "80.0, 27", "81.0, 27", "82.49, 27", "82.5, 28", "84.0, 28", "85.49, 28", "85.5, 29", "87.5, 29" })
	void tachengLongitudesFallInZones27To29(double lon, int zone) {
		assertEquals(zone, Crs.zoneForLongitude(lon));
	}

	@Test
	void labelsNameTheZoneInEnglishAndChinese() {
		assertEquals("CGCS2000 / 3-degree Gauss-Kruger zone 28", Crs.gaussKrueger3(28, true).label(Locale.ENGLISH));
		assertEquals("CGCS2000 3度带高斯-克吕格 第28带", Crs.gaussKrueger3(28, true).label(Locale.CHINA));
		assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 84E", Crs.gaussKrueger3(28, false).label(Locale.ENGLISH));
		assertEquals("CGCS2000 3度带高斯-克吕格 中央经线84°（不加带号）", Crs.gaussKrueger3(28, false).label(Locale.CHINESE));
		assertEquals("CGCS2000 地理坐标（经纬度）", Crs.lonLat().label(Locale.SIMPLIFIED_CHINESE));
	}

	@Test
	void equalityFollowsTheEpsgCode() {
		assertEquals(Crs.gaussKrueger3(28, true), Crs.fromEpsg(4516).orElseThrow());
		assertEquals(Crs.gaussKrueger3(28, true).hashCode(), Crs.fromEpsg(4516).orElseThrow().hashCode());
		assertNotEquals(Crs.gaussKrueger3(28, true), Crs.gaussKrueger3(28, false));
		assertNotEquals(Crs.gaussKrueger3(28, true), Crs.gaussKrueger3(29, true));
		assertEquals("EPSG:4516", Crs.gaussKrueger3(28, true).epsgName());
	}
}
