package org.minplan.importer.gis.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers as the importer receives them: plain decimal text, no exponent, no trailing zeros. */
public final class NumberText {

	/** Beyond this many digits on either side of the point a plain text would be absurdly long. */
	private static final int MAX_PLAIN_DIGITS = 400;

	private NumberText() {
	}

	/**
	 * @param written a number as written in a file, e.g. {@code 12.500}, {@code 1.5E3}, {@code -0}
	 * @return e.g. {@code 12.5}, {@code 1500}, {@code 0}; the written text unchanged when its plain form
	 *         would be absurdly long; empty when the text is not a number
	 */
	public static Optional<String> plain(String written) {
		String trimmed = written.trim();
		if (trimmed.startsWith("+")) {
			trimmed = trimmed.substring(1);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(trimmed);
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
		if (value.signum() == 0) {
			return Optional.of("0");
		}
		BigDecimal stripped = value.stripTrailingZeros();
		int integerDigits = stripped.precision() - stripped.scale();
		if (Math.abs(stripped.scale()) > MAX_PLAIN_DIGITS || Math.abs(integerDigits) > MAX_PLAIN_DIGITS) {
			return Optional.of(trimmed);
		}
		return Optional.of(stripped.toPlainString());
	}

	/** @return the plain text of a double read from a binary file (shortest text that reads back the same) */
	public static String plain(double value) {
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return plain(Double.toString(value)).orElseThrow();
	}
}
