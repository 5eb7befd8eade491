package org.minplan.ui.map.internal;

import org.minplan.core.i18n.Texts;

/**
 * Texts of the map editor in the user's language, English as the fallback ({@code messages.properties},
 * {@code messages_zh.properties} in this package).
 */
public final class MapTexts {

	private MapTexts() {
	}

	/** @see Texts#get(String, Object...) */
	public static String get(String key, Object... args) {
		return Texts.of(MapTexts.class).get(key, args);
	}
}
