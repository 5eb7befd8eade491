package org.minplan.importer.gis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON parser (RFC 8259) for GeoJSON: objects become {@code LinkedHashMap}s (member order
 * kept, a repeated name keeps its last value), arrays {@code List}s, numbers {@link Number}s that keep their
 * text, {@code null} a Java null. A syntax error names the line and column and what was expected there.
 * Nesting deeper than {@value #MAX_DEPTH} is refused, so hostile input cannot exhaust the stack.
 */
public final class Json {

	/** Deepest nesting accepted: GeoJSON needs 6 or so. */
	public static final int MAX_DEPTH = 200;

	/** A JSON number as written. */
	public record Number(String text) {
		public double value() {
			return Double.parseDouble(text);
		}
	}

	/** Where the text stops being JSON. */
	public static final class SyntaxException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;
		private final String found;
		private final String expectedKey;

		SyntaxException(int line, int column, String found, String expectedKey) {
			super("line " + line + ", column " + column + ": found " + found + ", expected " + expectedKey);
			this.line = line;
			this.column = column;
			this.found = found;
			this.expectedKey = expectedKey;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}

		/** @return the text found at the place, e.g. {@code ]} or "end of file" as null */
		public String found() {
			return found;
		}

		/** @return message key of what was expected, e.g. {@code json.expected.value} */
		public String expectedKey() {
			return expectedKey;
		}
	}

	private final String text;
	private int position;

	private Json(String text) {
		this.text = text;
	}

	/** @return the value the text holds */
	public static Object parse(String text) throws SyntaxException {
		Json json = new Json(text);
		json.space();
		Object value = json.value(0);
		json.space();
		if (json.position < text.length()) {
			throw json.error("json.expected.end");
		}
		return value;
	}

	private Object value(int depth) throws SyntaxException {
		if (depth > MAX_DEPTH) {
			throw error("json.expected.shallower");
		}
		if (position >= text.length()) {
			throw error("json.expected.value");
		}
		char c = text.charAt(position);
		switch (c) {
		case '{':
			return object(depth);
		case '[':
			return array(depth);
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error("json.expected.value");
		}
	}

	private Map<String, Object> object(int depth) throws SyntaxException {
		Map<String, Object> members = new LinkedHashMap<>();
		position++;
		space();
		if (peek() == '}') {
			position++;
			return members;
		}
		while (true) {
			space();
			if (peek() != '"') {
				throw error("json.expected.name");
			}
			String name = string();
			space();
			if (peek() != ':') {
				throw error("json.expected.colon");
			}
			position++;
			space();
			members.put(name, value(depth + 1));
			space();
			char c = peek();
			position++;
			if (c == '}') {
				return members;
			} else if (c != ',') {
				position--;
				throw error("json.expected.commaOrBrace");
			}
		}
	}

	private List<Object> array(int depth) throws SyntaxException {
		List<Object> elements = new ArrayList<>();
		position++;
		space();
		if (peek() == ']') {
			position++;
			return elements;
		}
		while (true) {
			space();
			elements.add(value(depth + 1));
			space();
			char c = peek();
			position++;
			if (c == ']') {
				return elements;
			} else if (c != ',') {
				position--;
				throw error("json.expected.commaOrBracket");
			}
		}
	}

	private String string() throws SyntaxException {
		StringBuilder value = new StringBuilder();
		position++;
		while (true) {
			if (position >= text.length()) {
				throw error("json.expected.quote");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				return value.toString();
			} else if (c == '\\') {
				if (position >= text.length()) {
					throw error("json.expected.escape");
				}
				char e = text.charAt(position++);
				switch (e) {
				case '"', '\\', '/' -> value.append(e);
				case 'b' -> value.append('\b');
				case 'f' -> value.append('\f');
				case 'n' -> value.append('\n');
				case 'r' -> value.append('\r');
				case 't' -> value.append('\t');
				case 'u' -> {
					if (position + 4 > text.length() || !text.substring(position, position + 4).matches("[0-9a-fA-F]{4}")) {
						throw error("json.expected.escape");
					}
					value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
					position += 4;
				}
				default -> {
					position--;
					throw error("json.expected.escape");
				}
				}
			} else if (c < 0x20) {
				position--;
				throw error("json.expected.quote");
			} else {
				value.append(c);
			}
		}
	}

	private Number number() throws SyntaxException {
		int start = position;
		if (peek() == '-') {
			position++;
		}
		if (peek() == '0') {
			position++;
		} else if (!digits()) {
			throw error("json.expected.digit");
		}
		if (peek() == '.') {
			position++;
			if (!digits()) {
				throw error("json.expected.digit");
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			position++;
			if (peek() == '+' || peek() == '-') {
				position++;
			}
			if (!digits()) {
				throw error("json.expected.digit");
			}
		}
		return new Number(text.substring(start, position));
	}

	private boolean digits() {
		int start = position;
		while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
			position++;
		}
		return position > start;
	}

	private Object literal(String word, Object value) throws SyntaxException {
		if (!text.startsWith(word, position)) {
			throw error("json.expected.value");
		}
		position += word.length();
		return value;
	}

	private char peek() {
		return position < text.length() ? text.charAt(position) : '\0';
	}

	private void space() {
		while (position < text.length()) {
			char c = text.charAt(position);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			position++;
		}
	}

	private SyntaxException error(String expectedKey) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < position && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		String found = position >= text.length() ? null
				: text.substring(position, Math.min(text.length(), position + 20)).split("[\r\n]")[0];
		return new SyntaxException(line, position - lineStart + 1, found, expectedKey);
	}

	/** @return a value as compact JSON text (nested property values are passed on like this) */
	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String string) {
			out.append('"');
			for (char c : string.toCharArray()) {
				switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
				}
			}
			out.append('"');
		} else if (value instanceof Number number) {
			out.append(number.text());
		} else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> member : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				write(member.getKey().toString(), out);
				out.append(':');
				write(member.getValue(), out);
			}
			out.append('}');
		} else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		} else {
			out.append(value);
		}
	}
}
