package org.minplan.report.review.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minplan.model.Identified;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;

/**
 * The differences between two plans (before → after): per element list of the plan, the elements added, removed
 * and changed, field by field. Elements are matched by their stable {@code id}; an element whose id is not found
 * is matched by its code (an element re-created or imported keeps its code but may get a new id). References
 * compare the referenced elements' ids, so a block still pointing at "the same" mineral in both files is unchanged.
 */
public final class PlanDiff {

	/** One changed field: its feature and the values before and after. */
	public record FieldChange(EStructuralFeature feature, Object before, Object after) {
	}

	/** An element present in both plans with different fields. */
	public record Changed(EObject before, EObject after, List<FieldChange> fields) {
	}

	/** The differences in one element list of the plan (e.g. 开采规划区块). */
	public record Section(EReference list, EClass type, List<EObject> added, List<EObject> removed,
			List<Changed> changed) {

		/** @return whether nothing differs */
		public boolean isEmpty() {
			return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
		}
	}

	private final List<FieldChange> planFields;
	private final List<Section> sections;

	private PlanDiff(List<FieldChange> planFields, List<Section> sections) {
		this.planFields = planFields;
		this.sections = sections;
	}

	/** @return the plan's own fields that differ (name, period, …) */
	public List<FieldChange> planFields() {
		return planFields;
	}

	/** @return one section per element list of the plan, in the model's order (empty ones included) */
	public List<Section> sections() {
		return sections;
	}

	/** @return the differences from {@code before} to {@code after} */
	public static PlanDiff between(Plan before, Plan after) {
		List<FieldChange> planFields = fields(before, after);
		List<Section> sections = new ArrayList<>();
		for (EReference list : MinplanPackage.Literals.PLAN.getEAllContainments()) {
			if (!list.isMany()) {
				continue;
			}
			sections.add(section(list, elements(before, list), elements(after, list)));
		}
		return new PlanDiff(planFields, sections);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> elements(Plan plan, EReference list) {
		return (List<EObject>) plan.eGet(list);
	}

	private static Section section(EReference list, List<EObject> before, List<EObject> after) {
		Map<String, EObject> beforeById = new HashMap<>();
		Map<String, List<EObject>> beforeByCode = new HashMap<>();
		for (EObject e : before) {
			String id = id(e);
			if (id != null) {
				beforeById.put(id, e);
			}
			String code = code(e);
			if (code != null) {
				beforeByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(e);
			}
		}
		Map<EObject, EObject> matched = new LinkedHashMap<>();
		Set<EObject> used = new HashSet<>();
		List<EObject> unmatched = new ArrayList<>();
		for (EObject e : after) {
			EObject twin = id(e) == null ? null : beforeById.get(id(e));
			if (twin != null && used.add(twin)) {
				matched.put(e, twin);
			} else {
				unmatched.add(e);
			}
		}
		List<EObject> added = new ArrayList<>();
		for (EObject e : unmatched) {
			// fall back to the code when it names exactly one element not matched yet
			List<EObject> candidates = code(e) == null ? List.of()
					: beforeByCode.getOrDefault(code(e), List.of()).stream().filter(c -> !used.contains(c)).toList();
			if (candidates.size() == 1 && used.add(candidates.get(0))) {
				matched.put(e, candidates.get(0));
			} else {
				added.add(e);
			}
		}
		List<EObject> removed = before.stream().filter(e -> !used.contains(e)).toList();
		List<Changed> changed = new ArrayList<>();
		for (Map.Entry<EObject, EObject> m : matched.entrySet()) {
			List<FieldChange> fields = fields(m.getValue(), m.getKey());
			if (!fields.isEmpty()) {
				changed.add(new Changed(m.getValue(), m.getKey(), fields));
			}
		}
		return new Section(list, list.getEReferenceType(), added, removed, changed);
	}

	private static String id(EObject e) {
		return e instanceof Identified i ? i.getId() : null;
	}

	private static String code(EObject e) {
		return e instanceof PlanElement p && p.getCode() != null && !p.getCode().isBlank() ? p.getCode() : null;
	}

	/** @return the fields of two elements of one class that differ (ids and element lists of the plan left out) */
	static List<FieldChange> fields(EObject before, EObject after) {
		List<FieldChange> out = new ArrayList<>();
		EClass type = after.eClass();
		for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
			if (f.isDerived() || f.isTransient() || f == MinplanPackage.Literals.IDENTIFIED__ID
					|| !before.eClass().getEAllStructuralFeatures().contains(f)) {
				continue;
			}
			if (f instanceof EReference r && r.isContainment() && before instanceof Plan) {
				continue;
			}
			Object a = before.eGet(f);
			Object b = after.eGet(f);
			if (!same(f, a, b)) {
				out.add(new FieldChange(f, a, b));
			}
		}
		return out;
	}

	private static boolean same(EStructuralFeature f, Object a, Object b) {
		if (f instanceof EAttribute) {
			if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
				return x.compareTo(y) == 0;
			}
			return Objects.equals(a, b);
		}
		EReference r = (EReference) f;
		if (r.isContainment()) {
			if (r.isMany()) {
				List<?> x = (List<?>) a, y = (List<?>) b;
				if (x.size() != y.size()) {
					return false;
				}
				for (int i = 0; i < x.size(); i++) {
					if (!fields((EObject) x.get(i), (EObject) y.get(i)).isEmpty()) {
						return false;
					}
				}
				return true;
			}
			if (a == null || b == null) {
				return a == b;
			}
			return fields((EObject) a, (EObject) b).isEmpty();
		}
		if (r.isMany()) {
			List<?> x = (List<?>) a, y = (List<?>) b;
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!sameReferenced((EObject) x.get(i), (EObject) y.get(i))) {
					return false;
				}
			}
			return true;
		}
		return sameReferenced((EObject) a, (EObject) b);
	}

	private static boolean sameReferenced(EObject a, EObject b) {
		if (a == null || b == null) {
			return a == b;
		}
		String x = id(a), y = id(b);
		if (x != null || y != null) {
			return Objects.equals(x, y);
		}
		return EcoreUtil.getURI(a).fragment().equals(EcoreUtil.getURI(b).fragment());
	}
}
