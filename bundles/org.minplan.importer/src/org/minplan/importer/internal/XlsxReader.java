package org.minplan.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads planning tables from an Excel workbook (.xlsx, Office Open XML) with Apache POI's streaming parser
 * (SAX over the sheet XML; no cell objects, so memory stays proportional to the values): every sheet with a
 * header row is one table (e.g. a sheet 区块 for blocks and one 矿山 for mines); the first non-empty row is
 * the header. Row numbers are those Excel shows.
 * <p>
 * Hostile files are refused before POI parses anything: the archive is walked once with the limits of
 * {@link ReadOptions} — total inflated size, size of each part, a minimum compression ratio of 1 % (a zip
 * bomb inflates far more) — and every XML part is refused if it declares a document type (the way XML
 * external entities come in). POI's own {@link ZipSecureFile} limits are set to the same values, and POI
 * parses with external entities switched off.
 */
public final class XlsxReader implements SubmissionReader {

	/** Smallest ratio compressed/inflated accepted for a part (POI's default too): 1 %. */
	static final double MIN_INFLATE_RATIO = 0.01;
	/** Parts smaller than this are not checked for their ratio (tiny parts compress oddly). */
	private static final long RATIO_GRACE = 100_000;
	private static final int PROLOGUE = 4096;

	static {
		// POI logs through log4j-api, which the product ships without an implementation: without a factory it
		// prints "could not find a logging provider" on every run. Its own simple logger (errors only) is enough.
		if (System.getProperty("log4j2.loggerContextFactory") == null) {
			System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		}
	}

	@Override
	public String id() {
		return "xlsx";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("xlsx");
	}

	@Override
	public List<SourceTable> read(Path file, ReadOptions options, ProblemSink sink, IProgressMonitor monitor) {
		Problems problems = new Problems(sink, options.locale());
		SourceLocation whole = SourceLocation.ofFile(file);
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			long size = Files.size(file);
			if (size == 0) {
				problems.error(whole, null, "empty", "workbook");
				return List.of();
			}
			if (size > options.maxBytes()) {
				problems.error(whole, String.valueOf(size), "tooLarge", "maxBytes", String.valueOf(options.maxBytes()));
				return List.of();
			}
			if (!inspect(file, options, problems, whole)) {
				return List.of();
			}
		} catch (ZipException e) {
			problems.error(whole, null, "notXlsx", "workbook", String.valueOf(e.getMessage()));
			return List.of();
		} catch (IOException e) {
			problems.error(whole, null, "unreadable", "readableFile", String.valueOf(e.getMessage()));
			return List.of();
		}
		progress.worked(1);
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(Math.min(options.maxBytes(), 0xFFFFFFFFL));
		ZipSecureFile.setMaxTextSize(Math.min(options.maxBytes(), 0xFFFFFFFFL));
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader workbook = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = workbook.getStylesTable();
			progress.worked(2);
			List<SourceTable> tables = new ArrayList<>();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) workbook.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					SheetRows rows = new SheetRows(file, sheets.getSheetName(), options, problems, progress);
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new PlainNumbers(), false));
					try {
						parser.parse(new InputSource(in));
					} catch (SheetRows.TooManyRows e) {
						continue; // reported
					}
					SourceTable table = rows.table();
					if (table != null) {
						tables.add(table);
					}
				}
			}
			if (tables.isEmpty()) {
				problems.error(whole, null, "empty", "workbook");
			}
			return tables;
		} catch (OpenXML4JException | IOException | SAXException | ParserConfigurationException | POIXMLException
				| org.apache.poi.UnsupportedFileFormatException e) {
			problems.error(whole, null, "notXlsx", "workbook", String.valueOf(e.getMessage()));
			return List.of();
		} catch (RuntimeException e) {
			if (e instanceof OperationCanceledException) {
				throw e;
			}
			// POI reports damaged parts with assorted runtime exceptions; the file is unusable either way
			ILog.of(XlsxReader.class).warn("Workbook " + file + " cannot be read", e);
			problems.error(whole, null, "notXlsx", "workbook", e.getClass().getSimpleName() + ": " + e.getMessage());
			return List.of();
		} finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	/**
	 * Walks the archive once: sizes and compression ratios within the limits, no document type declarations.
	 * @return false when the file was refused (the problem is reported)
	 */
	private static boolean inspect(Path file, ReadOptions options, Problems problems, SourceLocation whole)
			throws IOException {
		long total = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			byte[] buffer = new byte[65536];
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				long compressed = Math.max(entry.getCompressedSize(), 1);
				long inflated = 0;
				ByteCollector prologue = new ByteCollector(PROLOGUE);
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						prologue.add(buffer, read);
						inflated += read;
						total += read;
						if (total > options.maxBytes()) {
							problems.error(whole, entry.getName(), "zipTooLarge", "maxBytes",
									String.valueOf(options.maxBytes()));
							return false;
						}
						if (inflated > RATIO_GRACE && (double) compressed / inflated < MIN_INFLATE_RATIO) {
							problems.error(whole, entry.getName(), "zipBomb", "zipRatio",
									String.valueOf(Math.round(inflated / (double) compressed)),
									String.valueOf(Math.round(1 / MIN_INFLATE_RATIO)));
							return false;
						}
					}
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				if ((name.endsWith(".xml") || name.endsWith(".rels")) && prologue.declaresDoctype()) {
					problems.error(whole, entry.getName(), "doctype", "noDoctype");
					return false;
				}
			}
		}
		return true;
	}

	/** The first bytes of a part, to look for a document type declaration. */
	private static final class ByteCollector {
		private final byte[] bytes;
		private int length;

		ByteCollector(int capacity) {
			bytes = new byte[capacity];
		}

		void add(byte[] buffer, int count) {
			int n = Math.min(count, bytes.length - length);
			System.arraycopy(buffer, 0, bytes, length, n);
			length += n;
		}

		boolean declaresDoctype() {
			String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
			// UTF-16 parts: drop the zero bytes
			return text.replace("\0", "").contains("<!DOCTYPE") || text.replace("\0", "").contains("<!ENTITY");
		}
	}

	/**
	 * Collects the rows of one sheet as POI's streaming parser reports them: the first row with a value is
	 * the header; later rows become records keyed by their column's header.
	 */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		/** Stops parsing a sheet with more rows than allowed (reported first). */
		static final class TooManyRows extends RuntimeException {
			private static final long serialVersionUID = 1L;

			TooManyRows() {
				super(null, null, false, false);
			}
		}

		private final Path file;
		private final String part;
		private final ReadOptions options;
		private final Problems problems;
		private final IProgressMonitor monitor;
		private List<String> headers;
		private final Map<Integer, String> columns = new LinkedHashMap<>();
		private final Set<String> seen = new HashSet<>();
		private final List<SourceRecord> records = new ArrayList<>();
		private Map<String, String> values;
		private int excelRow;

		SheetRows(Path file, String part, ReadOptions options, Problems problems, IProgressMonitor monitor) {
			this.file = file;
			this.part = part;
			this.options = options;
			this.problems = problems;
			this.monitor = monitor;
		}

		@Override
		public void startRow(int rowNum) {
			excelRow = rowNum + 1;
			values = new LinkedHashMap<>();
			if (rowNum % 1000 == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}

		@Override
		public void cell(String reference, String formatted, XSSFComment comment) {
			String value = formatted == null ? "" : formatted.strip();
			if (value.isEmpty()) {
				return;
			}
			int column = column(reference);
			if (headers == null) {
				if (!seen.add(value)) {
					problems.error(new SourceLocation(file, part, excelRow, value), value, "duplicateHeader", "uniqueHeader");
					return;
				}
				columns.put(column, value);
				return;
			}
			String header = columns.get(column);
			if (header == null) {
				problems.error(new SourceLocation(file, part, excelRow, columnName(column)), value, "valueWithoutHeader",
						"valueUnderHeader");
				return;
			}
			values.put(header, value);
		}

		@Override
		public void endRow(int rowNum) {
			if (headers == null) {
				if (!columns.isEmpty()) {
					headers = new ArrayList<>(columns.values());
				}
				return;
			}
			if (values.isEmpty()) {
				return;
			}
			if (records.size() >= options.maxRecords()) {
				problems.error(new SourceLocation(file, part, excelRow, null), null, "tooManyRecords", "maxRecords",
						String.valueOf(options.maxRecords()));
				throw new TooManyRows();
			}
			records.add(new SourceRecord(new SourceLocation(file, part, excelRow, null), ordered(headers, values), null));
		}

		/** @return the sheet as a table, or null when it has no header */
		SourceTable table() {
			return headers == null ? null : new SourceTable(part, headers, records, 0);
		}

		/** @return the 0-based column of a cell reference such as {@code AB12} */
		private static int column(String reference) {
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			}
			return column - 1;
		}
	}

	/**
	 * Numbers as {@link SourceRecord#fields()} wants them: without exponent and trailing zeros, whatever the
	 * cell's display format (a coordinate shown with 2 decimals keeps all of its own); dates as ISO dates.
	 */
	private static final class PlainNumbers extends DataFormatter {
		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}

	private static Map<String, String> ordered(List<String> headers, Map<String, String> values) {
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String header : headers) {
			String value = values.get(header);
			if (value != null) {
				ordered.put(header, value);
			}
		}
		return ordered;
	}

	/** @return the column letters Excel shows, e.g. 0 → A, 27 → AB */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			name.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return name.toString();
	}
}
