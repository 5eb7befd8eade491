package org.minplan.core.geometry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.minplan.core.i18n.Texts;

/**
 * Coordinate text that cannot be read, with what a user needs to fix it: the vertex (拐点) number,
 * the part (X/Y, longitude/latitude), the text found and what was expected, e.g.
 * "vertex 3: Y is 'abc', expected a number (easting in metres)" /
 * "第3个拐点：Y为“abc”，应为数字（东坐标，单位：米）".
 * <p>
 * {@link #getMessage()} is the English message; {@link #message(Locale)} gives the user's language.
 */
public final class CoordinateFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final OptionalInt vertex;
	private final Optional<CoordinatePart> part;
	private final String found;
	private final String expectedKey;
	private final List<String> expectedArguments;

	CoordinateFormatException(OptionalInt vertex, Optional<CoordinatePart> part, String found, String expectedKey,
			String... expectedArguments) {
		super();
		this.vertex = vertex;
		this.part = part;
		this.found = found;
		this.expectedKey = expectedKey;
		this.expectedArguments = List.of(expectedArguments);
	}

	/** @return the 1-based number of the vertex, empty when the text as a whole is wrong (e.g. empty) */
	public OptionalInt vertex() {
		return vertex;
	}

	/** @return the number of the vertex that is wrong, empty when the whole vertex is (e.g. one number) */
	public Optional<CoordinatePart> part() {
		return part;
	}

	/** @return the text found, as the user wrote it (trimmed) */
	public String found() {
		return found;
	}

	/** @return what was expected instead, e.g. "a number (easting in metres)" */
	public String expected(Locale locale) {
		return Texts.of(CoordinateFormatException.class, locale).get(expectedKey, expectedArguments.toArray());
	}

	/** @return the whole message in the given language */
	public String message(Locale locale) {
		Texts texts = Texts.of(CoordinateFormatException.class, locale);
		String expected = expected(locale);
		if (vertex.isEmpty()) {
			return texts.get("error.text", found, expected);
		}
		String number = Integer.toString(vertex.getAsInt());
		return part.map(p -> texts.get("error.vertexPart", number, p.label(locale), found, expected))
				.orElseGet(() -> texts.get("error.vertex", number, found, expected));
	}

	@Override
	public String getMessage() {
		return message(Locale.ROOT);
	}
}
