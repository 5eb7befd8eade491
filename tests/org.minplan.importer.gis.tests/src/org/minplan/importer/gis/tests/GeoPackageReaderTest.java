package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minplan.importer.gis.tests.Reading.assertMentions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.minplan.importer.gis.GeoPackageReader;
import org.minplan.importer.gis.tests.fixtures.TuoliData;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.sqlite.SQLiteConfig;

class GeoPackageReaderTest {

	private final GeoPackageReader reader = new GeoPackageReader();

	@Test
	void readsEveryFeatureTableWithItsCoordinateSystem() throws Exception {
		Path file = Reading.FIXTURES.resolve("geopackage/tuoli.gpkg");
		byte[] before = Files.readAllBytes(file);
		Reading reading = Reading.fixture(reader, "geopackage/tuoli.gpkg");
		reading.assertClean();
		assertEquals(List.of("勘查开采区块", "矿山"), reading.tables.stream().map(SourceTable::part).toList());

		SourceTable blocks = reading.tables.get(0);
		assertEquals(TuoliData.EPSG_ZONE_28, blocks.epsg());
		assertEquals(List.of("fid", "QKBH", "区块名称", "矿种", "区块类型", "面积", "批准日期"), blocks.headers());
		for (int i = 0; i < 4; i++) {
			TuoliData.Block block = TuoliData.BLOCKS.get(i);
			SourceRecord record = blocks.records().get(i);
			assertEquals("勘查开采区块", record.location().part());
			assertEquals(i + 1, record.location().row());
			assertEquals(block.name(), record.field("区块名称"));
			assertEquals(block.approved(), record.field("批准日期"));
			assertEquals(TuoliData.shoelaceArea(block.polygons()), record.geometry().getArea(), 0.01, block.code());
		}
		assertEquals("12", blocks.records().get(0).field("面积"), "REAL 12.0 written plain");
		assertEquals(1, assertInstanceOf(Polygon.class, blocks.records().get(1).geometry()).getNumInteriorRing());
		assertInstanceOf(MultiPolygon.class, blocks.records().get(3).geometry());

		SourceTable mines = reading.tables.get(1);
		assertEquals(TuoliData.EPSG_LON_LAT, mines.epsg());
		Point point = assertInstanceOf(Point.class, mines.records().get(1).geometry());
		assertEquals(TuoliData.MINES.get(1).lon(), point.getX());
		assertEquals(List.of("3.5", "12", "120.25"), mines.records().stream().map(r -> r.field("生产能力")).toList());

		assertArrayEquals(before, Files.readAllBytes(file), "opened read-only");
		for (String suffix : List.of("-journal", "-wal", "-shm")) {
			assertFalse(Files.exists(file.resolveSibling(file.getFileName() + suffix)), suffix);
		}
	}

	@Test
	void aDatabaseInWalModeIsReadFromACopy(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("wal.gpkg");
		Files.copy(Reading.FIXTURES.resolve("geopackage/tuoli.gpkg"), file);
		try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
				Statement sql = connection.createStatement()) {
			sql.execute("PRAGMA journal_mode=WAL");
		}
		Reading reading = Reading.of(reader, file, ReadOptions.defaults(Locale.ENGLISH));
		reading.assertClean();
		assertEquals(2, reading.tables.size());
		try (var files = Files.list(folder)) {
			assertEquals(List.of("wal.gpkg"), files.map(f -> f.getFileName().toString()).toList());
		}
	}

	@Test
	void aFileThatIsNotSqliteIsOneError() {
		Reading reading = Reading.fixture(reader, "geopackage/broken/not-a-geopackage.gpkg");
		assertMentions(reading.onlyError(), "not-a-geopackage.gpkg", "not an SQLite database");
		assertTrue(reading.tables.isEmpty());
	}

	@Test
	void aTruncatedGeoPackageIsOneError() {
		Reading reading = Reading.fixture(reader, "geopackage/broken/truncated.gpkg");
		assertMentions(reading.onlyError(), "truncated.gpkg", "cut off");
		assertTrue(reading.tables.isEmpty());
	}

	@Test
	void anEmptyFileIsOneError() {
		assertMentions(Reading.fixture(reader, "geopackage/broken/empty.gpkg").onlyError(), "empty.gpkg", "empty");
	}

	@Test
	void anSqliteDatabaseWithoutGpkgContentsIsOneError() {
		Reading reading = Reading.fixture(reader, "geopackage/broken/plain-sqlite.gpkg");
		assertMentions(reading.onlyError(), "plain-sqlite.gpkg", "gpkg_contents");
	}

	@Test
	void badGeometryBlobsAreReportedPerFeature() {
		Reading reading = Reading.fixture(reader, "geopackage/broken/bad-geometry.gpkg");
		List<ImportProblem> errors = reading.errors();
		assertEquals(2, errors.size(), reading.problems::toString);
		assertMentions(errors.get(0), "bad-geometry.gpkg", "layer 矿山", "feature 2", "field geom", "header GP");
		assertMentions(errors.get(1), "feature 3", "not valid WKB");
		List<SourceRecord> records = reading.table().records();
		assertEquals(3, records.size());
		assertInstanceOf(Point.class, records.get(0).geometry());
		assertNull(records.get(1).geometry());
		assertEquals("654224M0006", records.get(1).field("KSBH"));
	}
}
