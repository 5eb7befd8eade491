package org.minplan.ui.viewers;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.SpatialElement;

/**
 * A folder in the plan tree: the elements of one containment list of the plan, e.g. all exploration blocks,
 * optionally only those of one county (when the explorer groups by county).
 *
 * @param owner    the plan
 * @param feature  the containment list
 * @param county   only elements in this county; {@code null} with {@code byCounty} for elements without one
 * @param byCounty whether the county filter applies
 */
public record FeatureGroup(EObject owner, EReference feature, AdministrativeDivision county, boolean byCounty) {

	/** A folder of all elements of a list. */
	public FeatureGroup(EObject owner, EReference feature) {
		this(owner, feature, null, false);
	}

	/** @return the elements of the group */
	@SuppressWarnings("unchecked")
	public List<EObject> elements() {
		List<EObject> all = (List<EObject>) owner.eGet(feature);
		if (!byCounty) {
			return all;
		}
		return all.stream().filter(e -> e instanceof SpatialElement s && s.getCounty() == county).toList();
	}
}
