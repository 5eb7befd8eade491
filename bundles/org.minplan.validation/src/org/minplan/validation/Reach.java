package org.minplan.validation;

/**
 * How much of the plan a rule must look at again after an edit. The engine uses it to re-check only what
 * an edit can have changed; the rule itself always checks what {@link RuleContext#targets} gives it.
 */
public enum Reach {
	/**
	 * Each element is checked on its own (with read-only lookups elsewhere, e.g. the plan's minimum scale
	 * standards). After an edit the rule runs on the edited elements of its {@link Rule#appliesTo() types};
	 * an edit of another type it is {@link Rule#affectedBy affected by} re-runs it on the whole plan. The
	 * first element of each finding must be the element checked.
	 */
	ELEMENT,
	/**
	 * An element is checked against its spatial neighbours (overlap, containment). After an edit the rule
	 * runs on the edited elements and on the elements of its types whose extent meets the old or new extent
	 * of an edited element. A finding is re-computed when any element it names is re-checked, so it may
	 * name a pair in any order (e.g. by code).
	 */
	NEIGHBOURS,
	/** The rule looks at many elements at once (unique codes, totals). Any relevant edit re-runs it fully. */
	PLAN
}
