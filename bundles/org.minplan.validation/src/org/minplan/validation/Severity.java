package org.minplan.validation;

import java.util.Locale;
import java.util.Optional;

import org.minplan.core.i18n.Texts;

/** How serious a finding is. Errors block a submission: {@code minplan validate} exits with 1. */
public enum Severity {
	/** The plan breaks a rule it must keep (错误). */
	ERROR,
	/** Probably wrong; a reviewer should look (警告). */
	WARNING,
	/** Worth knowing, nothing to fix (提示). */
	INFO;

	/** @return the id used in settings files, plugin.xml and reports: error, warning, info */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the name users see, e.g. 错误 / Error */
	public String label(Locale locale) {
		return Texts.of(Severity.class, locale).get("severity." + id());
	}

	/** @return the severity of an id ({@link #id()}, any case), if it is one */
	public static Optional<Severity> parse(String id) {
		for (Severity severity : values()) {
			if (severity.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
				return Optional.of(severity);
			}
		}
		return Optional.empty();
	}
}
