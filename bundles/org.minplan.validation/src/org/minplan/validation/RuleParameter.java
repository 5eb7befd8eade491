package org.minplan.validation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A setting of a rule that users may change per plan, e.g. the tolerance of the stated-area check.
 * Values are kept as text in {@link RuleSettings}; rules read them typed through
 * {@link RuleContext#number(String)} and {@link RuleContext#text(String)}, which fall back to the default
 * when the stored text is not valid. The parameter's name and description come from the rule's messages:
 * keys {@code <rule id>.param.<key>}.
 *
 * @param key          name of the parameter, unique within its rule, e.g. {@code tolerancePercent}
 * @param kind         number or text
 * @param defaultValue the value used unless the plan's settings say otherwise
 */
public record RuleParameter(String key, Kind kind, String defaultValue) {

	/** Kind of value. */
	public enum Kind {
		/** A decimal number, e.g. 1.5. */
		NUMBER,
		/** Free text, e.g. a comma-separated list of names. */
		TEXT
	}

	/** @return a number parameter */
	public static RuleParameter number(String key, BigDecimal defaultValue) {
		return new RuleParameter(key, Kind.NUMBER, defaultValue.toPlainString());
	}

	/** @return a text parameter */
	public static RuleParameter text(String key, String defaultValue) {
		return new RuleParameter(key, Kind.TEXT, defaultValue);
	}

	/** @return whether {@code value} is acceptable for this parameter (numbers must parse) */
	public boolean accepts(String value) {
		return value != null && (kind == Kind.TEXT || parseNumber(value).isPresent());
	}

	/** @return the value as a number, if it is one */
	public static Optional<BigDecimal> parseNumber(String value) {
		try {
			return Optional.of(new BigDecimal(value.trim()));
		} catch (NumberFormatException | NullPointerException e) {
			return Optional.empty();
		}
	}
}
