package org.minplan.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A mineral name printed in the plan that no catalogue mineral (专栏4) matches, even through aliases: the
 * elements that print it keep it as {@code mineralText} and have no {@code mineral}.
 *
 * @param text    the name as printed, e.g. 锰矿
 * @param sources where it is printed, e.g. "专栏17 裕民县 (seed line 525)"
 */
public record UnresolvedMineral(String text, List<String> sources) {

	public UnresolvedMineral {
		sources = List.copyOf(sources);
	}

	/** @return this name with one more place where it is printed (places are listed once) */
	public UnresolvedMineral withSource(String source) {
		if (sources.contains(source)) {
			return this;
		}
		List<String> more = new ArrayList<>(sources);
		more.add(source);
		return new UnresolvedMineral(text, more);
	}

	@Override
	public String toString() {
		return text + " (" + String.join("; ", sources) + ")";
	}
}
