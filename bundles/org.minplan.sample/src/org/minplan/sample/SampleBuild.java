package org.minplan.sample;

import java.util.List;

import org.minplan.model.Plan;

/**
 * What {@link TachengSampleBuilder} built.
 *
 * @param plan       the plan, every element with a deterministic id
 * @param unresolved printed mineral names no catalogue mineral matches (the elements keep them as text)
 */
public record SampleBuild(Plan plan, List<UnresolvedMineral> unresolved) {

	public SampleBuild {
		unresolved = List.copyOf(unresolved);
	}
}
