package org.minplan.sample.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MinimumScaleStandard;

/**
 * Reads the thresholds of 专栏21 (最低开采规模): the minimum for a new mine is the 小型 threshold; "a/b" pairs
 * (underground/open-pit, solid/liquid, ...) count with the larger value, and "-" means no mine of that class
 * may be opened, so the next larger class's threshold applies.
 */
final class MinimumScales {

	private final List<MinimumScaleStandard> standards;

	MinimumScales(List<MinimumScaleStandard> standards) {
		this.standards = standards;
	}

	/** @return the first standard that applies to the mineral, if any */
	Optional<MinimumScaleStandard> standardOf(Mineral mineral) {
		if (mineral == null) {
			return Optional.empty();
		}
		return standards.stream().filter(s -> s.getMinerals().contains(mineral)).findFirst();
	}

	/** @return the least design scale of a new mine under the standard */
	static BigDecimal minimum(MinimumScaleStandard standard) {
		for (String printed : new String[] { standard.getSmall(), standard.getMedium(), standard.getLarge() }) {
			BigDecimal value = larger(printed);
			if (value != null) {
				return value;
			}
		}
		throw new IllegalStateException("专栏21 " + standard.getName() + " prints no threshold");
	}

	/** @return the scale class a design scale falls in under the standard */
	static MineScale classOf(MinimumScaleStandard standard, BigDecimal designScale) {
		BigDecimal large = larger(standard.getLarge());
		BigDecimal medium = larger(standard.getMedium());
		if (large != null && designScale.compareTo(large) >= 0) {
			return MineScale.LARGE;
		}
		if (medium != null && designScale.compareTo(medium) >= 0) {
			return MineScale.MEDIUM;
		}
		return MineScale.SMALL;
	}

	/** @return the larger number of "a/b", the number of "a", or null for "-" and blanks */
	static BigDecimal larger(String printed) {
		BigDecimal best = null;
		for (String part : (printed == null ? "" : printed).split("/")) {
			BigDecimal value = PrintedNumbers.decimal(part);
			if (value != null && (best == null || value.compareTo(best) > 0)) {
				best = value;
			}
		}
		return best;
	}
}
