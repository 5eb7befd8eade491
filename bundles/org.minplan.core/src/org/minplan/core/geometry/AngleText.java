package org.minplan.core.geometry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes angles in the forms county tables use: decimal degrees ({@code 84.504306}),
 * degrees-minutes-seconds with symbols ({@code 84°30'15.5"}, {@code 84°30′15.5″},
 * {@code 84度30分15.5秒}), with colons ({@code 84:30:15.5}) and packed DDDMMSS.s ({@code 843015.5}).
 * <p>
 * Packed and decimal forms are told apart by the digits before the point: decimal degrees have at most
 * 3, packed 5–7 (D…DMMSS); 4 digits are ambiguous and rejected. The Chinese D.MMSS habit
 * ({@code 84.3015} meaning 84°30'15") looks exactly like decimal degrees and is read as such.
 */
final class AngleText {

	static final String EXPECTED_MINUTES_SECONDS = "expected.dms.below60";
	static final String EXPECTED_NOT_FOUR_DIGITS = "expected.angle.fourDigits";

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");
	private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}(\\.\\d+)?");
	private static final Pattern PACKED = Pattern.compile("(\\d{1,3})(\\d{2})(\\d{2}(?:\\.\\d+)?)");
	private static final Pattern COLONS = Pattern.compile("(\\d{1,3}):(\\d{1,2}(?:\\.\\d+)?)(?::(\\d{1,2}(?:\\.\\d+)?))?");
	private static final Pattern SYMBOLS = Pattern
			.compile("(\\d{1,3}(?:\\.\\d+)?)°(?:(\\d{1,2}(?:\\.\\d+)?)')?(?:(\\d{1,2}(?:\\.\\d+)?)\"?)?");
	private static final int MINUTES_PER_DEGREE = 60;
	private static final int SECONDS_PER_DEGREE = 3600;

	private AngleText() {
	}

	/**
	 * @param text one angle, already with full-width characters made ASCII
	 * @return the angle in decimal degrees
	 */
	static double parse(String text) throws NumberTextException {
		String s = unifySymbols(text.strip());
		if (s.chars().anyMatch(Character::isWhitespace)) {
			throw new NumberTextException(NumberTextException.PLAIN_NUMBER);
		}
		if (DECIMAL.matcher(s).matches()) {
			return Double.parseDouble(s);
		}
		if (FOUR_DIGITS.matcher(s).matches()) {
			throw new NumberTextException(EXPECTED_NOT_FOUR_DIGITS);
		}
		Matcher m = PACKED.matcher(s);
		if (!m.matches()) {
			m = COLONS.matcher(s);
		}
		if (!m.matches()) {
			m = SYMBOLS.matcher(s);
		}
		if (!m.matches()) {
			throw new NumberTextException(NumberTextException.PLAIN_NUMBER);
		}
		return fromParts(m.group(1), m.group(2), m.group(3));
	}

	/** @return e.g. {@code 84°05'03.20"} with {@code secondDecimals} decimals of seconds */
	static String formatDms(double degrees, int secondDecimals) {
		BigDecimal totalSeconds = BigDecimal.valueOf(Math.abs(degrees)).multiply(BigDecimal.valueOf(SECONDS_PER_DEGREE))
				.setScale(secondDecimals, RoundingMode.HALF_EVEN);
		BigDecimal[] wholeDegrees = totalSeconds.divideAndRemainder(BigDecimal.valueOf(SECONDS_PER_DEGREE));
		BigDecimal[] minutes = wholeDegrees[1].divideAndRemainder(BigDecimal.valueOf(MINUTES_PER_DEGREE));
		String seconds = minutes[1].setScale(secondDecimals, RoundingMode.UNNECESSARY).toPlainString();
		return (degrees < 0 ? "-" : "") + wholeDegrees[0].toBigInteger() + "°"
				+ String.format(Locale.ROOT, "%02d", minutes[0].intValue()) + "'" + (minutes[1].compareTo(BigDecimal.TEN) < 0 ? "0" : "")
				+ seconds + "\"";
	}

	private static String unifySymbols(String s) {
		return s.replace("''", "\"").replace("′′", "\"").replaceAll("[″”“秒]", "\"").replaceAll("[′’‘分]", "'")
				.replace('度', '°').replaceAll("\\s*([°'\":])\\s*", "$1");
	}

	private static double fromParts(String degrees, String minutes, String seconds) throws NumberTextException {
		boolean decimalsOnlyLast = (minutes == null || !degrees.contains("."))
				&& (seconds == null || minutes != null && !minutes.contains("."));
		if (!decimalsOnlyLast) {
			throw new NumberTextException(NumberTextException.PLAIN_NUMBER);
		}
		double m = minutes == null ? 0 : Double.parseDouble(minutes);
		double s = seconds == null ? 0 : Double.parseDouble(seconds);
		if (m >= MINUTES_PER_DEGREE || s >= MINUTES_PER_DEGREE) {
			throw new NumberTextException(EXPECTED_MINUTES_SECONDS);
		}
		return Double.parseDouble(degrees) + m / MINUTES_PER_DEGREE + s / SECONDS_PER_DEGREE;
	}
}
