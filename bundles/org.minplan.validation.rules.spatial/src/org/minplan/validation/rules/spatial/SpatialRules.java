package org.minplan.validation.rules.spatial;

import java.util.List;

import org.minplan.validation.Rule;
import org.minplan.validation.rules.spatial.internal.MiningOverExplorationRule;
import org.minplan.validation.rules.spatial.internal.PitInTreatmentZoneRule;
import org.minplan.validation.rules.spatial.internal.ProhibitedAreaRule;
import org.minplan.validation.rules.spatial.internal.SameKindOverlapRule;

/**
 * The spatial rule set (空间关系): contributed through {@code org.minplan.validation.rules} in OSGi; this class
 * gives the same rules to code running without OSGi (tests, tools).
 */
public final class SpatialRules {

	private SpatialRules() {
	}

	/** @return new instances of every rule of the set */
	public static List<Rule> all() {
		return List.of(new SameKindOverlapRule(), new MiningOverExplorationRule(), new ProhibitedAreaRule(),
				new PitInTreatmentZoneRule());
	}
}
