package org.minplan.sample.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.minplan.core.geometry.CrsTransformer;
import org.minplan.core.minerals.MineralResolver;
import org.minplan.core.persistence.PlanIds;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Identified;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanFactory;
import org.minplan.model.Plan;
import org.minplan.sample.UnresolvedMineral;

/**
 * What the sections of the sample builder share: the plan being built, the seed tables, the mineral
 * resolver, the counties, deterministic ids and the list of mineral names nothing resolved.
 */
public final class SampleContext {

	/** Prefix of every id key, so ids of this plan never collide with another generated plan's. */
	private static final String ID_PREFIX = "minplan-sample/tacheng-2021-2025/";

	/** "Other minerals" in the block tables: not a mineral name, never resolved and not reported. */
	public static final String OTHER = "其他";

	/** How tables print 和布克赛尔蒙古自治县. */
	public static final String HOBOKSAR_PRINTED = "和布克赛尔县";

	private final Plan plan;
	private final SeedTables tables;
	private final int scale;
	private final CrsTransformer transformer = new CrsTransformer();
	private final Map<String, AdministrativeDivision> divisions = new LinkedHashMap<>();
	private final Map<String, UnresolvedMineral> unresolved = new LinkedHashMap<>();
	private MineralResolver resolver;

	public SampleContext(Plan plan, SeedTables tables, int scale) {
		this.plan = plan;
		this.tables = tables;
		this.scale = scale;
	}

	public Plan plan() {
		return plan;
	}

	public MinplanFactory factory() {
		return MinplanFactory.eINSTANCE;
	}

	public SeedTables tables() {
		return tables;
	}

	/** @return how many times the generated elements are multiplied (1 for the sample itself) */
	public int scale() {
		return scale;
	}

	public CrsTransformer transformer() {
		return transformer;
	}

	/** Gives an element its deterministic id from a key unique within the plan, and returns it. */
	public <T extends Identified> T identify(T element, String key) {
		element.setId(PlanIds.fromName(ID_PREFIX + key));
		return element;
	}

	/** Registers a division under its name (and any printed variants). */
	public void addDivision(AdministrativeDivision division, String... printedNames) {
		divisions.put(division.getName(), division);
		for (String name : printedNames) {
			divisions.put(name, division);
		}
	}

	/**
	 * @param printed a county as printed, e.g. 托里县 or 和布克赛尔县
	 * @return the division, or empty when none has that name
	 */
	public Optional<AdministrativeDivision> division(String printed) {
		return Optional.ofNullable(divisions.get(printed == null ? "" : printed.strip()));
	}

	/** @return the county of that printed name; fails naming the source when there is none */
	public AdministrativeDivision county(String printed, String where) throws SeedFormatException {
		return division(printed).orElseThrow(
				() -> new SeedFormatException(where + ": unknown county \"" + printed + "\", expected one of " + divisions.keySet()));
	}

	/** Freezes the catalogue: from now on {@link #mineral} resolves names against it. */
	public void catalogueComplete() {
		resolver = MineralResolver.of(plan);
	}

	public MineralResolver resolver() {
		return resolver;
	}

	/**
	 * @param printed a mineral name as printed
	 * @param where   where it is printed, for the list of unresolved names
	 * @return the catalogue mineral, or null (and the name is recorded as unresolved)
	 */
	public Mineral mineral(String printed, String where) {
		if (printed == null || printed.isBlank() || printed.equals(OTHER)) {
			return null;
		}
		Optional<Mineral> found = resolver.resolve(printed);
		if (found.isEmpty()) {
			unresolved.merge(printed, new UnresolvedMineral(printed, List.of(where)),
					(old, added) -> old.withSource(where));
		}
		return found.orElse(null);
	}

	/** Like {@link #mineral}, for texts that may name several minerals (e.g. 铜、金); records a text none of whose parts resolve. */
	public List<Mineral> minerals(String printed, String where) {
		if (printed == null || printed.isBlank()) {
			return List.of();
		}
		List<Mineral> found = resolver.resolveAll(printed);
		if (found.isEmpty()) {
			unresolved.merge(printed, new UnresolvedMineral(printed, List.of(where)),
					(old, added) -> old.withSource(where));
		}
		return found;
	}

	/** @return the mineral names nothing resolved, in first-seen order, each with where it is printed */
	public List<UnresolvedMineral> unresolved() {
		return new ArrayList<>(unresolved.values());
	}
}
