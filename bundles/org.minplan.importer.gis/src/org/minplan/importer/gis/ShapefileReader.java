package org.minplan.importer.gis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.minplan.importer.gis.internal.BinaryFile;
import org.minplan.importer.gis.internal.ComponentFiles;
import org.minplan.importer.gis.internal.CoordinateRange;
import org.minplan.importer.gis.internal.CrsChoice;
import org.minplan.importer.gis.internal.DbfFile;
import org.minplan.importer.gis.internal.DbfFile.TextScan;
import org.minplan.importer.gis.internal.Encodings;
import org.minplan.importer.gis.internal.Problems;
import org.minplan.importer.gis.internal.ShapeDecoder;
import org.minplan.importer.gis.internal.WktCrs;
import org.minplan.importer.gis.internal.ZipShapefile;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;

/**
 * Reads an ESRI Shapefile (.shp with its .dbf, optional .shx, .prj and .cpg), or a ZIP archive holding one,
 * into one table: one record per shape, the .dbf fields as text, the shape as a JTS geometry in the file's
 * coordinates (Polygon rings become polygons with holes by ring orientation).
 * <p>
 * Record numbers in problems are the .shp/.dbf record numbers (1 = first), deleted .dbf records included,
 * so they match what GIS software shows. Text encoding of the .dbf: the user's choice
 * ({@link ReadOptions#encoding()}), else the .cpg, else UTF-8 when all text is valid UTF-8, else the county
 * default, else GBK; a declared encoding the text contradicts is an error. Coordinate system: from the .prj
 * (see {@code WktCrs}); unknown gives EPSG 0 and a warning.
 */
public final class ShapefileReader implements SubmissionReader {

	/** The reader's permanent id. */
	public static final String ID = "shapefile";

	private static final int FILE_CODE = 9994;
	private static final int HEADER = 100;
	private static final int RECORD_HEADER = 8;
	private static final int CANCEL_CHECK = 1000;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> extensions() {
		return Set.of("shp", "zip");
	}

	@Override
	public List<SourceTable> read(Path file, ReadOptions options, ProblemSink sink, IProgressMonitor monitor) {
		Problems problems = new Problems(sink, options.locale());
		SourceLocation whole = SourceLocation.ofFile(file);
		if (!Files.isRegularFile(file)) {
			problems.error(whole, null, problems.text("expected.file"), problems.text("file.missing"));
			return List.of();
		}
		try {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
				try (ZipShapefile zip = new ZipShapefile(file, options.maxBytes(), problems)) {
					Optional<Path> shp = zip.extract();
					return shp.isEmpty() ? List.of() : read(shp.get(), file, options, problems, monitor);
				}
			}
			return read(file, file.toAbsolutePath().getParent(), options, problems, monitor);
		} catch (IOException | UncheckedIOException e) {
			problems.error(whole, null, problems.text("expected.readable"), problems.text("file.unreadable", e.getMessage()));
			return List.of();
		}
	}

	/**
	 * @param shp   the .shp on disk
	 * @param shown the folder (or ZIP archive) problems name the files in
	 */
	private List<SourceTable> read(Path shp, Path shown, ReadOptions options, Problems problems,
			IProgressMonitor monitor) throws IOException {
		Path shpShown = shown.resolve(shp.getFileName().toString());
		SourceLocation whole = SourceLocation.ofFile(shpShown);
		ComponentFiles components = new ComponentFiles(shp);
		if (Files.size(shp) > options.maxBytes()) {
			problems.error(whole, problems.text("found.bytes", Long.toString(Files.size(shp))),
					problems.text("expected.maxBytes", Long.toString(options.maxBytes())), problems.text("file.tooLarge"));
			return List.of();
		}
		try (BinaryFile shpFile = new BinaryFile(shp)) {
			Optional<Integer> shapeType = header(shpFile, whole, problems);
			if (shapeType.isEmpty()) {
				return List.of();
			}
			Optional<Path> dbfPath = components.sibling("dbf");
			if (dbfPath.isEmpty()) {
				problems.error(whole, null, problems.text("expected.dbf", ComponentFiles.baseName(shp) + ".dbf"),
						problems.text("shp.noDbf"));
				return List.of();
			}
			Path dbfShown = shown.resolve(dbfPath.get().getFileName().toString());
			if (Files.size(dbfPath.get()) > options.maxBytes()) {
				problems.error(SourceLocation.ofFile(dbfShown),
						problems.text("found.bytes", Long.toString(Files.size(dbfPath.get()))),
						problems.text("expected.maxBytes", Long.toString(options.maxBytes())), problems.text("file.tooLarge"));
				return List.of();
			}
			Optional<DbfFile> opened = DbfFile.open(dbfPath.get(), dbfShown, options.maxRecords(), problems);
			if (opened.isEmpty()) {
				return List.of();
			}
			try (DbfFile dbf = opened.get()) {
				int epsg = coordinateSystem(components, shown, options, problems, whole);
				int errorsBefore = problems.errorCount();
				Charset charset = encoding(components, shown, dbf, dbfShown, options, problems);
				// Text found to be UTF-8 against the declaration: decoding errors would only repeat that.
				boolean encodingReported = problems.errorCount() > errorsBefore;
				List<String> headers = dbf.names(charset, problems);
				int[][] index = shx(components, shown, options, problems);
				List<SourceRecord> records = records(shpFile, shapeType.get(), dbf, headers, charset, index, epsg,
						whole, SourceLocation.ofFile(dbfShown), options, problems, monitor, encodingReported);
				return List.of(new SourceTable(null, headers, records, epsg));
			}
		}
	}

	/** Checks the 100-byte header; @return the file's shape type, or empty after an error. */
	private static Optional<Integer> header(BinaryFile shp, SourceLocation whole, Problems problems)
			throws IOException {
		if (shp.size() == 0) {
			problems.error(whole, null, problems.text("expected.shpHeader"), problems.text("file.empty"));
			return Optional.empty();
		}
		if (shp.size() < HEADER) {
			problems.error(whole, problems.text("found.bytes", Long.toString(shp.size())),
					problems.text("expected.shpHeader"), problems.text("shp.notShapefile"));
			return Optional.empty();
		}
		ByteBuffer header = shp.read(0, HEADER, ByteOrder.BIG_ENDIAN);
		int code = header.getInt(0);
		if (code != FILE_CODE) {
			problems.error(whole, Integer.toString(code), Integer.toString(FILE_CODE), problems.text("shp.notShapefile"));
			return Optional.empty();
		}
		header.order(ByteOrder.LITTLE_ENDIAN);
		int type = header.getInt(32);
		int base = ShapeDecoder.baseType(type);
		if (base < 0 || base == ShapeDecoder.NULL) {
			problems.error(whole, ShapeDecoder.name(type), problems.text("expected.shapeType"),
					problems.text("shp.unsupportedType"));
			return Optional.empty();
		}
		return Optional.of(type);
	}

	private static int coordinateSystem(ComponentFiles components, Path shown, ReadOptions options,
			Problems problems, SourceLocation whole) throws IOException {
		Optional<Path> prj = components.sibling("prj");
		if (prj.isEmpty()) {
			return CrsChoice.choose(0, null, options, problems, whole);
		}
		String wkt = new String(Files.readAllBytes(prj.get()), StandardCharsets.UTF_8);
		return CrsChoice.choose(WktCrs.epsg(wkt), wkt, options, problems,
				SourceLocation.ofFile(shown.resolve(prj.get().getFileName().toString())));
	}

	private static Charset encoding(ComponentFiles components, Path shown, DbfFile dbf, Path dbfShown,
			ReadOptions options, Problems problems) throws IOException {
		TextScan scan = dbf.scanText();
		Charset charset = null;
		String declaredBy = null;
		if (options.encoding() != null) {
			charset = options.encoding();
			declaredBy = problems.text("encoding.byUser");
		} else {
			Optional<Path> cpg = components.sibling("cpg");
			if (cpg.isPresent()) {
				String name = Files.readString(cpg.get(), StandardCharsets.ISO_8859_1).strip();
				Optional<Charset> declared = Encodings.fromCpg(name);
				SourceLocation where = SourceLocation.ofFile(shown.resolve(cpg.get().getFileName().toString()));
				if (declared.isPresent()) {
					charset = declared.get();
					declaredBy = cpg.get().getFileName().toString();
				} else {
					problems.warning(where, name, problems.text("expected.encodingName"), problems.text("encoding.unknownCpg"));
				}
			}
		}
		if (charset == null) {
			if (scan.nonAscii() && scan.validUtf8()) {
				return StandardCharsets.UTF_8;
			}
			return options.defaultEncoding() != null ? options.defaultEncoding() : Encodings.GBK;
		}
		if (!charset.equals(StandardCharsets.UTF_8) && scan.nonAscii() && scan.validUtf8()) {
			String field = scan.firstField() < 0 ? null
					: dbf.fieldName(scan.firstField(), StandardCharsets.UTF_8);
			String found = scan.firstRecord() == 0 ? field : utf8Value(dbf, scan);
			problems.error(new SourceLocation(dbfShown, null, scan.firstRecord(), field), found,
					problems.text("expected.textIn", charset.name()),
					problems.text("encoding.looksUtf8", declaredBy, charset.name()));
		}
		return charset;
	}

	private static String utf8Value(DbfFile dbf, TextScan scan) throws IOException {
		ByteBuffer record = dbf.record(scan.firstRecord() - 1);
		DbfFile.Field field = dbf.fields().get(scan.firstField());
		byte[] bytes = new byte[field.length()];
		record.get(field.offset(), bytes);
		return new String(bytes, StandardCharsets.UTF_8).trim();
	}

	/** @return per record its offset and content length in bytes as the .shx says, or null without .shx */
	private static int[][] shx(ComponentFiles components, Path shown, ReadOptions options, Problems problems)
			throws IOException {
		Optional<Path> shx = components.sibling("shx");
		if (shx.isEmpty()) {
			return null;
		}
		SourceLocation where = SourceLocation.ofFile(shown.resolve(shx.get().getFileName().toString()));
		try (BinaryFile file = new BinaryFile(shx.get())) {
			long entries = (file.size() - HEADER) / RECORD_HEADER;
			if (file.size() < HEADER || (file.size() - HEADER) % RECORD_HEADER != 0 || entries > options.maxRecords()) {
				problems.warning(where, problems.text("found.bytes", Long.toString(file.size())),
						problems.text("expected.shx"), problems.text("shx.ignored"));
				return null;
			}
			int[][] index = new int[2][(int) entries];
			for (int i = 0; i < entries; i++) {
				ByteBuffer entry = file.read(HEADER + (long) RECORD_HEADER * i, RECORD_HEADER, ByteOrder.BIG_ENDIAN);
				index[0][i] = entry.getInt(0);
				index[1][i] = entry.getInt(4);
			}
			return index;
		}
	}

	private static List<SourceRecord> records(BinaryFile shp, int shapeType, DbfFile dbf, List<String> headers,
			Charset charset, int[][] index, int epsg, SourceLocation whole, SourceLocation dbfWhole,
			ReadOptions options, Problems problems, IProgressMonitor monitor, boolean encodingReported)
			throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, dbf.recordCount());
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), epsg);
		ShapeDecoder decoder = new ShapeDecoder(factory, problems);
		CoordinateRange range = CoordinateRange.of(epsg);
		CharsetDecoder text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		BadTextCounter badText = new BadTextCounter();
		List<SourceRecord> records = new ArrayList<>();
		long offset = HEADER;
		int number = 0;
		boolean indexChecked = index == null;
		boolean numberingChecked = false;
		while (offset < shp.size()) {
			number++;
			if (number % CANCEL_CHECK == 0 && progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (number > options.maxRecords()) {
				problems.error(whole, Integer.toString(number), problems.text("expected.maxRecords", options.maxRecords()),
						problems.text("shp.tooManyRecords"));
				break;
			}
			SourceLocation where = new SourceLocation(whole.file(), null, number, null);
			if (offset + RECORD_HEADER > shp.size()) {
				truncated(problems, where, offset, RECORD_HEADER, shp.size() - offset);
				break;
			}
			ByteBuffer recordHeader = shp.read(offset, RECORD_HEADER, ByteOrder.BIG_ENDIAN);
			int recordNumber = recordHeader.getInt(0);
			long length = 2L * (recordHeader.getInt(4) & 0xFFFFFFFFL);
			if (offset + RECORD_HEADER + length > shp.size()) {
				truncated(problems, where, offset, RECORD_HEADER + length, shp.size() - offset);
				break;
			}
			if (!numberingChecked && recordNumber != number) {
				numberingChecked = true;
				problems.warning(where, Integer.toString(recordNumber), Integer.toString(number),
						problems.text("shp.recordNumber"));
			}
			if (!indexChecked) {
				indexChecked = checkIndex(index, number, offset, length, problems, where);
			}
			Geometry geometry = decoder
					.decode(shp.read(offset + RECORD_HEADER, (int) length, ByteOrder.LITTLE_ENDIAN), shapeType, where)
					.geometry();
			offset += RECORD_HEADER + length;
			if (number > dbf.completeRecords()) {
				continue;
			}
			ByteBuffer attributes = dbf.record(number - 1);
			if (DbfFile.deleted(attributes)) {
				progress.worked(1);
				continue;
			}
			SourceLocation attributesWhere = new SourceLocation(dbfWhole.file(), null, number, null);
			Map<String, String> values = dbf.values(attributes, headers, text, attributesWhere, problems, badText);
			if (geometry != null) {
				Optional<Coordinate> outside = range.firstOutside(geometry);
				if (outside.isPresent()) {
					problems.error(where, CoordinateRange.text(outside.get()), range.describe(problems),
							problems.text("coordinate.outside", epsg == 0 ? "?" : "EPSG:" + epsg));
				}
			}
			records.add(new SourceRecord(where, values, geometry));
			progress.worked(1);
		}
		if (number != dbf.recordCount() && offset >= shp.size()) {
			problems.error(dbfWhole, Integer.toString(dbf.recordCount()),
					problems.text("expected.recordCount", number), problems.text("shp.countMismatch", number,
							dbf.recordCount()));
		}
		if (index != null && index[0].length != number && offset >= shp.size()) {
			problems.warning(whole, Integer.toString(index[0].length), Integer.toString(number),
					problems.text("shx.countMismatch"));
		}
		if (!encodingReported) {
			badText.report(problems, charset);
		}
		return records;
	}

	private static void truncated(Problems problems, SourceLocation where, long offset, long needed, long left) {
		problems.error(where, problems.text("found.bytes", Long.toString(left)),
				problems.text("expected.bytes", Long.toString(needed)),
				problems.text("shp.truncated", where.row(), Long.toString(offset)));
	}

	/** @return true once a mismatch was reported (one warning is enough: the .shp itself is read in order) */
	private static boolean checkIndex(int[][] index, int number, long offset, long length, Problems problems,
			SourceLocation where) {
		if (number > index[0].length) {
			return false;
		}
		long indexedOffset = 2L * index[0][number - 1];
		long indexedLength = 2L * index[1][number - 1];
		if (indexedOffset != offset || indexedLength != length) {
			problems.warning(where, Long.toString(indexedOffset), Long.toString(offset),
					problems.text("shx.mismatch", Long.toString(indexedOffset), Long.toString(offset)));
			return true;
		}
		return false;
	}

	/** Text values not valid in the chosen encoding: one error naming the first, with the count. */
	private static final class BadTextCounter implements DbfFile.BadText {
		private SourceLocation first;
		private String firstValue;
		private int count;

		@Override
		public void found(SourceLocation where, String value) {
			if (first == null) {
				first = where;
				firstValue = value;
			}
			count++;
		}

		void report(Problems problems, Charset charset) {
			if (first != null) {
				problems.error(first, firstValue, problems.text("expected.textIn", charset.name()),
						problems.text("encoding.invalid", charset.name(), count));
			}
		}
	}
}
