package org.minplan.importer.read;

/**
 * One problem found in a submission. An import with any {@link Kind#ERROR} is rejected as a whole.
 *
 * @param kind     error (rejects the import) or warning (shown in the preview, does not block)
 * @param where    file, sheet/layer, row/feature, column/field
 * @param found    the value found, as written in the file (null when nothing was there)
 * @param expected what was expected, in the user's language, e.g. "a number of square kilometres"
 * @param message  the full sentence shown to the user, in the user's language; names the place too
 */
public record ImportProblem(Kind kind, SourceLocation where, String found, String expected, String message) {

	/** How serious a problem is. */
	public enum Kind {
		/** The submission cannot be applied. */
		ERROR,
		/** Applied, but the user should look. */
		WARNING
	}
}
