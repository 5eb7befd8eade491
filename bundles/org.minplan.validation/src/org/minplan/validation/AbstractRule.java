package org.minplan.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.minplan.core.i18n.Texts;

/**
 * Base class of rules: keeps id, category, default severity, types and parameters, and reads the title,
 * description and parameter names from the {@code messages.properties} / {@code messages_zh.properties}
 * of the rule's package with the keys {@code <id>.title}, {@code <id>.description} and
 * {@code <id>.param.<key>}. Findings reported with {@link RuleContext#finding} use the same files.
 */
public abstract class AbstractRule implements Rule {

	private final String id;
	private final RuleCategory category;
	private final Severity severity;
	private final Set<EClass> appliesTo;
	private final List<RuleParameter> parameters;

	protected AbstractRule(String id, RuleCategory category, Severity severity, List<RuleParameter> parameters,
			EClass... appliesTo) {
		this.id = id;
		this.category = category;
		this.severity = severity;
		this.parameters = List.copyOf(parameters);
		this.appliesTo = Set.copyOf(Arrays.asList(appliesTo));
	}

	protected AbstractRule(String id, RuleCategory category, Severity severity, EClass... appliesTo) {
		this(id, category, severity, List.of(), appliesTo);
	}

	@Override
	public final String id() {
		return id;
	}

	@Override
	public final RuleCategory category() {
		return category;
	}

	@Override
	public final Severity defaultSeverity() {
		return severity;
	}

	@Override
	public final Set<EClass> appliesTo() {
		return appliesTo;
	}

	@Override
	public final List<RuleParameter> parameters() {
		return parameters;
	}

	@Override
	public String title(Locale locale) {
		return texts(locale).get(id + ".title");
	}

	@Override
	public String description(Locale locale) {
		return texts(locale).get(id + ".description");
	}

	/** @return the name of a parameter, e.g. 面积容差（%） */
	public String parameterLabel(String key, Locale locale) {
		return texts(locale).get(id + ".param." + key);
	}

	/** @return the texts of the rule's package */
	protected final Texts texts(Locale locale) {
		return Texts.of(getClass(), locale);
	}

	@Override
	public String toString() {
		return id;
	}
}
