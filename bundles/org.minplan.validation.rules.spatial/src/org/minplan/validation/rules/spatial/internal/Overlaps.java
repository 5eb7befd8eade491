package org.minplan.validation.rules.spatial.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.geom.Geometry;
import org.minplan.model.PlanElement;
import org.minplan.model.SpatialElement;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.RuleParameter;

/** Shared by the overlap rules: the area threshold and reporting each overlapping pair once. */
final class Overlaps {

	static final String MIN_AREA = "minOverlapSquareMetres";
	/** Overlaps smaller than this (m²) are rounding of coordinates, not real overlaps. */
	static final RuleParameter MIN_AREA_PARAMETER = RuleParameter.number(MIN_AREA, BigDecimal.ONE);
	private static final double SQUARE_METRES_PER_HECTARE = 10_000;

	private Overlaps() {
	}

	/** @return the overlap of two elements if their interiors meet in at least {@code minArea} m² */
	static Optional<Geometry> overlap(PlanSpace space, SpatialElement a, SpatialElement b, double minArea) {
		if (!space.interiorsIntersect(a, b)) {
			return Optional.empty();
		}
		return space.overlap(a, b).filter(g -> g.getArea() >= minArea);
	}

	/** @return the area in hectares as a message shows it: 4 significant decimals at most */
	static String hectares(Geometry overlap) {
		return org.minplan.validation.support.Quantities.format(overlap.getArea() / SQUARE_METRES_PER_HECTARE, 4);
	}

	/**
	 * @return whether {@code a} comes first when a pair is named: by code, then id — the same order whether
	 *         the pair was found by a full run or by a re-check after an edit
	 */
	static boolean namedFirst(PlanElement a, PlanElement b) {
		int byCode = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.getCode(), b.getCode());
		if (byCode != 0) {
			return byCode < 0;
		}
		return Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.getId(), b.getId()) <= 0;
	}

	/** Orders the targets so a pair of two targets is examined from one side only. */
	static final class PairOrder {
		private final Map<EObject, Integer> order = new IdentityHashMap<>();

		PairOrder(List<? extends EObject> targets) {
			for (int i = 0; i < targets.size(); i++) {
				order.put(targets.get(i), i);
			}
		}

		/** @return whether the pair (checked, other) is reported from the checked element's side */
		boolean fromThisSide(EObject checked, EObject other) {
			Integer mine = order.get(checked);
			Integer theirs = order.get(other);
			return theirs == null || mine < theirs;
		}
	}
}
