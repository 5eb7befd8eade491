package org.minplan.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A parameter of a report, e.g. the county of a county summary or the second plan file of a change
 * report.
 *
 * @param id           key in {@link ReportInput#parameters()} and on the command line ({@code --param id=value})
 * @param label        label in the user's language
 * @param kind         what kind of value it takes
 * @param required     whether the report cannot run without it
 * @param defaultValue value used when none is given (may be null)
 * @param choices      for {@link Kind#CHOICE}: the allowed values (e.g. county codes), given the locale → value/label pairs; else null
 */
public record ReportParameter(String id, Function<Locale, String> label, Kind kind, boolean required,
		String defaultValue, Function<ReportInput, List<Choice>> choices) {

	/** The kind of value. */
	public enum Kind {
		/** Free text. */
		TEXT,
		/** One of {@link ReportParameter#choices()}. */
		CHOICE,
		/** A file path (e.g. another plan). */
		FILE,
		/** true/false. */
		BOOLEAN
	}

	/** A value the user can choose and its label. */
	public record Choice(String value, String label) {
	}
}
