package org.minplan.importer.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Reads a planning table saved as CSV (RFC 4180: fields separated by commas — or by tabs or semicolons
 * when the header line has those and no comma —, quoted with {@code "} when they hold separators, quotes
 * or line breaks, {@code ""} for a quote inside).
 * <p>
 * Encoding: as declared ({@link ReadOptions#encoding()}); else a byte order mark (UTF-8, UTF-16); else
 * UTF-8 if the bytes are valid UTF-8; else the county's default; else GBK. Bytes that are not valid in the
 * encoding chosen are reported with their line. Row numbers are the line numbers of the file (1 = header),
 * so a row with a line break inside a quoted field counts its lines.
 */
public final class CsvReader implements SubmissionReader {

	private static final Charset GBK = Charset.forName("GBK");

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public Set<String> extensions() {
		return Set.of("csv", "txt");
	}

	@Override
	public List<SourceTable> read(Path file, ReadOptions options, ProblemSink sink, IProgressMonitor monitor) {
		Problems problems = new Problems(sink, options.locale());
		SourceLocation whole = SourceLocation.ofFile(file);
		byte[] bytes;
		try {
			long size = Files.size(file);
			if (size > options.maxBytes()) {
				problems.error(whole, String.valueOf(size), "tooLarge", "maxBytes", String.valueOf(options.maxBytes()));
				return List.of();
			}
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			problems.error(whole, null, "unreadable", "readableFile", String.valueOf(e.getMessage()));
			return List.of();
		}
		if (bytes.length == 0) {
			problems.error(whole, null, "empty", "table");
			return List.of();
		}
		String text = decode(bytes, options, problems, whole);
		if (text == null) {
			return List.of();
		}
		return parse(file, text, options, problems, SubMonitor.convert(monitor, 1));
	}

	private String decode(byte[] bytes, ReadOptions options, Problems problems, SourceLocation whole) {
		if (options.encoding() != null) {
			int skip = options.encoding().equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
			return strict(bytes, skip, options.encoding(), problems, whole, true);
		}
		if (hasUtf8Bom(bytes)) {
			return strict(bytes, 3, StandardCharsets.UTF_8, problems, whole, true);
		}
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
				|| (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
			return strict(bytes, 0, StandardCharsets.UTF_16, problems, whole, true);
		}
		String utf8 = strict(bytes, 0, StandardCharsets.UTF_8, problems, whole, false);
		if (utf8 != null) {
			return utf8;
		}
		Charset fallback = options.defaultEncoding() != null ? options.defaultEncoding() : GBK;
		return strict(bytes, 0, fallback, problems, whole, true);
	}

	private static boolean hasUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
	}

	/** Decodes strictly; on a bad byte reports its line (when {@code report}) and gives null. */
	private static String strict(byte[] bytes, int skip, Charset charset, Problems problems, SourceLocation whole,
			boolean report) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
		CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
		var result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			if (report) {
				int at = in.position();
				int line = 1;
				for (int i = skip; i < at; i++) {
					if (bytes[i] == '\n') {
						line++;
					}
				}
				StringBuilder found = new StringBuilder();
				for (int i = at; i < Math.min(bytes.length, at + Math.max(result.length(), 2)); i++) {
					found.append(found.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
				}
				problems.error(new SourceLocation(whole.file(), null, line, null), found.toString(), "badEncoding",
						"encoding", charset.name());
			}
			return null;
		}
		out.flip();
		return out.toString();
	}

	/** Splits the text into records; see the class comment. */
	private List<SourceTable> parse(Path file, String text, ReadOptions options, Problems problems, SubMonitor monitor) {
		char separator = separator(text);
		List<String> headers = null;
		int headerLine = 0;
		List<SourceRecord> records = new ArrayList<>();
		int line = 1;
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (records.size() % 1000 == 0 && monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int recordLine = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			boolean endOfRecord = false;
			while (i < n && !endOfRecord) {
				char c = text.charAt(i++);
				if (quoted) {
					if (c == '"') {
						if (i < n && text.charAt(i) == '"') {
							field.append('"');
							i++;
						} else {
							quoted = false;
						}
					} else {
						if (c == '\n') {
							line++;
						}
						field.append(c);
					}
				} else if (c == '"' && field.toString().isBlank()) {
					quoted = true;
					wasQuoted = true;
					field.setLength(0);
				} else if (c == separator) {
					fields.add(field.toString().strip());
					field.setLength(0);
					wasQuoted = false;
				} else if (c == '\r' || c == '\n') {
					if (c == '\r' && i < n && text.charAt(i) == '\n') {
						i++;
					}
					line++;
					endOfRecord = true;
				} else {
					field.append(c);
				}
			}
			if (quoted) {
				problems.error(new SourceLocation(file, null, recordLine, null), null, "unclosedQuote", "closedQuote");
				break;
			}
			fields.add(field.toString().strip());
			if (!wasQuoted && fields.size() == 1 && fields.get(0).isEmpty()) {
				continue; // blank line
			}
			if (headers == null) {
				headers = headers(file, recordLine, fields, problems);
				headerLine = recordLine;
				continue;
			}
			if (records.size() >= options.maxRecords()) {
				problems.error(new SourceLocation(file, null, recordLine, null), null, "tooManyRecords", "maxRecords",
						String.valueOf(options.maxRecords()));
				break;
			}
			SourceLocation where = new SourceLocation(file, null, recordLine, null);
			while (fields.size() > headers.size() && fields.get(fields.size() - 1).isEmpty()) {
				fields.remove(fields.size() - 1);
			}
			if (fields.size() > headers.size()) {
				problems.error(where, fields.get(headers.size()), "extraValues", "fieldCount",
						String.valueOf(fields.size()), String.valueOf(headers.size()), String.valueOf(headerLine));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int f = 0; f < fields.size(); f++) {
				values.put(headers.get(f), fields.get(f));
			}
			records.add(new SourceRecord(where, values, null));
		}
		if (headers == null) {
			problems.error(SourceLocation.ofFile(file), null, "empty", "table");
			return List.of();
		}
		monitor.worked(1);
		return List.of(new SourceTable(null, headers, records, 0));
	}

	private static List<String> headers(Path file, int line, List<String> fields, Problems problems) {
		List<String> headers = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int f = 0; f < fields.size(); f++) {
			String header = fields.get(f);
			if (header.isEmpty()) {
				header = "#" + (f + 1);
			}
			if (!seen.add(header)) {
				problems.error(new SourceLocation(file, null, line, header), header, "duplicateHeader", "uniqueHeader");
				header = header + "#" + (f + 1);
			}
			headers.add(header);
		}
		while (!headers.isEmpty() && headers.get(headers.size() - 1).startsWith("#")) {
			headers.remove(headers.size() - 1);
		}
		return headers;
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		if (first.indexOf(',') >= 0) {
			return ',';
		}
		if (first.indexOf('\t') >= 0) {
			return '\t';
		}
		if (first.indexOf(';') >= 0) {
			return ';';
		}
		return ',';
	}
}
