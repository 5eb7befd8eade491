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

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.minplan.importer.read.ProblemSink;
import org.minplan.importer.read.ReadOptions;
import org.minplan.importer.read.SourceLocation;
import org.minplan.importer.read.SourceRecord;
import org.minplan.importer.read.SourceTable;
import org.minplan.importer.read.SubmissionReader;

/**
 * Reads planning tables from an Excel workbook (.xlsx, Office Open XML) with Apache POI: every sheet with a
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
			XSSFWorkbook workbook = new XSSFWorkbook(pkg);
			progress.worked(4);
			List<SourceTable> tables = new ArrayList<>();
			SubMonitor sheets = progress.split(5).setWorkRemaining(workbook.getNumberOfSheets());
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				SourceTable table = sheet(file, workbook.getSheetAt(s), options, problems, sheets.split(1));
				if (table != null) {
					tables.add(table);
				}
			}
			if (tables.isEmpty()) {
				problems.error(whole, null, "empty", "workbook");
			}
			return tables;
		} catch (InvalidFormatException | IOException | POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
			problems.error(whole, null, "notXlsx", "workbook", String.valueOf(e.getMessage()));
			return List.of();
		} catch (RuntimeException e) {
			if (e instanceof OperationCanceledException) {
				throw e;
			}
			// POI reports damaged parts with assorted runtime exceptions; the file is unusable either way
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

	private static SourceTable sheet(Path file, XSSFSheet sheet, ReadOptions options, Problems problems,
			SubMonitor monitor) {
		String part = sheet.getSheetName();
		int last = sheet.getLastRowNum();
		if (last < 0) {
			return null;
		}
		if (last - sheet.getFirstRowNum() > options.maxRecords()) {
			problems.error(new SourceLocation(file, part, 0, null), String.valueOf(last + 1), "tooManyRecords",
					"maxRecords", String.valueOf(options.maxRecords()));
			return null;
		}
		List<String> headers = null;
		Map<Integer, String> columns = new LinkedHashMap<>();
		List<SourceRecord> records = new ArrayList<>();
		monitor.setWorkRemaining(last + 1);
		for (Row row : sheet) {
			if (row.getRowNum() % 1000 == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int excelRow = row.getRowNum() + 1;
			if (headers == null) {
				headers = new ArrayList<>();
				Set<String> seen = new HashSet<>();
				for (Cell cell : row) {
					String header = text(cell);
					if (header.isEmpty()) {
						continue;
					}
					if (!seen.add(header)) {
						problems.error(new SourceLocation(file, part, excelRow, header), header, "duplicateHeader",
								"uniqueHeader");
						continue;
					}
					columns.put(cell.getColumnIndex(), header);
					headers.add(header);
				}
				if (headers.isEmpty()) {
					headers = null;
				}
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			boolean any = false;
			for (Cell cell : row) {
				String value = text(cell);
				if (value.isEmpty()) {
					continue;
				}
				String header = columns.get(cell.getColumnIndex());
				if (header == null) {
					problems.error(new SourceLocation(file, part, excelRow, columnName(cell.getColumnIndex())), value,
							"valueWithoutHeader", "valueUnderHeader");
					continue;
				}
				values.put(header, value);
				any = true;
			}
			if (any) {
				records.add(new SourceRecord(new SourceLocation(file, part, excelRow, null), ordered(headers, values), null));
			}
			monitor.worked(1);
		}
		if (headers == null) {
			return null;
		}
		return new SourceTable(part, headers, records, 0);
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

	/** @return the cell as text: see {@link SourceRecord#fields()} */
	private static String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
		case STRING:
			return cell.getStringCellValue().strip();
		case NUMERIC:
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			double value = cell.getNumericCellValue();
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		case BOOLEAN:
			return String.valueOf(cell.getBooleanCellValue());
		case ERROR:
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		default:
			return "";
		}
	}
}
