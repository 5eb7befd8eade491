package org.minplan.ui.viewers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A folder in the plan tree: the elements of one containment list of the plan, e.g. all exploration blocks.
 *
 * @param owner   the plan
 * @param feature the containment list
 */
public record FeatureGroup(EObject owner, EReference feature) {

	/** @return the elements of the group */
	@SuppressWarnings("unchecked")
	public List<EObject> elements() {
		return (List<EObject>) owner.eGet(feature);
	}
}
