package org.minplan.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minplan.core.i18n.Texts;

/**
 * A message in the user's language: a key of the {@code messages.properties} next to {@code owner} and
 * the values of its placeholders. Arguments are strings (numbers already formatted, see
 * {@link org.minplan.validation.support.Quantities#format}) or {@link LocalizedText}s.
 *
 * @param owner     a class whose package holds the messages (the rule class)
 * @param key       message key
 * @param arguments placeholder values {0}, {1}, …
 */
public record Message(Class<?> owner, String key, List<Object> arguments) {

	public Message {
		arguments = List.copyOf(arguments);
	}

	/** @return the message text in the given language */
	public String text(Locale locale) {
		return Texts.of(owner, locale).get(key, resolved(locale).toArray());
	}

	/** @return the arguments as the message shows them in the given language */
	public List<String> resolved(Locale locale) {
		List<String> values = new ArrayList<>(arguments.size());
		for (Object argument : arguments) {
			values.add(argument instanceof LocalizedText text ? text.text(locale) : String.valueOf(argument));
		}
		return values;
	}
}
