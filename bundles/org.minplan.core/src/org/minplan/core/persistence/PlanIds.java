package org.minplan.core.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.minplan.model.Identified;
import org.minplan.model.Plan;

/** Stable identifiers of plan elements. */
public final class PlanIds {

	private PlanIds() {
	}

	/** @return a new random UUID text for an element created by a user */
	public static String random() {
		return UUID.randomUUID().toString();
	}

	/**
	 * @return a UUID derived from a name (name-based, version 3), so generators produce the same ids every
	 *         run and a regenerated sample plan diffs cleanly
	 */
	public static String fromName(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

	/** Gives a random id to every element of the plan (the plan included) that has none. */
	public static void assignMissing(Plan plan) {
		if (plan.getId() == null || plan.getId().isEmpty()) {
			plan.setId(random());
		}
		for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified element && (element.getId() == null || element.getId().isEmpty())) {
				element.setId(random());
			}
		}
	}
}
