package org.minplan.ui.importer.internal;

import org.minplan.core.i18n.Texts;

/** Texts of the import wizard (messages.properties / messages_zh.properties of this package). */
final class ImportTexts {

	private ImportTexts() {
	}

	/** @see Texts#get(String, Object...) */
	static String get(String key, Object... args) {
		return Texts.of(ImportTexts.class).get(key, args);
	}
}
