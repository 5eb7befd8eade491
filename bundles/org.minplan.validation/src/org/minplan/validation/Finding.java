package org.minplan.validation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.Geometry;

/**
 * One problem a rule found: which rule, how severe, which elements, a message with the numbers involved,
 * where on the map (optional) and how to fix it (optional). Immutable; safe to hand from the checking
 * thread to the UI thread (labels and message arguments are captured when the finding is made; the message
 * is put into words in the viewer's language on demand).
 */
public final class Finding {

	private final String ruleId;
	private final Severity severity;
	private final List<EObject> elements;
	private final List<String> elementLabels;
	private final Message message;
	private final Geometry location;
	private final QuickFix quickFix;

	/**
	 * @param location geometry in the plane of the validation run ({@link Geometry#getSRID()} = its EPSG
	 *                 code), or null; not copied — do not modify
	 * @param quickFix or null
	 */
	public Finding(String ruleId, Severity severity, List<? extends EObject> elements, List<String> elementLabels,
			Message message, Geometry location, QuickFix quickFix) {
		this.ruleId = ruleId;
		this.severity = severity;
		this.elements = List.copyOf(elements);
		this.elementLabels = List.copyOf(elementLabels);
		this.message = message;
		this.location = location;
		this.quickFix = quickFix;
	}

	/** @return id of the rule that found it */
	public String ruleId() {
		return ruleId;
	}

	/** @return effective severity (the plan's settings applied) */
	public Severity severity() {
		return severity;
	}

	/** @return the elements concerned, the checked element first; may be empty for plan-wide findings */
	public List<EObject> elements() {
		return elements;
	}

	/** @return the first element, the one a viewer should select */
	public Optional<EObject> element() {
		return elements.isEmpty() ? Optional.empty() : Optional.of(elements.get(0));
	}

	/** @return the labels of {@link #elements()} as the explorer shows them (PlanLabels), same order */
	public List<String> elementLabels() {
		return elementLabels;
	}

	/** @return the message in the given language, with the numbers involved */
	public String message(Locale locale) {
		return message.text(locale);
	}

	/** @return the message key and arguments (the numbers involved), e.g. for reports */
	public Message messageSource() {
		return message;
	}

	/**
	 * @return where on the map, in the plane of the validation run ({@link Geometry#getSRID()} is its EPSG
	 *         code, a Gauss–Krüger zone without prefix); e.g. the overlap of two blocks. Do not modify.
	 */
	public Optional<Geometry> location() {
		return Optional.ofNullable(location);
	}

	/** @return a certain fix, if there is one */
	public Optional<QuickFix> quickFix() {
		return Optional.ofNullable(quickFix);
	}

	/** @return whether this finding names the element */
	public boolean concerns(EObject element) {
		for (EObject e : elements) {
			if (e == element) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return severity.id() + " " + ruleId + " " + elementLabels + ": " + message(Locale.ENGLISH);
	}
}
