package org.minplan.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.minplan.model.Plan;

/** The elements of a type directly contained in a plan, in plan order. */
final class PlanContents {

	private PlanContents() {
	}

	@SuppressWarnings("unchecked")
	static <T extends EObject> List<T> all(Plan plan, Class<T> type) {
		List<T> all = new ArrayList<>();
		for (EReference reference : plan.eClass().getEAllContainments()) {
			Class<?> held = reference.getEReferenceType().getInstanceClass();
			if (type.isAssignableFrom(held)) {
				all.addAll((List<T>) plan.eGet(reference));
			} else if (held.isAssignableFrom(type)) {
				for (Object element : (List<?>) plan.eGet(reference)) {
					if (type.isInstance(element)) {
						all.add((T) element);
					}
				}
			}
		}
		return all;
	}

	/** @return whether the element is (inside) the plan */
	static boolean contains(Plan plan, EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e == plan) {
				return true;
			}
		}
		return false;
	}
}
