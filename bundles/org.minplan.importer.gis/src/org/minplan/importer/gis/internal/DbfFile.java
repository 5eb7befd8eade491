package org.minplan.importer.gis.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.minplan.importer.read.SourceLocation;

/**
 * The attribute table of a shapefile: a dBASE III file (.dbf). Field types C (text), N and F (numbers,
 * written plain without exponent and trailing zeros), L (true/false) and D (dates as yyyy-MM-dd) are
 * converted; other types are passed on as their text with a warning. Deleted records are marked so the
 * caller can skip them together with their shape. The header's counts are checked against the file size
 * before any record is read.
 */
public final class DbfFile implements Closeable {

	/** One column: its name bytes (decoded once the encoding is known), type letter and position in a record. */
	public record Field(byte[] rawName, char type, int length, int offset) {
	}

	/** What the text of the file says about its encoding, and where the first non-ASCII text is. */
	public record TextScan(boolean nonAscii, boolean validUtf8, int firstRecord, int firstField) {
	}

	private static final int HEADER = 32;
	private static final int DESCRIPTOR = 32;
	private static final byte TERMINATOR = 0x0D;
	private static final Set<Character> CONVERTED = Set.of('C', 'N', 'F', 'L', 'D');
	private static final Pattern DATE = Pattern.compile("\\d{8}");

	private final BinaryFile file;
	private final Path shown;
	private final int recordCount;
	private final int complete;
	private final int headerLength;
	private final int recordLength;
	private final List<Field> fields;

	private DbfFile(BinaryFile file, Path shown, int recordCount, int complete, int headerLength, int recordLength,
			List<Field> fields) {
		this.file = file;
		this.shown = shown;
		this.recordCount = recordCount;
		this.complete = complete;
		this.headerLength = headerLength;
		this.recordLength = recordLength;
		this.fields = fields;
	}

	/**
	 * Opens a .dbf and checks its header; reports one error and returns empty when it cannot be used.
	 *
	 * @param real  the file on disk
	 * @param shown the file as problems name it
	 */
	public static Optional<DbfFile> open(Path real, Path shown, int maxRecords, Problems problems) throws IOException {
		BinaryFile file = new BinaryFile(real);
		boolean done = false;
		try {
			Optional<DbfFile> dbf = open(file, shown, maxRecords, problems);
			done = dbf.isPresent();
			return dbf;
		} finally {
			if (!done) {
				file.close();
			}
		}
	}

	private static Optional<DbfFile> open(BinaryFile file, Path shown, int maxRecords, Problems problems)
			throws IOException {
		SourceLocation where = SourceLocation.ofFile(shown);
		if (file.size() < HEADER + 1) {
			problems.error(where, problems.text("found.bytes", Long.toString(file.size())),
					problems.text("expected.dbfHeader"), problems.text("dbf.tooShort"));
			return Optional.empty();
		}
		ByteBuffer header = file.read(0, HEADER, ByteOrder.LITTLE_ENDIAN);
		int version = header.get(0) & 0xFF;
		if ((version & 0x07) != 3 && version != 0x30 && version != 0x31 && version != 0x32) {
			problems.error(where, String.format("0x%02X", version), problems.text("expected.dbfVersion"),
					problems.text("dbf.notDbase"));
			return Optional.empty();
		}
		long recordCount = header.getInt(4) & 0xFFFFFFFFL;
		int headerLength = header.getShort(8) & 0xFFFF;
		int recordLength = header.getShort(10) & 0xFFFF;
		if (recordCount > maxRecords) {
			problems.error(where, Long.toString(recordCount), problems.text("expected.maxRecords", maxRecords),
					problems.text("dbf.tooManyRecords"));
			return Optional.empty();
		}
		if (headerLength < HEADER + 1 || headerLength > file.size()) {
			problems.error(where, Integer.toString(headerLength),
					problems.text("expected.between", HEADER + 1, Long.toString(file.size())),
					problems.text("dbf.badHeaderLength"));
			return Optional.empty();
		}
		ByteBuffer descriptors = file.read(HEADER, headerLength - HEADER, ByteOrder.LITTLE_ENDIAN);
		List<Field> fields = new ArrayList<>();
		int offset = 1;
		int at = 0;
		while (at < descriptors.limit() && descriptors.get(at) != TERMINATOR) {
			if (at + DESCRIPTOR > descriptors.limit()) {
				problems.error(where, Integer.toString(headerLength), problems.text("expected.dbfTerminator"),
						problems.text("dbf.badHeaderLength"));
				return Optional.empty();
			}
			byte[] name = new byte[11];
			descriptors.get(at, name);
			int nameLength = 0;
			while (nameLength < name.length && name[nameLength] != 0) {
				nameLength++;
			}
			char type = (char) (descriptors.get(at + 11) & 0xFF);
			int length = descriptors.get(at + 16) & 0xFF;
			fields.add(new Field(Arrays.copyOf(name, nameLength), Character.toUpperCase(type), length, offset));
			offset += length;
			at += DESCRIPTOR;
		}
		if (offset != recordLength) {
			problems.error(where, Integer.toString(recordLength), problems.text("expected.recordLength", offset),
					problems.text("dbf.badRecordLength"));
			return Optional.empty();
		}
		long room = (file.size() - headerLength) / Math.max(1, recordLength);
		int complete = (int) Math.min(recordCount, room);
		if (complete < recordCount) {
			long cut = headerLength + (long) complete * recordLength;
			problems.error(new SourceLocation(shown, null, complete + 1, null),
					problems.text("found.bytes", Long.toString(file.size() - cut)),
					problems.text("expected.bytes", Integer.toString(recordLength)),
					problems.text("dbf.truncated", complete + 1, Long.toString(cut), Long.toString(recordCount)));
		}
		return Optional.of(new DbfFile(file, shown, (int) recordCount, complete, headerLength, recordLength,
				List.copyOf(fields)));
	}

	/** @return the record count the header declares */
	public int recordCount() {
		return recordCount;
	}

	/** @return how many records the file really holds in full (less than declared when it is cut off) */
	public int completeRecords() {
		return complete;
	}

	public List<Field> fields() {
		return fields;
	}

	/** @return record {@code index} (0-based): deletion flag then the fields, valid until the next read */
	public ByteBuffer record(int index) throws IOException {
		if (index >= complete) {
			throw new EOFException();
		}
		return file.read(headerLength + (long) index * recordLength, recordLength, ByteOrder.LITTLE_ENDIAN);
	}

	/** @return whether a record is marked deleted ('*') */
	public static boolean deleted(ByteBuffer record) {
		return record.get(0) == '*';
	}

	/** Looks at the bytes of every field name and text value: is there non-ASCII text, and is all of it UTF-8? */
	public TextScan scanText() throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		boolean nonAscii = false;
		boolean valid = true;
		int firstRecord = 0;
		int firstField = -1;
		for (int f = 0; f < fields.size(); f++) {
			byte[] name = fields.get(f).rawName();
			if (!ascii(ByteBuffer.wrap(name))) {
				if (!nonAscii) {
					firstField = f;
				}
				nonAscii = true;
				valid &= decodes(utf8, trimUtf8Tail(ByteBuffer.wrap(name)));
			}
		}
		for (int r = 0; r < complete && valid; r++) {
			ByteBuffer record = record(r);
			for (int f = 0; f < fields.size(); f++) {
				Field field = fields.get(f);
				if (field.type() != 'C') {
					continue;
				}
				ByteBuffer value = record.duplicate().position(field.offset()).limit(field.offset() + field.length())
						.slice();
				if (!ascii(value)) {
					if (!nonAscii) {
						firstRecord = r + 1;
						firstField = f;
					}
					nonAscii = true;
					if (!decodes(utf8, trimUtf8Tail(value))) {
						valid = false;
						break;
					}
				}
			}
		}
		return new TextScan(nonAscii, valid, firstRecord, firstField);
	}

	/** A fixed-width field may cut the last UTF-8 character: ignore an incomplete sequence at the end. */
	private static ByteBuffer trimUtf8Tail(ByteBuffer value) {
		int end = value.limit();
		while (end > 0 && (value.get(end - 1) == ' ' || value.get(end - 1) == 0)) {
			end--;
		}
		int start = end;
		int back = 0;
		while (start > 0 && back < 3 && (value.get(start - 1) & 0xC0) == 0x80) {
			start--;
			back++;
		}
		if (start > 0) {
			int lead = value.get(start - 1) & 0xFF;
			int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
			if (needed > back) {
				end = start - 1;
			}
		}
		return value.duplicate().position(0).limit(end).slice();
	}

	private static boolean ascii(ByteBuffer bytes) {
		for (int i = bytes.position(); i < bytes.limit(); i++) {
			if (bytes.get(i) < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes) {
		try {
			decoder.reset().decode(bytes.duplicate());
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	/** @return the name of field {@code index} decoded in {@code charset}, trimmed */
	public String fieldName(int index, Charset charset) {
		ByteBuffer raw = ByteBuffer.wrap(fields.get(index).rawName());
		if (charset.equals(StandardCharsets.UTF_8)) {
			// dBASE cuts names to 10 bytes, which may split the last UTF-8 character.
			raw = trimUtf8Tail(raw);
		}
		return charset.decode(raw).toString().trim();
	}

	/**
	 * Decodes field names with the chosen encoding; a name given twice (dBASE cuts names to 10 bytes) gets
	 * a suffix so no value is lost, with a warning.
	 */
	public List<String> names(Charset charset, Problems problems) {
		List<String> names = new ArrayList<>();
		for (int f = 0; f < fields.size(); f++) {
			Field field = fields.get(f);
			String name = fieldName(f, charset);
			String unique = name;
			for (int n = 2; names.contains(unique); n++) {
				unique = name + "_" + n;
			}
			if (!unique.equals(name)) {
				problems.warning(SourceLocation.ofFile(shown).withField(name), name, unique,
						problems.text("dbf.duplicateField", unique));
			}
			names.add(unique);
			if (!CONVERTED.contains(field.type())) {
				problems.warning(SourceLocation.ofFile(shown).withField(unique), String.valueOf(field.type()),
						problems.text("expected.fieldType"), problems.text("dbf.otherFieldType"));
			}
		}
		return names;
	}

	/**
	 * Converts one record's values; reports each value that does not fit its field type (and keeps it as
	 * written) and each text that is not valid in the charset (kept with replacement characters).
	 *
	 * @param record  from {@link #record}
	 * @param names   from {@link #names}
	 * @param feature the record's location (field null)
	 * @param badText called for the first text value that is not valid in the charset
	 * @return field name → value text, in field order
	 */
	public Map<String, String> values(ByteBuffer record, List<String> names, CharsetDecoder decoder,
			SourceLocation feature, Problems problems, BadText badText) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int f = 0; f < fields.size(); f++) {
			Field field = fields.get(f);
			ByteBuffer bytes = record.duplicate().position(field.offset()).limit(field.offset() + field.length())
					.slice();
			if (decoder.charset().equals(StandardCharsets.UTF_8) && field.type() == 'C') {
				bytes = trimUtf8Tail(bytes);
			}
			String text;
			try {
				text = decoder.reset().decode(bytes.duplicate()).toString();
			} catch (CharacterCodingException e) {
				text = lenient(decoder.charset(), bytes);
				badText.found(feature.withField(names.get(f)), text.trim());
			}
			values.put(names.get(f), convert(field.type(), text.trim(), feature.withField(names.get(f)), problems));
		}
		return values;
	}

	/** Told about text that is not valid in the chosen encoding. */
	@FunctionalInterface
	public interface BadText {
		void found(SourceLocation where, String value);
	}

	private static String lenient(Charset charset, ByteBuffer bytes) {
		CharBuffer chars;
		try {
			chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(bytes.duplicate());
		} catch (CharacterCodingException e) {
			throw new IllegalStateException("replacing decoder reported an error", e);
		}
		return chars.toString();
	}

	private static String convert(char type, String text, SourceLocation where, Problems problems) {
		switch (type) {
		case 'N', 'F':
			if (text.isEmpty() || text.chars().allMatch(c -> c == '*') || text.equals(".")) {
				return "";
			}
			Optional<String> number = NumberText.plain(text);
			if (number.isEmpty()) {
				problems.error(where, text, problems.text("expected.number"), problems.text("dbf.badValue"));
				return text;
			}
			return number.get();
		case 'L':
			if (text.isEmpty() || text.equals("?")) {
				return "";
			} else if ("TtYy".contains(text)) {
				return "true";
			} else if ("FfNn".contains(text)) {
				return "false";
			}
			problems.error(where, text, problems.text("expected.logical"), problems.text("dbf.badValue"));
			return text;
		case 'D':
			if (text.isEmpty() || text.equals("00000000")) {
				return "";
			}
			if (DATE.matcher(text).matches()) {
				try {
					return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
							Integer.parseInt(text.substring(6, 8))).toString();
				} catch (DateTimeException e) {
					// an impossible date such as 20221345: reported below as a value that does not fit
				}
			}
			problems.error(where, text, problems.text("expected.date"), problems.text("dbf.badValue"));
			return text;
		default:
			return text;
		}
	}

	@Override
	public void close() throws IOException {
		file.close();
	}
}
