package org.minplan.ui.report.internal;

import org.minplan.core.i18n.Texts;

/** Texts of the report wizard (messages.properties / messages_zh.properties of this package). */
final class ReportUiTexts {

	private ReportUiTexts() {
	}

	/** @see Texts#get(String, Object...) */
	static String get(String key, Object... args) {
		return Texts.of(ReportUiTexts.class).get(key, args);
	}
}
