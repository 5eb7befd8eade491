package org.minplan.ui.table.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a filter-row text keeps: cells whose text contains it (ignoring case); in number columns also
 * comparisons such as {@code >10}, {@code <=2.5}, {@code =0}, {@code <>0}. An empty filter {@code =} keeps empty
 * cells.
 */
public final class CellFilter {

	private CellFilter() {
	}

	/** @return the test of cell values for a filter text */
	public static Predicate<Object> of(String filterText, boolean numeric) {
		String text = filterText.strip();
		if (text.equals("=")) {
			return value -> CellText.format(value).isEmpty();
		}
		if (numeric) {
			Predicate<Object> comparison = comparison(text);
			if (comparison != null) {
				return comparison;
			}
		}
		String needle = text.toLowerCase(Locale.ROOT);
		return value -> CellText.format(value).toLowerCase(Locale.ROOT).contains(needle);
	}

	private static Predicate<Object> comparison(String text) {
		String[] operators = { ">=", "<=", "<>", "!=", ">", "<", "=" };
		for (String op : operators) {
			if (text.startsWith(op)) {
				BigDecimal bound;
				try {
					bound = new BigDecimal(text.substring(op.length()).strip().replace(",", ""));
				} catch (NumberFormatException e) {
					return null;
				}
				return value -> {
					if (!(value instanceof Number n)) {
						return false;
					}
					int c = new BigDecimal(n.toString()).compareTo(bound);
					return switch (op) {
					case ">=" -> c >= 0;
					case "<=" -> c <= 0;
					case "<>", "!=" -> c != 0;
					case ">" -> c > 0;
					case "<" -> c < 0;
					default -> c == 0;
					};
				};
			}
		}
		return null;
	}
}
