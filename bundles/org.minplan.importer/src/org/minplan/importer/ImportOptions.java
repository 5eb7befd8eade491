package org.minplan.importer;

import java.nio.charset.Charset;
import java.util.Locale;

import org.minplan.importer.read.ReadOptions;
import org.minplan.validation.RuleSettings;

/**
 * What the user says about one import: overrides of what the file and the county profile say, the
 * language of the messages, the plan's rule settings and the limits against hostile files.
 *
 * @param encoding   encoding of CSV/DBF text, or null to detect it (see {@link ReadOptions#encoding()})
 * @param epsg       coordinate system (EPSG) overriding the file's and the profile's; 0 = as declared
 * @param locale     language of problems, findings and the preview
 * @param settings   the plan's rule settings (switched-off rules, severities) for validating the result
 * @param maxBytes   largest file accepted (XLSX: inflated)
 * @param maxRecords most rows/features per table
 */
public record ImportOptions(Charset encoding, int epsg, Locale locale, RuleSettings settings, long maxBytes,
		int maxRecords) {

	/** @return detection of encoding and coordinate system, default rule settings and limits */
	public static ImportOptions defaults(Locale locale) {
		return new ImportOptions(null, 0, locale, new RuleSettings(), ReadOptions.DEFAULT_MAX_BYTES,
				ReadOptions.DEFAULT_MAX_RECORDS);
	}

	/** @return these options with a declared encoding (null = detect) */
	public ImportOptions withEncoding(Charset charset) {
		return new ImportOptions(charset, epsg, locale, settings, maxBytes, maxRecords);
	}

	/** @return these options with a coordinate system override (0 = as declared) */
	public ImportOptions withEpsg(int code) {
		return new ImportOptions(encoding, code, locale, settings, maxBytes, maxRecords);
	}

	/** @return these options with the plan's rule settings */
	public ImportOptions withSettings(RuleSettings ruleSettings) {
		return new ImportOptions(encoding, epsg, locale, ruleSettings, maxBytes, maxRecords);
	}

	/** @return these options with other limits */
	public ImportOptions withLimits(long bytes, int records) {
		return new ImportOptions(encoding, epsg, locale, settings, bytes, records);
	}

	/** @return what a reader needs to know, with the county's defaults */
	public ReadOptions readOptions(SubmissionProfile profile) {
		return new ReadOptions(encoding, profile.defaultEncoding(), epsg, locale, maxBytes, maxRecords);
	}
}
