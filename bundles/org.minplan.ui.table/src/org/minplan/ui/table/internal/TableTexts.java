package org.minplan.ui.table.internal;

import org.minplan.core.i18n.Texts;

/**
 * Texts of the table views in the language Equinox selected ({@code -nl}, else the JVM locale), English as the
 * fallback; keys in {@code messages.properties} / {@code messages_zh.properties} of this package.
 */
public final class TableTexts {

	private TableTexts() {
	}

	/** @see Texts#get(String, Object...) */
	public static String get(String key, Object... args) {
		return Texts.of(TableTexts.class).get(key, args);
	}
}
