package org.minplan.importer.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minplan.importer.ElementChange;
import org.minplan.importer.FieldChange;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;

/**
 * Carries out the changes of an import on a plan: adds new elements, sets changed fields, removes
 * removed elements together with every reference to them (e.g. a mining block's "converted from").
 * Used both on the plan itself (inside {@link SubmissionCommand}, which makes it undoable and atomic) and
 * on a copy for validating the result.
 */
final class PlanEdits {

	private PlanEdits() {
	}

	/**
	 * @param map   the element of {@code plan} standing for an element named in the changes (identity for
	 *              the plan itself, the copy for a copied plan)
	 * @param probe called after each change with its index (tests use it to fail half-way); may be null
	 */
	static void apply(Plan plan, List<ElementChange> changes, UnaryOperator<EObject> map, IntConsumer probe) {
		Set<EObject> removed = new LinkedHashSet<>();
		for (int i = 0; i < changes.size(); i++) {
			ElementChange change = changes.get(i);
			switch (change.kind()) {
			case NEW -> add(plan, map.apply(change.submitted()));
			case CHANGED -> {
				EObject target = map.apply(change.existing());
				for (FieldChange field : change.fields()) {
					Object value = field.newValue() instanceof EObject e ? map.apply(e) : field.newValue();
					target.eSet(field.feature(), value);
				}
			}
			case REMOVED -> removed.add(map.apply(change.existing()));
			}
			if (probe != null) {
				probe.accept(i);
			}
		}
		if (!removed.isEmpty()) {
			remove(plan, removed);
		}
	}

	private static void add(Plan plan, EObject element) {
		if (element instanceof ExplorationBlock block) {
			plan.getExplorationBlocks().add(block);
		} else if (element instanceof MiningBlock block) {
			plan.getMiningBlocks().add(block);
		} else if (element instanceof Mine mine) {
			plan.getMines().add(mine);
		} else {
			throw new IllegalArgumentException("cannot import a " + element.eClass().getName());
		}
	}

	/** Removes the elements and clears every reference to them in the plan (one pass over the plan). */
	private static void remove(Plan plan, Set<EObject> removed) {
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(removed, plan);
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> usage : usages.entrySet()) {
			for (EStructuralFeature.Setting setting : usage.getValue()) {
				EStructuralFeature feature = setting.getEStructuralFeature();
				if (feature.isChangeable() && !removed.contains(setting.getEObject())) {
					EcoreUtil.remove(setting, usage.getKey());
				}
			}
		}
		for (EObject element : removed) {
			EcoreUtil.remove(element);
		}
	}
}
