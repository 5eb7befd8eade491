package org.minplan.ui.table;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.minplan.core.stats.CrossTable;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.Block;
import org.minplan.model.Plan;

/**
 * A cross-table contributed through {@code org.minplan.ui.table.tables}: counts of a plan list by two keys, as
 * the plan prints them (专栏17, 18, 20: county × mineral; 专栏6: mineral × scale), computed by
 * {@link PlanStatistics}.
 *
 * @param id          permanent id (also the secondary id of its view)
 * @param name        name in the user's language
 * @param printedAs   the plan table it corresponds to, e.g. 专栏17
 * @param list        containment list of {@link Plan} whose elements are counted
 * @param statistic   how the elements are counted
 * @param tableId     id of the table listing the same elements (drill-down shows them there); may be empty
 * @param contributor bundle that contributed it
 */
public record CrossTableDefinition(String id, String name, String printedAs, EReference list, Statistic statistic,
		String tableId, String contributor) {

	/** How a cross-table counts (attribute {@code statistic} of {@code <crossTable>}). */
	public enum Statistic {
		/** Blocks by county (rows) × mineral (columns): {@link PlanStatistics#blocksByCountyAndMineral}. */
		BLOCKS_BY_COUNTY_AND_MINERAL,
		/** Mines by mineral (rows) × scale (columns): {@link PlanStatistics#minesByMineralAndScale}. */
		MINES_BY_MINERAL_AND_SCALE;

		/** @return the statistic named in a contribution, e.g. {@code blocksByCountyAndMineral} */
		public static Optional<Statistic> parse(String text) {
			if (text == null) {
				return Optional.empty();
			}
			String wanted = text.trim().replace("_", "").toLowerCase(Locale.ROOT);
			for (Statistic s : values()) {
				if (s.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
					return Optional.of(s);
				}
			}
			return Optional.empty();
		}
	}

	/** @return the counts over the plan as it is now */
	@SuppressWarnings("unchecked")
	public CrossTable<? extends EObject> compute(Plan plan) {
		return switch (statistic) {
		case BLOCKS_BY_COUNTY_AND_MINERAL -> PlanStatistics.blocksByCountyAndMineral(plan,
				(Collection<Block>) plan.eGet(list));
		case MINES_BY_MINERAL_AND_SCALE -> PlanStatistics.minesByMineralAndScale(plan);
		};
	}

	/** @return the title of the cross-table's view */
	public String title() {
		return printedAs.isEmpty() ? name : name + " (" + printedAs + ")";
	}
}
