package org.minplan.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * Sorts elements of the plan as the plan holds them (by containment list, then position). Meant for the few
	 * targets of a re-check: looking up a position costs a scan of its list.
	 */
	static void sortInPlanOrder(Plan plan, List<? extends EObject> elements) {
		List<EReference> containments = plan.eClass().getEAllContainments();
		Map<EObject, long[]> keys = new IdentityHashMap<>();
		for (EObject element : elements) {
			EObject top = element;
			while (top.eContainer() != null && top.eContainer() != plan) {
				top = top.eContainer();
			}
			EReference feature = top.eContainmentFeature();
			long list = containments.indexOf(feature);
			long position = feature == null ? 0 : ((List<?>) plan.eGet(feature)).indexOf(top);
			keys.put(element, new long[] { list, position });
		}
		elements.sort(Comparator.comparingLong((EObject e) -> keys.get(e)[0]).thenComparingLong(e -> keys.get(e)[1]));
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
