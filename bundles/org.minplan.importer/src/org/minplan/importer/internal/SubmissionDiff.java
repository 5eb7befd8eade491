package org.minplan.importer.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minplan.importer.ElementChange;
import org.minplan.importer.FieldChange;
import org.minplan.importer.read.SourceLocation;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.Mine;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.model.SpatialElement;
import org.minplan.core.persistence.PlanIds;

/**
 * Compares a mapped submission with the county's elements in the plan: blocks are matched by code
 * (区块编号), mines by licence number (许可证号) — or by name when the plan's mine has no licence number.
 * Only the fields a submission gives are compared (an empty cell keeps the plan's value). Only the kinds
 * of element the submission holds are compared, so a file of blocks removes no mines.
 * <p>
 * A submitted block code already used by an element of another county is an error: importing it would
 * give the plan two blocks with one code.
 */
public final class SubmissionDiff {

	private static final Pattern MINE_CODE = Pattern.compile("(\\d{6})M(\\d{4,})");

	/** Fields compared per type; for changed geometry the approximate/synthetic flags are cleared as well. */
	private static final List<EStructuralFeature> BLOCK_FIELDS = List.of(PLAN_ELEMENT__NAME, BLOCK__MINERAL,
			BLOCK__MINERAL_TEXT, SPATIAL_ELEMENT__STATED_AREA, SPATIAL_ELEMENT__STATED_AREA_UNIT,
			SPATIAL_ELEMENT__GEOMETRY);
	private static final List<EStructuralFeature> EXPLORATION_FIELDS = List.of(EXPLORATION_BLOCK__STAGE);
	private static final List<EStructuralFeature> MINING_FIELDS = List.of(MINING_BLOCK__DESIGN_SCALE,
			MINING_BLOCK__DESIGN_SCALE_UNIT);
	private static final List<EStructuralFeature> MINE_FIELDS = List.of(PLAN_ELEMENT__NAME, MINE__LICENCE_NUMBER,
			MINE__MINERAL, MINE__MINERAL_TEXT, MINE__SCALE, MINE__EMPLOYEES, MINE__OUTPUT, SPATIAL_ELEMENT__GEOMETRY);

	private final Plan plan;
	private final AdministrativeDivision division;
	private final Problems problems;

	public SubmissionDiff(Plan plan, AdministrativeDivision division, Problems problems) {
		this.plan = plan;
		this.division = division;
		this.problems = problems;
	}

	/** @return new and changed elements in submission order, then removed ones in plan order */
	public List<ElementChange> diff(MappedSubmission submission) {
		List<ElementChange> changes = new ArrayList<>();
		List<ElementChange> removed = new ArrayList<>();
		Map<PlanElement, Integer> ordinals = new java.util.IdentityHashMap<>();
		submission.exploration().forEach(r -> ordinals.put(r.element(), r.ordinal()));
		submission.mining().forEach(r -> ordinals.put(r.element(), r.ordinal()));
		if (submission.hasBlocks()) {
			Map<String, Block> otherCounties = new HashMap<>();
			List<Block> allBlocks = new ArrayList<>();
			allBlocks.addAll(plan.getExplorationBlocks());
			allBlocks.addAll(plan.getMiningBlocks());
			allBlocks.addAll(plan.getConcentratedAreas());
			for (Block block : allBlocks) {
				if (block.getCode() != null && block.getCounty() != division) {
					otherCounties.putIfAbsent(block.getCode().trim(), block);
				}
			}
			blocks(submission.exploration(), plan.getExplorationBlocks(), EXPLORATION_BLOCK, EXPLORATION_FIELDS,
					otherCounties, changes, removed);
			blocks(submission.mining(), plan.getMiningBlocks(), MINING_BLOCK, MINING_FIELDS, otherCounties, changes,
					removed);
			// exploration and mining blocks share their table(s): back to the order of the file
			changes.sort(java.util.Comparator.comparingInt(c -> ordinals.get(c.submitted())));
		}
		if (submission.hasMines()) {
			mines(submission.mines(), changes, removed);
		}
		changes.addAll(removed);
		return changes;
	}

	private <T extends Block> void blocks(List<MappedSubmission.Row<T>> rows, List<? extends Block> inPlan, EClass type,
			List<EStructuralFeature> ownFields, Map<String, Block> otherCounties, List<ElementChange> changes,
			List<ElementChange> removed) {
		Map<String, Block> existing = new LinkedHashMap<>();
		for (Block block : inPlan) {
			if (block.getCounty() == division && block.getCode() != null) {
				existing.putIfAbsent(block.getCode().trim(), block);
			}
		}
		List<EStructuralFeature> fields = new ArrayList<>(BLOCK_FIELDS);
		fields.addAll(ownFields);
		for (MappedSubmission.Row<T> row : rows) {
			T submitted = row.element();
			Block other = otherCounties.get(submitted.getCode());
			if (other != null) {
				SourceLocation where = row.where().withField(problems.texts().get("field.blockCode"));
				problems.error(where, submitted.getCode(), "codeOfOtherCounty", "uniqueCode",
						other.getName(), other.getCounty() == null ? "?" : other.getCounty().getName());
				continue;
			}
			Block old = existing.remove(submitted.getCode());
			change(type, submitted.getCode(), old, submitted, fields, row.where(), changes);
		}
		for (Map.Entry<String, Block> left : existing.entrySet()) {
			removed.add(new ElementChange(ElementChange.Kind.REMOVED, type, left.getKey(), left.getValue(), null,
					List.of(), null));
		}
	}

	private void mines(List<MappedSubmission.Row<Mine>> rows, List<ElementChange> changes, List<ElementChange> removed) {
		Map<String, Mine> byLicence = new LinkedHashMap<>();
		Map<String, Mine> byName = new LinkedHashMap<>();
		List<Mine> county = new ArrayList<>();
		for (Mine mine : plan.getMines()) {
			if (mine.getCounty() != division) {
				continue;
			}
			county.add(mine);
			if (mine.getLicenceNumber() != null && !mine.getLicenceNumber().isBlank()) {
				byLicence.putIfAbsent(mine.getLicenceNumber().trim(), mine);
			} else if (mine.getName() != null) {
				byName.putIfAbsent(mine.getName().trim(), mine);
			}
		}
		int serial = nextMineSerial();
		Set<Mine> matched = new java.util.HashSet<>();
		for (MappedSubmission.Row<Mine> row : rows) {
			Mine submitted = row.element();
			Mine old = submitted.getLicenceNumber() != null ? byLicence.remove(submitted.getLicenceNumber()) : null;
			if (old == null) {
				old = byName.remove(submitted.getName());
			}
			String key = submitted.getLicenceNumber() != null ? submitted.getLicenceNumber() : submitted.getName();
			if (old == null) {
				submitted.setCode(division.getCode() + "M" + String.format("%04d", serial++));
			} else {
				matched.add(old);
			}
			change(MINE, key, old, submitted, MINE_FIELDS, row.where(), changes);
		}
		for (Mine mine : county) {
			if (!matched.contains(mine)) {
				String key = mine.getLicenceNumber() != null && !mine.getLicenceNumber().isBlank() ? mine.getLicenceNumber()
						: mine.getName();
				removed.add(new ElementChange(ElementChange.Kind.REMOVED, MINE, key, mine, null, List.of(), null));
			}
		}
	}

	private int nextMineSerial() {
		int max = 0;
		for (Mine mine : plan.getMines()) {
			Matcher m = mine.getCode() == null ? null : MINE_CODE.matcher(mine.getCode());
			if (m != null && m.matches() && m.group(1).equals(division.getCode())) {
				max = Math.max(max, Integer.parseInt(m.group(2)));
			}
		}
		return max + 1;
	}

	private void change(EClass type, String key, PlanElement old, PlanElement submitted, List<EStructuralFeature> fields,
			SourceLocation where, List<ElementChange> changes) {
		if (old == null) {
			submitted.setId(PlanIds.random());
			changes.add(new ElementChange(ElementChange.Kind.NEW, type, key, null, submitted, List.of(), where));
			return;
		}
		List<FieldChange> differences = new ArrayList<>();
		for (EStructuralFeature feature : fields) {
			if (!submitted.eIsSet(feature)) {
				continue; // not given: the plan's value stays
			}
			Object oldValue = old.eGet(feature);
			Object newValue = submitted.eGet(feature);
			if (!same(oldValue, newValue)) {
				differences.add(new FieldChange(feature, oldValue, newValue));
			}
		}
		if (differences.stream().anyMatch(d -> d.feature() == SPATIAL_ELEMENT__GEOMETRY)) {
			SpatialElement element = (SpatialElement) old;
			if (element.isApproximateGeometry()) {
				differences.add(new FieldChange(SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY, true, false));
			}
			if (element.isSynthetic()) {
				differences.add(new FieldChange(PLAN_ELEMENT__SYNTHETIC, true, false));
			}
		}
		if (!differences.isEmpty()) {
			changes.add(new ElementChange(ElementChange.Kind.CHANGED, type, key, old, submitted, differences, where));
		}
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}
}
