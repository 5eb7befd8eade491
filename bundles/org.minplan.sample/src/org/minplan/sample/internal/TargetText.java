package org.minplan.sample.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minplan.model.Comparator;

/**
 * A target as printed (规划目标), read into comparator and bounds: ≤230 → at most 230; ≥40 → at least 40;
 * 2-3, 7-10 处, 3~5 → range; a bare number → the table's default comparator (at least for exploration
 * targets, at most for output caps).
 *
 * @param comparator how the target is to be met, null when nothing is printed
 * @param low        lower bound (at least, range), else null
 * @param high       upper bound (at most, range), else null
 */
record TargetText(Comparator comparator, BigDecimal low, BigDecimal high) {

	private static final Pattern TARGET = Pattern
			.compile("(≤|<=|≥|>=)?\\s*(\\d+(?:\\.\\d+)?)\\s*(?:[-~～—–]\\s*(\\d+(?:\\.\\d+)?))?\\s*\\D*");

	static TargetText parse(String printed, Comparator bareNumber) {
		String text = printed == null ? "" : printed.strip();
		Matcher m = TARGET.matcher(text);
		if (text.isEmpty() || !m.matches()) {
			return new TargetText(null, null, null);
		}
		BigDecimal first = new BigDecimal(m.group(2));
		if (m.group(3) != null) {
			return new TargetText(Comparator.RANGE, first, new BigDecimal(m.group(3)));
		}
		String sign = m.group(1) == null ? "" : m.group(1);
		Comparator comparator = switch (sign) {
		case "≤", "<=" -> Comparator.AT_MOST;
		case "≥", ">=" -> Comparator.AT_LEAST;
		default -> bareNumber;
		};
		return comparator == Comparator.AT_LEAST ? new TargetText(comparator, first, null)
				: comparator == Comparator.AT_MOST ? new TargetText(comparator, null, first)
						: new TargetText(comparator, first, first);
	}
}
