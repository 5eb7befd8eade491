package org.minplan.importer.gis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBReader;
import org.minplan.importer.gis.internal.CoordinateRange;
import org.minplan.importer.gis.internal.CrsChoice;
import org.minplan.importer.gis.internal.GpkgGeometry;
import org.minplan.importer.gis.internal.NumberText;
import org.minplan.importer.gis.internal.Problems;
import org.minplan.importer.gis.internal.WktCrs;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads an OGC GeoPackage (.gpkg): every feature table listed in {@code gpkg_contents} becomes one table
 * (part = table name, in the order of {@code gpkg_contents}), every column but the geometry column a field
 * (integers and reals as plain numbers, text trimmed, NULL empty), the geometry decoded from the GeoPackage
 * blob. The coordinate system comes from {@code gpkg_spatial_ref_sys}: organization EPSG gives its code,
 * otherwise its WKT definition is recognised as for a .prj.
 * <p>
 * The database is opened read-only through sqlite-jdbc (no DriverManager, so it works inside OSGi); a
 * database in WAL mode is copied to a temporary folder first so nothing is written next to the user's
 * file. A file that is not SQLite, is cut off (shorter than the page count its header declares) or has no
 * {@code gpkg_contents} gives one error.
 */
public final class GeoPackageReader implements SubmissionReader {

	/** The reader's permanent id. */
	public static final String ID = "geopackage";

	private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
	private static final int SQLITE_HEADER = 100;
	private static final int CANCEL_CHECK = 1000;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> extensions() {
		return Set.of("gpkg");
	}

	@Override
	public List<SourceTable> read(Path file, ReadOptions options, ProblemSink sink, IProgressMonitor monitor) {
		Problems problems = new Problems(sink, options.locale());
		SourceLocation whole = SourceLocation.ofFile(file);
		Path copyFolder = null;
		try {
			Optional<Boolean> checked = checkHeader(file, options, problems);
			if (checked.isEmpty()) {
				return List.of();
			}
			Path database = file;
			if (checked.get() || Files.exists(file.resolveSibling(file.getFileName() + "-wal"))) {
				copyFolder = Files.createTempDirectory("minplan-geopackage-");
				database = copy(file, copyFolder);
			}
			SQLiteConfig config = new SQLiteConfig();
			config.setReadOnly(true);
			try (Connection connection = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
				return read(connection, file, options, problems, monitor);
			}
		} catch (SQLException e) {
			problems.error(whole, null, problems.text("expected.geopackage"), problems.text("gpkg.unreadable", e.getMessage()));
			return List.of();
		} catch (IOException e) {
			problems.error(whole, null, problems.text("expected.readable"), problems.text("file.unreadable", e.getMessage()));
			return List.of();
		} finally {
			delete(copyFolder, problems, whole);
		}
	}

	/**
	 * Checks the SQLite header before SQLite sees the file.
	 *
	 * @return whether the database is in WAL mode, or empty after an error
	 */
	private static Optional<Boolean> checkHeader(Path file, ReadOptions options, Problems problems) throws IOException {
		SourceLocation whole = SourceLocation.ofFile(file);
		if (!Files.isRegularFile(file)) {
			problems.error(whole, null, problems.text("expected.file"), problems.text("file.missing"));
			return Optional.empty();
		}
		long size = Files.size(file);
		if (size == 0) {
			problems.error(whole, null, problems.text("expected.geopackage"), problems.text("file.empty"));
			return Optional.empty();
		}
		if (size > options.maxBytes()) {
			problems.error(whole, problems.text("found.bytes", Long.toString(size)),
					problems.text("expected.maxBytes", Long.toString(options.maxBytes())), problems.text("file.tooLarge"));
			return Optional.empty();
		}
		byte[] header = new byte[SQLITE_HEADER];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(header, 0, SQLITE_HEADER);
		}
		if (read < SQLITE_HEADER || !java.util.Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
				SQLITE_MAGIC.length)) {
			String found = new String(header, 0, Math.min(read, 16), StandardCharsets.ISO_8859_1)
					.replaceAll("\\p{Cntrl}", "?");
			problems.error(whole, found, problems.text("expected.geopackage"), problems.text("gpkg.notSqlite"));
			return Optional.empty();
		}
		ByteBuffer fields = ByteBuffer.wrap(header);
		int pageSize = fields.getShort(16) & 0xFFFF;
		long pageBytes = pageSize == 1 ? 65536 : pageSize;
		long pages = fields.getInt(28) & 0xFFFFFFFFL;
		boolean pagesValid = fields.getInt(24) == fields.getInt(92) && pages > 0;
		long declared = pages * pageBytes;
		if (pageBytes < 512 || size % pageBytes != 0 || (pagesValid && size < declared)) {
			problems.error(whole, problems.text("found.bytes", Long.toString(size)),
					problems.text("expected.bytes", Long.toString(pagesValid ? declared : (size / pageBytes + 1) * pageBytes)),
					problems.text("gpkg.truncated"));
			return Optional.empty();
		}
		return Optional.of(header[18] == 2 || header[19] == 2);
	}

	private static Path copy(Path file, Path folder) throws IOException {
		Path copy = folder.resolve("submission.gpkg");
		Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
		Path wal = file.resolveSibling(file.getFileName() + "-wal");
		if (Files.exists(wal)) {
			Files.copy(wal, folder.resolve("submission.gpkg-wal"));
		}
		return copy;
	}

	private static void delete(Path folder, Problems problems, SourceLocation whole) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			problems.warning(whole, folder.toString(), null, problems.text("gpkg.copyNotDeleted", e.getMessage()));
		}
	}

	/** One feature table as gpkg_contents, gpkg_geometry_columns and gpkg_spatial_ref_sys describe it. */
	private record Layer(String table, String geometryColumn, int srsId, String organization, int organizationCode,
			String definition) {
	}

	private List<SourceTable> read(Connection connection, Path file, ReadOptions options, Problems problems,
			IProgressMonitor monitor) throws SQLException {
		SourceLocation whole = SourceLocation.ofFile(file);
		if (!hasTable(connection, "gpkg_contents")) {
			problems.error(whole, null, problems.text("expected.geopackage"), problems.text("gpkg.noContents"));
			return List.of();
		}
		List<Layer> layers = layers(connection);
		if (layers.isEmpty()) {
			problems.error(whole, null, problems.text("expected.featureTable"), problems.text("gpkg.noFeatures"));
			return List.of();
		}
		SubMonitor progress = SubMonitor.convert(monitor, layers.size());
		List<SourceTable> tables = new ArrayList<>();
		for (Layer layer : layers) {
			SourceLocation where = new SourceLocation(file, layer.table(), 0, null);
			if (layer.geometryColumn() == null) {
				problems.error(where, null, problems.text("expected.geometryColumn"), problems.text("gpkg.noGeometryColumn"));
				continue;
			}
			try {
				readLayer(connection, layer, where, options, problems, progress.split(1)).ifPresent(tables::add);
			} catch (SQLException e) {
				problems.error(where, null, problems.text("expected.geopackage"),
						problems.text("gpkg.unreadable", e.getMessage()));
			}
		}
		return tables;
	}

	private static boolean hasTable(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection
				.prepareStatement("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?")) {
			query.setString(1, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

	private static List<Layer> layers(Connection connection) throws SQLException {
		boolean columns = hasTable(connection, "gpkg_geometry_columns");
		boolean systems = hasTable(connection, "gpkg_spatial_ref_sys");
		String sql = "SELECT c.table_name, " + (columns ? "g.column_name, g.srs_id, " : "NULL, NULL, ")
				+ (systems ? "s.organization, s.organization_coordsys_id, s.definition " : "NULL, NULL, NULL ")
				+ "FROM gpkg_contents c "
				+ (columns ? "LEFT JOIN gpkg_geometry_columns g ON lower(g.table_name) = lower(c.table_name) " : "")
				+ (columns && systems ? "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id " : "")
				+ "WHERE lower(c.data_type) = 'features' ORDER BY c.rowid";
		List<Layer> layers = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				layers.add(new Layer(result.getString(1), result.getString(2), result.getInt(3), result.getString(4),
						result.getInt(5), result.getString(6)));
			}
		}
		return layers;
	}

	private static Optional<SourceTable> readLayer(Connection connection, Layer layer, SourceLocation where,
			ReadOptions options, Problems problems, IProgressMonitor monitor) throws SQLException {
		String table = quote(layer.table());
		if (!hasTable(connection, layer.table())) {
			problems.error(where, layer.table(), problems.text("expected.featureTable"), problems.text("gpkg.missingTable"));
			return Optional.empty();
		}
		long count;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			count = result.next() ? result.getLong(1) : 0;
		}
		if (count > options.maxRecords()) {
			problems.error(where, Long.toString(count), problems.text("expected.maxRecords", options.maxRecords()),
					problems.text("geojson.tooManyFeatures"));
			return Optional.empty();
		}
		int epsg = coordinateSystem(layer, options, problems, where);
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), epsg);
		WKBReader wkb = new WKBReader(factory);
		CoordinateRange range = CoordinateRange.of(epsg);
		SubMonitor progress = SubMonitor.convert(monitor, (int) count);
		List<String> headers = new ArrayList<>();
		List<SourceRecord> records = new ArrayList<>();
		boolean srsMismatchReported = false;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
			int columns = result.getMetaData().getColumnCount();
			int geometryIndex = -1;
			for (int c = 1; c <= columns; c++) {
				String name = result.getMetaData().getColumnName(c);
				if (name.equalsIgnoreCase(layer.geometryColumn())) {
					geometryIndex = c;
				} else {
					headers.add(name.strip());
				}
			}
			int number = 0;
			while (result.next()) {
				number++;
				if (number % CANCEL_CHECK == 0 && progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.worked(1);
				SourceLocation feature = new SourceLocation(where.file(), layer.table(), number, null);
				Map<String, String> fields = new LinkedHashMap<>();
				Geometry geometry = null;
				for (int c = 1, h = 0; c <= columns; c++) {
					if (c == geometryIndex) {
						byte[] blob = result.getBytes(c);
						if (blob == null) {
							problems.warning(feature, null, null, problems.text("shp.nullShape"));
							continue;
						}
						try {
							GpkgGeometry.Decoded decoded = GpkgGeometry.decode(blob, wkb);
							geometry = decoded.geometry();
							if (geometry == null) {
								problems.warning(feature, null, null, problems.text("shp.nullShape"));
							}
							if (decoded.srsId() != layer.srsId() && !srsMismatchReported) {
								srsMismatchReported = true;
								problems.warning(feature.withField(layer.geometryColumn()),
										Integer.toString(decoded.srsId()), Integer.toString(layer.srsId()),
										problems.text("gpkg.srsMismatch"));
							}
						} catch (GpkgGeometry.Invalid e) {
							problems.error(feature.withField(layer.geometryColumn()), e.found(),
									problems.text("expected.gpkgGeometry"), problems.text(e.detailKey()));
						}
					} else {
						String name = headers.get(h++);
						fields.put(name, value(result.getObject(c), feature.withField(name), problems));
					}
				}
				if (geometry != null) {
					Optional<Coordinate> outside = range.firstOutside(geometry);
					if (outside.isPresent()) {
						problems.error(feature.withField(layer.geometryColumn()), CoordinateRange.text(outside.get()),
								range.describe(problems), problems.text("coordinate.outside", epsg == 0 ? "?" : "EPSG:" + epsg));
					}
				}
				records.add(new SourceRecord(feature, fields, geometry));
			}
		}
		return Optional.of(new SourceTable(layer.table(), headers, records, epsg));
	}

	private static int coordinateSystem(Layer layer, ReadOptions options, Problems problems, SourceLocation where) {
		int declared = 0;
		String text = layer.definition();
		if (layer.organization() != null && layer.organization().strip().equalsIgnoreCase("EPSG")
				&& layer.organizationCode() > 0) {
			declared = layer.organizationCode();
		} else if (text != null && !text.isBlank() && !text.strip().equalsIgnoreCase("undefined")) {
			declared = WktCrs.epsg(text);
		}
		if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("undefined")) {
			text = layer.organization() == null ? null : layer.organization() + ":" + layer.organizationCode();
		}
		return CrsChoice.choose(declared, text, options, problems, where);
	}

	private static String value(Object value, SourceLocation where, Problems problems) {
		if (value == null) {
			return "";
		} else if (value instanceof Double number) {
			return NumberText.plain(number);
		} else if (value instanceof Float number) {
			return NumberText.plain(number.doubleValue());
		} else if (value instanceof byte[] bytes) {
			problems.warning(where, problems.text("found.bytes", Integer.toString(bytes.length)),
					problems.text("expected.text"), problems.text("gpkg.binaryValue"));
			return "";
		}
		return value.toString().strip();
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
