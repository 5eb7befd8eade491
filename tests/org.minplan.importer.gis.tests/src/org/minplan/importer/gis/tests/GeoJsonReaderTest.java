package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.importer.gis.tests.Reading.assertMentions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.minplan.importer.gis.GeoJsonReader;
import org.minplan.importer.gis.tests.fixtures.TuoliData;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;

class GeoJsonReaderTest {

	private final GeoJsonReader reader = new GeoJsonReader();

	@Test
	void readsMinesWithoutCrsMemberAsCgcs2000LonLat() {
		Reading reading = Reading.fixture(reader, "geojson/tuoli-mines.geojson");
		reading.assertClean();
		SourceTable table = reading.table();
		assertEquals(TuoliData.EPSG_LON_LAT, table.epsg(), "RFC 7946 WGS 84 is taken as CGCS2000");
		assertEquals(List.of("矿山编号", "矿山名称", "矿种", "规模", "生产能力"), table.headers());
		for (int i = 0; i < 3; i++) {
			TuoliData.Mine mine = TuoliData.MINES.get(i);
			SourceRecord record = table.records().get(i);
			assertEquals(i + 1, record.location().row());
			assertEquals(mine.code(), record.field("矿山编号"));
			Point point = assertInstanceOf(Point.class, record.geometry());
			assertEquals(mine.lon(), point.getX());
			assertEquals(mine.lat(), point.getY());
		}
		assertEquals(List.of("3.5", "12", "120.25"), table.records().stream().map(r -> r.field("生产能力")).toList());
	}

	@Test
	void readsBlocksWithALegacyCrsMemberAndPlainNumbers() {
		Reading reading = Reading.fixture(reader, "geojson/tuoli-blocks.geojson");
		reading.assertClean();
		SourceTable table = reading.table();
		assertEquals(TuoliData.EPSG_CM_84, table.epsg());
		assertEquals(List.of("QKBH", "区块名称", "矿种", "QKLX", "面积", "有效", "备注"), table.headers());
		for (int i = 0; i < 4; i++) {
			TuoliData.Block block = TuoliData.BLOCKS.get(i);
			SourceRecord record = table.records().get(i);
			assertEquals(block.name(), record.field("区块名称"));
			assertEquals(Boolean.toString(block.valid()), record.field("有效"));
			assertEquals("", record.field("备注"), "null is an empty value");
			assertEquals(TuoliData.shoelaceArea(block.polygons()), record.geometry().getArea(), 1e-6, block.code());
		}
		assertEquals("12", table.records().get(0).field("面积"), "12.0000E0 written plain");
		assertEquals("5.8", table.records().get(1).field("面积"));
		assertEquals(1, assertInstanceOf(Polygon.class, table.records().get(1).geometry()).getNumInteriorRing());
		assertEquals(2, assertInstanceOf(MultiPolygon.class, table.records().get(3).geometry()).getNumGeometries());
	}

	@Test
	void malformedJsonNamesLineColumnAndWhatWasExpected() {
		Reading reading = Reading.fixture(reader, "geojson/broken/malformed.geojson");
		ImportProblem error = reading.onlyError();
		// Line 1 the collection, 2 "features", 3-5 one feature each: the comma after feature 2 is missing.
		assertMentions(error, "malformed.geojson", "line 5, column 1", "\",\" or \"]\"");
		assertTrue(reading.tables.isEmpty());
	}

	@Test
	void coordinatesOutsideLonLatAreReportedPerFeature() {
		Reading reading = Reading.fixture(reader, "geojson/broken/out-of-range.geojson");
		List<ImportProblem> errors = reading.errors();
		assertEquals(2, errors.size(), reading.problems::toString);
		assertMentions(errors.get(0), "out-of-range.geojson", "feature 2", "field geometry", "\"183.92 45.7\"",
				"x from -180 to 180");
		assertMentions(errors.get(1), "feature 3", "\"83.6 145.55\"");
		assertEquals(3, reading.table().records().size());
	}

	@Test
	void anEmptyFileIsOneError() {
		Reading reading = Reading.fixture(reader, "geojson/broken/empty.geojson");
		assertMentions(reading.onlyError(), "empty.geojson", "empty");
	}

	@Test
	void everyBadGeometryIsReportedAndTheOtherFeaturesAreRead() {
		Reading reading = Reading.fixture(reader, "geojson/broken/bad-geometry.geojson");
		List<ImportProblem> errors = reading.errors();
		assertEquals(2, errors.size(), reading.problems::toString);
		assertMentions(errors.get(0), "feature 1", "not closed", "a closed ring of at least 4 points");
		assertMentions(errors.get(1), "feature 2", "[83.92]", "a position [x, y]");
		List<SourceRecord> records = reading.table().records();
		assertEquals(3, records.size());
		assertNull(records.get(0).geometry());
		assertEquals("654224T001", records.get(0).field("QKBH"));
		assertNotNull(records.get(2).geometry());
	}

	@Test
	void crsMembersAreRecognisedOrReported(@TempDir Path folder) throws Exception {
		assertEquals(4516, epsg(folder, "EPSG:4516", 0));
		assertEquals(4537, epsg(folder, "http://www.opengis.net/def/crs/EPSG/0/4537", 0));
		assertEquals(4490, epsg(folder, "urn:ogc:def:crs:OGC:1.3:CRS84", 1));
		assertEquals(0, epsg(folder, "LOCAL_CS[\"矿区独立坐标系\"]", 1));
	}

	private int epsg(Path folder, String crs, int warnings) throws Exception {
		Path file = folder.resolve("crs.geojson");
		Files.writeString(file, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\""
				+ crs.replace("\"", "\\\"") + "\"}},\"features\":[]}", StandardCharsets.UTF_8);
		Reading reading = Reading.of(reader, file, ReadOptions.defaults(Locale.ENGLISH));
		assertEquals(warnings, reading.warnings().size(), reading.problems::toString);
		assertTrue(reading.errors().isEmpty(), reading.problems::toString);
		return reading.table().epsg();
	}

	@Test
	void aBareGeometryIsOneRecordWithoutFields(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("point.json");
		Files.writeString(file, "{\"type\":\"Point\",\"coordinates\":[83.78,45.66]}");
		Reading reading = Reading.of(reader, file, ReadOptions.defaults(Locale.ENGLISH));
		reading.assertClean();
		assertEquals(1, reading.table().records().size());
		assertTrue(reading.table().headers().isEmpty());
	}

	@Test
	void limitsAreCheckedBeforeParsing(@TempDir Path folder) throws Exception {
		Path big = Reading.FIXTURES.resolve("geojson/tuoli-mines.geojson");
		ReadOptions small = new ReadOptions(null, null, 0, Locale.ENGLISH, 100, 2);
		assertMentions(Reading.of(reader, big, small).onlyError(), "tuoli-mines.geojson", "at most 100 bytes");
		ReadOptions few = new ReadOptions(null, null, 0, Locale.ENGLISH, ReadOptions.DEFAULT_MAX_BYTES, 2);
		assertMentions(Reading.of(reader, big, few).onlyError(), "at most 2 features", "\"3\"");
		Path deep = folder.resolve("deep.geojson");
		Files.writeString(deep, "[".repeat(100_000));
		assertMentions(Reading.of(reader, deep, ReadOptions.defaults(Locale.ENGLISH)).onlyError(), "deep.geojson",
				"at most 200 nested");
	}
}
