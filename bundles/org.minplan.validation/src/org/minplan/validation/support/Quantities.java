package org.minplan.validation.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Numbers as plans print them: formatting for messages, the rounding a printed number allows, and the
 * Chinese units of tables (万吨, 亿立方米, 公顷, 平方千米 …) converted to a base unit per dimension.
 */
public final class Quantities {

	/** What a unit measures; values of one dimension can be converted into each other. */
	public enum Dimension {
		/** Base unit: tonne (吨). */
		MASS,
		/** Base unit: cubic metre (立方米). */
		VOLUME,
		/** Base unit: square metre (平方米). */
		AREA,
		/** Base unit: yuan (元). */
		MONEY,
		/** Things counted: 个, 处, 家, 座 … */
		COUNT,
		/** Percent. */
		PERCENT
	}

	/**
	 * A parsed unit.
	 *
	 * @param dimension what it measures
	 * @param factor    how many base units one of this unit is, e.g. 万吨 → 10 000 (tonnes)
	 */
	public record Unit(Dimension dimension, BigDecimal factor) {

		/** @return whether values in this unit can be converted into {@code other} */
		public boolean comparableWith(Unit other) {
			return dimension == other.dimension;
		}

		/** @return {@code value} of this unit expressed in {@code other} */
		public BigDecimal convert(BigDecimal value, Unit other) {
			if (!comparableWith(other)) {
				throw new IllegalArgumentException(dimension + " cannot be converted to " + other.dimension);
			}
			return value.multiply(factor).divide(other.factor, 12, RoundingMode.HALF_UP).stripTrailingZeros();
		}
	}

	private record Base(String text, Dimension dimension, BigDecimal factor) {
	}

	/** Longest first, so 平方千米 is not read as 千 + 米. */
	private static final List<Base> BASES = List.of(new Base("万平方公里", Dimension.AREA, new BigDecimal("1E10")),
			new Base("万平方千米", Dimension.AREA, new BigDecimal("1E10")),
			new Base("平方千米", Dimension.AREA, new BigDecimal("1E6")),
			new Base("平方公里", Dimension.AREA, new BigDecimal("1E6")), new Base("km²", Dimension.AREA, new BigDecimal("1E6")),
			new Base("km2", Dimension.AREA, new BigDecimal("1E6")), new Base("公顷", Dimension.AREA, new BigDecimal("1E4")),
			new Base("hm²", Dimension.AREA, new BigDecimal("1E4")), new Base("hm2", Dimension.AREA, new BigDecimal("1E4")),
			new Base("平方米", Dimension.AREA, BigDecimal.ONE), new Base("m²", Dimension.AREA, BigDecimal.ONE),
			new Base("m2", Dimension.AREA, BigDecimal.ONE), new Base("立方米", Dimension.VOLUME, BigDecimal.ONE),
			new Base("m³", Dimension.VOLUME, BigDecimal.ONE), new Base("m3", Dimension.VOLUME, BigDecimal.ONE),
			new Base("方", Dimension.VOLUME, BigDecimal.ONE), new Base("千克", Dimension.MASS, new BigDecimal("0.001")),
			new Base("公斤", Dimension.MASS, new BigDecimal("0.001")), new Base("吨", Dimension.MASS, BigDecimal.ONE),
			new Base("克", Dimension.MASS, new BigDecimal("0.000001")), new Base("t", Dimension.MASS, BigDecimal.ONE),
			new Base("元", Dimension.MONEY, BigDecimal.ONE), new Base("个", Dimension.COUNT, BigDecimal.ONE),
			new Base("处", Dimension.COUNT, BigDecimal.ONE), new Base("家", Dimension.COUNT, BigDecimal.ONE),
			new Base("座", Dimension.COUNT, BigDecimal.ONE), new Base("种", Dimension.COUNT, BigDecimal.ONE),
			new Base("宗", Dimension.COUNT, BigDecimal.ONE), new Base("%", Dimension.PERCENT, BigDecimal.ONE),
			new Base("％", Dimension.PERCENT, BigDecimal.ONE));

	private Quantities() {
	}

	/**
	 * Reads a unit as tables print it, ignoring what is measured ("矿石 万吨", "Au 吨", "原煤万吨",
	 * "万立方米/年", "Na ₂ SO ₄ 万吨"): the base unit at the end (a per-year "/年" removed), with the magnitude
	 * before it (亿, 万, 千).
	 *
	 * @return the unit, or empty if none is recognised
	 */
	public static Optional<Unit> parseUnit(String text) {
		if (text == null) {
			return Optional.empty();
		}
		StringBuilder compact = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(compact::appendCodePoint);
		String t = compact.toString();
		for (String perYear : List.of("/年", "/a", "每年")) {
			if (t.endsWith(perYear)) {
				t = t.substring(0, t.length() - perYear.length());
			}
		}
		for (Base base : BASES) {
			if (t.endsWith(base.text())) {
				BigDecimal factor = base.factor();
				String before = t.substring(0, t.length() - base.text().length());
				if (before.endsWith("亿")) {
					factor = factor.multiply(new BigDecimal("1E8"));
				} else if (before.endsWith("万")) {
					factor = factor.multiply(new BigDecimal("1E4"));
				} else if (before.endsWith("千") && base.dimension() != Dimension.AREA) {
					factor = factor.multiply(new BigDecimal("1E3"));
				}
				return Optional.of(new Unit(base.dimension(), factor));
			}
		}
		return Optional.empty();
	}

	/** @return a number as plans print it: no exponent, no trailing zeros (26, 0.14, 1556.47) */
	public static String format(BigDecimal value) {
		if (value.signum() == 0) {
			return "0";
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/** @return a measured number rounded to at most {@code decimals} decimals, e.g. an area */
	public static String format(double value, int decimals) {
		return format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
	}

	/**
	 * @return half a unit of the last printed decimal — the rounding a printed number may carry: 1556.47 →
	 *         0.005, 0.1 → 0.05; whole numbers (counts, 26) are taken as exact: 0
	 */
	public static BigDecimal halfUnit(BigDecimal printed) {
		int scale = printed.scale();
		return scale <= 0 ? BigDecimal.ZERO : BigDecimal.ONE.scaleByPowerOfTen(-scale).divide(BigDecimal.valueOf(2));
	}

	/**
	 * @return whether a printed number agrees with an exact one, given the rounding of the printed number
	 *         and an extra allowance (e.g. the rounding of the numbers that were added up)
	 */
	public static boolean agrees(BigDecimal printed, BigDecimal exact, BigDecimal allowance) {
		return printed.subtract(exact).abs().compareTo(halfUnit(printed).add(allowance)) <= 0;
	}

	/** @return the number of a text as printed ("1,556.47", "≤230", "241 个"), if it holds one number */
	public static Optional<BigDecimal> parseNumber(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.replace(",", "").replace("，", "").trim();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?").matcher(t);
		if (!m.find()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(m.group());
		return m.find() ? Optional.empty() : Optional.of(value);
	}
}
