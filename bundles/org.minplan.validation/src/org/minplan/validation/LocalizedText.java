package org.minplan.validation;

import java.util.Locale;

/**
 * A text that is put into words only when shown, in the viewer's language — e.g. a model class name
 * inside a finding message. Findings keep such arguments and resolve them in
 * {@link Finding#message(Locale)}.
 */
@FunctionalInterface
public interface LocalizedText {

	/** @return the text in the given language */
	String text(Locale locale);
}
