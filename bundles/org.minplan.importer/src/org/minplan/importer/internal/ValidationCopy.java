package org.minplan.importer.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minplan.importer.ElementChange;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;

/**
 * Validates the plan as it would be after an import without touching it: the plan and the submitted
 * elements are copied together (so the copies refer to the copied minerals and divisions), the changes
 * are made on the copy, the rules run on the copy, and the findings naming a new or changed element are
 * kept.
 */
public final class ValidationCopy {

	private ValidationCopy() {
	}

	/** @return the findings on the new and changed elements, errors first */
	public static List<Finding> findings(Plan plan, List<ElementChange> changes, List<Rule> rules,
			RuleSettings settings, IProgressMonitor monitor) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Plan copy = (Plan) copier.copy(plan);
		for (ElementChange change : changes) {
			if (change.submitted() != null) {
				copier.copy(change.submitted());
			}
		}
		copier.copyReferences();
		PlanEdits.apply(copy, changes, e -> {
			EObject copied = copier.get(e);
			return copied != null ? copied : e;
		}, null);
		Set<EObject> imported = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ElementChange change : changes) {
			switch (change.kind()) {
			case NEW -> imported.add(copier.get(change.submitted()));
			case CHANGED -> imported.add(copier.get(change.existing()));
			case REMOVED -> {
				// nothing left to check
			}
			}
		}
		RuleSettings effective = settings != null ? settings : new RuleSettings();
		return new ValidationEngine(rules).validate(copy, effective, monitor).findings().stream()
				.filter(f -> f.elements().stream().anyMatch(imported::contains)).toList();
	}
}
