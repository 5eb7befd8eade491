package org.minplan.validation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A validation rule (校验规则): checks one aspect of a plan and reports {@link Finding}s through the
 * {@link RuleContext}. Rules are contributed through the extension point {@code org.minplan.validation.rules}
 * (see {@link RuleRegistry}) or registered in plain Java; most extend {@link AbstractRule}.
 * <p>
 * One instance serves every plan and may be called from any thread, one call at a time per plan: keep no
 * state between calls of {@link #check}. A rule only reads the model; changes go through quick fixes.
 */
public interface Rule {

	/** @return the permanent id, e.g. {@code spatial.sameKindOverlap} */
	String id();

	/** @return what the rule checks */
	RuleCategory category();

	/** @return severity of its findings unless the plan's settings override it */
	Severity defaultSeverity();

	/** @return the model classes whose elements the rule checks (its findings name these first) */
	Set<EClass> appliesTo();

	/** @return how much must be re-checked after an edit; {@link Reach#ELEMENT} unless overridden */
	default Reach reach() {
		return Reach.ELEMENT;
	}

	/**
	 * Whether an edit can change this rule's findings; the engine re-runs the rule after an edit only if
	 * this says yes for an edited element. By default: any change of an element of an {@link #appliesTo()}
	 * type. Rules narrow it (e.g. only geometry) to keep live validation fast, or widen it to types they
	 * look up (e.g. the minimum scale standards).
	 *
	 * @param type    class of the edited element (for nested objects such as an element selector: the
	 *                plan element that contains it)
	 * @param feature the feature that changed, or {@code null} when the element was added or removed
	 */
	default boolean affectedBy(EClass type, EStructuralFeature feature) {
		for (EClass applies : appliesTo()) {
			if (applies.isSuperTypeOf(type)) {
				return true;
			}
		}
		return false;
	}

	/** @return the parameters users may set per plan (empty by default) */
	default List<RuleParameter> parameters() {
		return List.of();
	}

	/** @return short title, e.g. 同类区块不得重叠 / Blocks of the same kind must not overlap */
	String title(Locale locale);

	/** @return what the rule checks and why, one or two sentences */
	String description(Locale locale);

	/**
	 * Checks the {@link RuleContext#targets targets} and reports findings. Must not throw: the engine turns
	 * an exception into an error finding naming the rule and logs it.
	 */
	void check(RuleContext context);
}
