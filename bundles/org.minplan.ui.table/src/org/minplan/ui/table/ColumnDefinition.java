package org.minplan.ui.table;

import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of a contributed table.
 *
 * @param id      feature name, or the contributed id of a computed column; unique within its table
 * @param header  column header in the user's language
 * @param value   what the column shows and how it is set
 * @param feature the feature shown, for columns bound to one
 * @param editor  how cells are edited; empty when the column is read-only
 * @param width   initial width in pixels
 */
public record ColumnDefinition(String id, String header, ColumnValue value, Optional<EStructuralFeature> feature,
		Optional<EditorKind> editor, int width) {

	/** @return whether cells of this column may be edited (and pasted into) */
	public boolean editable() {
		return editor.isPresent();
	}

	/** @return whether values are numbers (aligned right, sorted numerically) */
	public boolean numeric() {
		return Number.class.isAssignableFrom(boxed(value.valueType()));
	}

	private static Class<?> boxed(Class<?> c) {
		if (c == int.class) {
			return Integer.class;
		}
		if (c == long.class) {
			return Long.class;
		}
		if (c == double.class) {
			return Double.class;
		}
		return c;
	}
}
