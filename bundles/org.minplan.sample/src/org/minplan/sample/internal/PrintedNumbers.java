package org.minplan.sample.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as the plan prints them: "8,946", "25.50" (scale kept), blanks, "xxx" (withheld) and "-". */
public final class PrintedNumbers {

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");

	private PrintedNumbers() {
	}

	/** @return true when the text is a plain number, with or without thousands separators */
	public static boolean isNumber(String text) {
		return text != null && NUMBER.matcher(text.strip()).matches();
	}

	/** @return true for a blank cell, a withheld value ({@code xxx}) or a dash */
	public static boolean isBlank(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.equalsIgnoreCase("xxx") || t.equals("-");
	}

	/** @return true when the plan withholds the value ({@code xxx}) */
	public static boolean isWithheld(String text) {
		return text != null && text.strip().equalsIgnoreCase("xxx");
	}

	/** @return the number with its printed scale and without thousands separators, or null when not a number */
	public static BigDecimal decimal(String text) {
		if (!isNumber(text)) {
			return null;
		}
		return new BigDecimal(text.strip().replace(",", ""));
	}
}
