package org.minplan.ui.table;

import java.util.Locale;
import java.util.Optional;

/** How a table cell is edited (attribute {@code editor} of {@code <column>}). */
public enum EditorKind {
	/** A text field. */
	TEXT,
	/** A text field that accepts numbers only (thousands separators allowed). */
	NUMBER,
	/** A drop-down list of fixed values: enum values, yes/no. */
	COMBO,
	/** A drop-down list of plan elements of the referenced kind, e.g. the counties or minerals of the plan. */
	REFERENCE;

	/** @return the kind named in a contribution ({@code text}, {@code number}, {@code combo}, {@code reference}) */
	public static Optional<EditorKind> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
