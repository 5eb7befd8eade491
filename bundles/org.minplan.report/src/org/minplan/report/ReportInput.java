package org.minplan.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.minplan.model.Plan;

/**
 * What a report is built from.
 *
 * @param plan       the plan (not changed by the report)
 * @param planFile   the plan's file, or null for a plan not saved yet (e.g. the open plan in the workbench)
 * @param parameters parameter id → value as typed
 * @param locale     language of the report's text (Chinese or English)
 */
public record ReportInput(Plan plan, Path planFile, Map<String, String> parameters, Locale locale) {

	/** Copies the parameters. */
	public ReportInput {
		parameters = Map.copyOf(parameters);
	}

	/** @return the parameter's value, or null */
	public String parameter(String id) {
		return parameters.get(id);
	}
}
