package org.minplan.ui;

import org.minplan.core.i18n.Texts;

/**
 * Texts of the workbench UI in the language Equinox selected ({@code -nl}, else the JVM locale), with
 * English as the fallback. Keys live in {@code messages.properties}/{@code messages_zh.properties}.
 */
public final class UiTexts {

	private UiTexts() {
	}

	/** @see Texts#get(String, Object...) */
	public static String get(String key, Object... args) {
		return Texts.of(UiTexts.class).get(key, args);
	}
}
