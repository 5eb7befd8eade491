package org.minplan.ui.validation;

import org.minplan.core.i18n.Texts;

/** Texts of the validation UI in the workbench's language. */
public final class Messages {

	private Messages() {
	}

	/** @see Texts#get(String, Object...) */
	public static String text(String key, Object... args) {
		return Texts.of(Messages.class).get(key, args);
	}
}
