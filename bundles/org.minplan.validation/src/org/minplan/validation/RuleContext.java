package org.minplan.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.Geometry;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.Plan;

/**
 * What a rule sees during one check: the plan, the elements to check, the plan's geometries, its parameter
 * values, and where to report findings. Valid only during {@link Rule#check}.
 */
public interface RuleContext {

	/** @return the plan being checked */
	Plan plan();

	/** @return true when the whole plan is checked, false for a re-check after an edit */
	boolean isFullRun();

	/**
	 * The elements to check: in a full run every element of that type the plan holds (in plan order); after
	 * an edit only those the engine chose (edited elements and, for {@link Reach#NEIGHBOURS} rules, their
	 * neighbours). Checking stops with an {@link org.eclipse.core.runtime.OperationCanceledException} when
	 * the user cancels, so loops over targets need no cancel checks of their own.
	 *
	 * @param type a model interface, e.g. {@code MiningBlock.class} or {@code Block.class}
	 */
	<T extends EObject> List<T> targets(Class<T> type);

	/** @return whether the element is among the {@link #targets} of this check */
	boolean isTarget(EObject element);

	/** @return every element of that type in the plan (direct contents of the plan), in plan order */
	<T extends EObject> List<T> all(Class<T> type);

	/** @return the plan's geometries on a common plane, with a spatial index */
	PlanSpace space();

	/** @return the coordinate transformer of this validation (proj4j systems cached; thread-safe) */
	CrsTransformer transformer();

	/** @return the value of a number parameter (the plan's setting, else the default) */
	BigDecimal number(String parameterKey);

	/** @return the value of a text parameter (the plan's setting, else the default) */
	String text(String parameterKey);

	/** @return the label of an element as the explorer shows it */
	String label(EObject element);

	/** Stops the check if the user cancelled ({@link org.eclipse.core.runtime.OperationCanceledException}). */
	void checkCanceled();

	/**
	 * Starts a finding of this rule. The message is {@code <rule id>.<key>} of the rule's
	 * {@code messages.properties}; arguments are strings (format numbers with
	 * {@link org.minplan.validation.support.Quantities#format}) or {@link LocalizedText}s.
	 * Nothing is reported until {@link FindingBuilder#report()}.
	 */
	FindingBuilder finding(String key, Object... arguments);

	/** Builds one finding; ends with {@link #report()}. */
	interface FindingBuilder {

		/** Names the elements concerned, the checked element first (labels are taken now). */
		FindingBuilder on(EObject... elements);

		/** Names the elements concerned, the checked element first. */
		FindingBuilder on(List<? extends EObject> elements);

		/** Where on the map, a geometry on {@link PlanSpace#plane()} (e.g. the overlap). */
		FindingBuilder at(Geometry location);

		/**
		 * A severity other than the rule's default for this finding (e.g. a check that could not be made is a
		 * warning in an error rule). A severity set in the plan's settings still wins.
		 */
		FindingBuilder severity(Severity severity);

		/** A certain fix. */
		FindingBuilder fix(QuickFix fix);

		/** Reports the finding. */
		void report();
	}
}
