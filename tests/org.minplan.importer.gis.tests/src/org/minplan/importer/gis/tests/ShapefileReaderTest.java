package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.minplan.importer.gis.ShapefileReader;
import org.minplan.importer.gis.tests.fixtures.GisFixtures;
import org.minplan.importer.gis.tests.fixtures.TuoliData;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;

class ShapefileReaderTest {

	private final ShapefileReader reader = new ShapefileReader();

	@Test
	void readsTheBlocksOfTuoliWithGbkAttributesAndZone28Coordinates() {
		Reading reading = Reading.fixture(reader, "shapefile/tuoli-blocks.shp");
		reading.assertClean();
		SourceTable table = reading.table();
		assertEquals(TuoliData.EPSG_ZONE_28, table.epsg());
		assertEquals(List.of("QKBH", "区块名称", "矿种", "区块类型", "面积", "批准日期", "有效"), table.headers());
		// Record 3 is deleted in the .dbf: skipped, and the others keep their record numbers.
		assertEquals(List.of(1, 2, 4, 5), table.records().stream().map(r -> r.location().row()).toList());
		for (int i = 0; i < 4; i++) {
			TuoliData.Block block = TuoliData.BLOCKS.get(i);
			SourceRecord record = table.records().get(i);
			assertEquals(block.code(), record.field("QKBH"));
			assertEquals(block.name(), record.field("区块名称"));
			assertEquals(block.mineral(), record.field("矿种"));
			assertEquals(block.approved(), record.field("批准日期"));
			assertEquals(Boolean.toString(block.valid()), record.field("有效"));
			assertEquals(TuoliData.shoelaceArea(block.polygons()), record.geometry().getArea(), 0.01, block.code());
			assertTrue(record.geometry().getEnvelopeInternal().getMinX() > TuoliData.ZONE_PREFIX, "eastings with zone prefix");
		}
		// 面积 N(12,4) "12.0000" and "5.8000" are passed on plain.
		assertEquals("12", table.records().get(0).field("面积"));
		assertEquals("5.8", table.records().get(1).field("面积"));
		Polygon withHole = assertInstanceOf(Polygon.class, table.records().get(1).geometry());
		assertEquals(1, withHole.getNumInteriorRing(), "the counter-clockwise ring is the hole of 654224C001");
		assertEquals(2, assertInstanceOf(MultiPolygon.class, table.records().get(3).geometry()).getNumGeometries());
	}

	@Test
	void readsTheMinesFromAZipArchiveWithCodePage936() {
		Reading reading = Reading.fixture(reader, "shapefile/tuoli-mines.zip");
		reading.assertClean();
		SourceTable table = reading.table();
		assertEquals(TuoliData.EPSG_LON_LAT, table.epsg());
		assertEquals(List.of("KSBH", "矿山名称", "矿种", "规模", "生产能力"), table.headers());
		assertEquals(3, table.records().size());
		for (int i = 0; i < 3; i++) {
			TuoliData.Mine mine = TuoliData.MINES.get(i);
			SourceRecord record = table.records().get(i);
			assertEquals(mine.name(), record.field("矿山名称"));
			Point point = assertInstanceOf(Point.class, record.geometry());
			assertEquals(mine.lon(), point.getX());
			assertEquals(mine.lat(), point.getY());
			assertTrue(record.location().file().toString().contains("tuoli-mines.zip"), record.location().toString());
		}
		assertEquals(List.of("3.5", "12", "120.25"), table.records().stream().map(r -> r.field("生产能力")).toList());
	}

	@Test
	void aTruncatedShpNamesTheRecordAndByteOffsetAndKeepsTheRecordsBefore() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/truncated.shp");
		ImportProblem error = reading.onlyError();
		assertEquals(3, error.where().row());
		assertMentions(error, "truncated.shp", "feature 3", "record 3",
				"byte offset " + GisFixtures.truncationOffset(), "cut off");
		assertEquals(2, reading.table().records().size());
	}

	@Test
	void moreAttributeRecordsThanShapesIsAnErrorNamingBothCounts() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/count-mismatch.shp");
		ImportProblem error = reading.onlyError();
		assertMentions(error, "count-mismatch.dbf", "3 shapes", "4 records");
	}

	@Test
	void aMissingDbfIsOneErrorAndNoTable() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/no-dbf.shp");
		assertMentions(reading.onlyError(), "no-dbf.shp", "no-dbf.dbf", "attribute table");
		assertTrue(reading.tables.isEmpty());
	}

	@Test
	void utf8TextDeclaredGbkByTheCpgIsAnError() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/utf8-declared-gbk.shp");
		ImportProblem error = reading.onlyError();
		assertMentions(error, "utf8-declared-gbk.dbf", "utf8-declared-gbk.cpg", "UTF-8", "GBK", "field 区块名");
	}

	@Test
	void theUserCanOverrideALyingCpg() {
		ReadOptions utf8 = new ReadOptions(StandardCharsets.UTF_8, null, 0, Locale.ENGLISH, ReadOptions.DEFAULT_MAX_BYTES,
				ReadOptions.DEFAULT_MAX_RECORDS);
		Reading reading = Reading.of(reader, Reading.FIXTURES.resolve("shapefile/broken/utf8-declared-gbk.shp"), utf8);
		reading.assertClean();
		// 区块名称 takes 12 bytes in UTF-8: dBASE names have 10, the cut character is dropped.
		assertEquals(List.of("QKBH", "区块名", "矿种", "区块类", "面积", "批准日", "有效"), reading.table().headers());
		assertEquals(TuoliData.BLOCKS.get(0).name(), reading.table().records().get(0).field("区块名"));
	}

	@Test
	void gbkTextDeclaredUtf8ByTheCpgIsAnErrorNamingTheFirstValue() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/cpg-lies.shp");
		ImportProblem error = reading.onlyError();
		assertEquals(1, error.where().row());
		assertMentions(error, "cpg-lies.dbf", "feature 1", "not valid UTF-8", "GBK");
		assertEquals(4, reading.table().records().size(), "the records are still returned for the preview");
	}

	@Test
	void anUnknownPrjGivesEpsgZeroAndAWarning() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/unknown-prj.shp");
		assertTrue(reading.errors().isEmpty(), reading.problems::toString);
		assertEquals(1, reading.warnings().size(), reading.problems::toString);
		assertMentions(reading.warnings().get(0), "unknown-prj.prj", "Xian_1980");
		assertEquals(0, reading.table().epsg());
		assertEquals(4, reading.table().records().size());
	}

	@Test
	void everyValueThatDoesNotFitItsFieldIsReportedInOnePass() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/bad-values.shp");
		List<ImportProblem> errors = reading.errors();
		assertEquals(3, errors.size(), reading.problems::toString);
		assertMentions(errors.get(0), "bad-values.dbf", "feature 1", "field 面积", "\"约12\"", "a number");
		assertMentions(errors.get(1), "feature 2", "field 批准日期", "\"20221345\"", "yyyyMMdd");
		assertMentions(errors.get(2), "feature 4", "field 有效", "\"X\"");
		assertEquals("约12", reading.table().records().get(0).field("面积"), "the value is kept as written");
	}

	@Test
	void eastingsWithoutTheZonePrefixDeclaredWithItAreOutOfRange() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/out-of-range.shp");
		List<ImportProblem> errors = reading.errors();
		assertEquals(4, errors.size(), reading.problems::toString);
		for (int i = 0; i < 4; i++) {
			assertMentions(errors.get(i), "out-of-range.shp", "feature " + (i + 1), "EPSG:4516",
					"28000000");
		}
	}

	@Test
	void anEmptyShpIsOneError() {
		Reading reading = Reading.fixture(reader, "shapefile/broken/empty.shp");
		assertMentions(reading.onlyError(), "empty.shp", "empty");
		assertTrue(reading.tables.isEmpty());
	}

	@Test
	void problemsAreWrittenInChinese() {
		Reading reading = Reading.of(reader, Reading.FIXTURES.resolve("shapefile/broken/truncated.shp"),
				ReadOptions.defaults(Locale.CHINESE));
		assertMentions(reading.onlyError(), "truncated.shp", "第 3 个要素", "截断", "字节偏移 " + GisFixtures.truncationOffset());
	}

	@Test
	void aMissingFileAndAFileThatIsNoShapefileAreOneErrorEach(@TempDir Path folder) throws Exception {
		Reading missing = Reading.fixture(reader, "shapefile/none.shp");
		assertMentions(missing.onlyError(), "none.shp", "does not exist");
		Path text = folder.resolve("text.shp");
		Files.writeString(text, "QKBH,区块名称\n".repeat(20), StandardCharsets.UTF_8);
		assertMentions(Reading.of(reader, text, ReadOptions.defaults(Locale.ENGLISH)).onlyError(), "text.shp",
				"not an ESRI shapefile");
	}

	@Test
	void aZipWithoutShapefileIsOneError(@TempDir Path folder) throws Exception {
		Path zip = folder.resolve("submission.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			out.write("说明".getBytes(StandardCharsets.UTF_8));
		}
		assertMentions(Reading.of(reader, zip, ReadOptions.defaults(Locale.ENGLISH)).onlyError(), "submission.zip",
				"no shapefile");
	}

	@Test
	void aZipWithGbkEntryNamesFromChineseWindowsIsRead(@TempDir Path folder) throws Exception {
		Path zip = folder.resolve("托里县矿山.zip");
		try (java.util.zip.ZipFile mines = new java.util.zip.ZipFile(Reading.FIXTURES.resolve("shapefile/tuoli-mines.zip").toFile());
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip), java.nio.charset.Charset.forName("GBK"))) {
			for (var entry : java.util.Collections.list(mines.entries())) {
				String name = entry.getName().replace("tuoli-mines/tuoli-mines", "托里县矿山");
				out.putNextEntry(new java.util.zip.ZipEntry(name));
				out.write(mines.getInputStream(entry).readAllBytes());
			}
		}
		Reading reading = Reading.of(reader, zip, ReadOptions.defaults(Locale.ENGLISH));
		reading.assertClean();
		assertEquals(3, reading.table().records().size());
		assertTrue(reading.table().records().get(0).location().file().toString().endsWith("托里县矿山.zip/托里县矿山.shp"),
				() -> reading.table().records().get(0).location().toString());
	}

	@Test
	void aNullShapeGivesARecordWithoutGeometryAndAWarning(@TempDir Path folder) throws Exception {
		Path shp = Reading.FIXTURES.resolve("shapefile/tuoli-blocks.shp");
		byte[] bytes = Files.readAllBytes(shp);
		// The content of record 1 starts at byte 108: make its shape type 0 (Null).
		java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(108, 0);
		Files.write(folder.resolve("blocks.shp"), bytes);
		Files.copy(Reading.FIXTURES.resolve("shapefile/tuoli-blocks.dbf"), folder.resolve("blocks.dbf"));
		Reading reading = Reading.of(reader, folder.resolve("blocks.shp"), ReadOptions.defaults(Locale.ENGLISH));
		assertTrue(reading.errors().isEmpty(), reading.problems::toString);
		assertNull(reading.table().records().get(0).geometry());
		assertMentions(reading.warnings().stream().filter(w -> w.where().row() == 1).findFirst().orElseThrow(),
				"feature 1", "no geometry");
	}
}
