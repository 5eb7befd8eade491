package org.minplan.render;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Which part of the plan a map shows. */
public sealed interface MapExtent {

	/** The whole plan area (the prefecture's boundary, or everything drawn when it has none). */
	record WholePlan() implements MapExtent {
	}

	/**
	 * One county-level unit; the rest of the plan is shown veiled around it.
	 *
	 * @param code the county's administrative code (GB/T 2260), e.g. 654202
	 */
	record County(String code) implements MapExtent {
	}

	/**
	 * Around some elements, e.g. the elements of a validation finding (map excerpt).
	 *
	 * @param elements     the elements; those without geometry are ignored
	 * @param marginMetres ground distance kept free around them on every side (also the least half-width of the
	 *                     excerpt, so a single mine still shows its surroundings)
	 */
	record Around(List<? extends EObject> elements, double marginMetres) implements MapExtent {
		/** Copies the list. */
		public Around {
			elements = List.copyOf(elements);
		}
	}

	/** @return the whole plan */
	static MapExtent wholePlan() {
		return new WholePlan();
	}

	/** @return the county with that code */
	static MapExtent county(String code) {
		return new County(code);
	}

	/** @return the area around the elements with a margin in metres */
	static MapExtent around(List<? extends EObject> elements, double marginMetres) {
		return new Around(elements, marginMetres);
	}
}
