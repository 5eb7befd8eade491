package org.minplan.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-visible texts of one bundle, read from {@code messages.properties} (English, the fallback)
 * and {@code messages_zh.properties} (Chinese) next to the class that owns them.
 * <p>
 * Files are UTF-8 (Java 9+ reads property resource bundles as UTF-8). The locale is the JVM default
 * unless given, which Equinox sets from {@code -nl}; a missing Chinese text falls back to the English
 * one, a missing key shows as {@code !key!} so it is noticed rather than crashing a dialog.
 */
public final class Texts {

	private final ResourceBundle bundle;

	private Texts(ResourceBundle bundle) {
		this.bundle = bundle;
	}

	/**
	 * @param owner  a class of the bundle; the properties live in its package
	 * @param locale the language to show
	 */
	public static Texts of(Class<?> owner, Locale locale) {
		String base = owner.getPackageName() + ".messages";
		// No fallback to the JVM default locale: asking for English must give English even on a Chinese desktop.
		ResourceBundle.Control control = ResourceBundle.Control
				.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		return new Texts(ResourceBundle.getBundle(base, locale, owner.getClassLoader(), control));
	}

	/** Texts in the JVM default locale. */
	public static Texts of(Class<?> owner) {
		return of(owner, Locale.getDefault());
	}

	/** @return the locale the texts were found for (root = English) */
	public Locale locale() {
		return bundle.getLocale();
	}

	/**
	 * @param key  message key
	 * @param args values for {@code {0}}, {@code {1}}, … placeholders ({@link MessageFormat} syntax)
	 */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			return '!' + key + '!';
		}
		return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
	}
}
