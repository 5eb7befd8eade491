package org.minplan.validation.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minplan.model.Comparator;
import org.minplan.model.Indicator;

/**
 * An indicator's target (规划目标) as bounds, and whether a value meets it — one reading for the policy rules
 * that check indicators and the reports that print their achievement (达成情况).
 */
public final class IndicatorTargets {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Pattern RANGE_TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[-~～—至]\\s*(\\d+(?:\\.\\d+)?)");

	private IndicatorTargets() {
	}

	/**
	 * @return {low, high}: as set on the indicator, else read from the printed target ("≤230", "≥40",
	 *         "2-3"); for at-most the printed number is the high bound, otherwise the low one; either may be null
	 */
	public static BigDecimal[] bounds(Indicator indicator) {
		BigDecimal low = indicator.getTargetLow();
		BigDecimal high = indicator.getTargetHigh();
		if (low == null && high == null && indicator.getTargetText() != null) {
			Matcher range = RANGE_TEXT.matcher(indicator.getTargetText());
			if (range.find()) {
				low = new BigDecimal(range.group(1));
				high = new BigDecimal(range.group(2));
			} else {
				BigDecimal printed = Quantities.parseNumber(indicator.getTargetText()).orElse(null);
				if (indicator.getComparator() == Comparator.AT_MOST) {
					high = printed;
				} else {
					low = printed;
				}
			}
		}
		return new BigDecimal[] { low, high };
	}

	/**
	 * @param value        the value the plan's data give
	 * @param low          the low bound (may be null when high is set)
	 * @param high         the high bound (may be null when low is set)
	 * @param comparator   how the target reads (≤, ≥, =, range, about)
	 * @param aboutPercent for "about" (约) targets: how far off, in percent of the target, still meets it
	 * @return whether the value meets the target
	 */
	public static boolean meets(BigDecimal value, BigDecimal low, BigDecimal high, Comparator comparator,
			BigDecimal aboutPercent) {
		BigDecimal target = low != null ? low : high;
		return switch (comparator) {
		case AT_MOST -> value.compareTo(high != null ? high : low) <= 0;
		case AT_LEAST -> value.compareTo(low != null ? low : high) >= 0;
		case EQUAL -> Quantities.agrees(target, value, BigDecimal.ZERO);
		case RANGE -> (low == null || value.compareTo(low) >= 0) && (high == null || value.compareTo(high) <= 0);
		case ABOUT -> value.subtract(target).abs()
				.compareTo(target.abs().multiply(aboutPercent).divide(HUNDRED, 12, RoundingMode.HALF_UP)) <= 0;
		};
	}
}
