package org.minplan.ui.table.internal.columns;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.table.ColumnValue;

/**
 * A column bound to a feature of the row element: shows its value, sets it with a {@link SetCommand}, offers
 * enum values, yes/no or the plan's elements of the referenced kind as choices.
 */
public class FeatureColumn implements ColumnValue {

	private final EStructuralFeature feature;

	public FeatureColumn(EStructuralFeature feature) {
		this.feature = feature;
	}

	/** @return the feature shown */
	public EStructuralFeature feature() {
		return feature;
	}

	@Override
	public Object get(EObject row) {
		return row.eClass().getEAllStructuralFeatures().contains(feature) ? row.eGet(feature) : null;
	}

	@Override
	public Class<?> valueType() {
		if (feature.isMany()) {
			return List.class;
		}
		Class<?> c = feature.getEType().getInstanceClass();
		return c == null ? Object.class : c;
	}

	@Override
	public boolean canSet(EObject row) {
		return feature.isChangeable() && !feature.isMany() && !feature.isDerived()
				&& row.eClass().getEAllStructuralFeatures().contains(feature);
	}

	@Override
	public Command set(EditingDomain domain, EObject row, Object value) {
		if (!canSet(row)) {
			return UnexecutableCommand.INSTANCE;
		}
		Object newValue = value == null && feature.getEType().getInstanceClass() != null
				&& feature.getEType().getInstanceClass().isPrimitive() ? feature.getDefaultValue() : value;
		return SetCommand.create(domain, row, feature, newValue);
	}

	@Override
	public List<Object> choices(EObject row) {
		List<Object> result = new ArrayList<>();
		if (feature instanceof EReference reference) {
			result.add(null);
			Plan plan = plan(row);
			if (plan != null) {
				result.addAll(elementsOf(plan, reference.getEReferenceType()));
			}
		} else if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eEnum) {
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				result.add(literal.getInstance());
			}
		} else if (valueType() == boolean.class || valueType() == Boolean.class) {
			result.add(Boolean.TRUE);
			result.add(Boolean.FALSE);
		}
		return result;
	}

	/** @return the plan's elements of a kind, from the plan lists that hold that kind, in plan order */
	public static List<EObject> elementsOf(Plan plan, EClass type) {
		List<EObject> result = new ArrayList<>();
		for (EReference list : MinplanPackage.Literals.PLAN.getEAllContainments()) {
			EClass held = list.getEReferenceType();
			if (type.isSuperTypeOf(held) || held.isSuperTypeOf(type)) {
				@SuppressWarnings("unchecked")
				List<EObject> elements = (List<EObject>) plan.eGet(list);
				for (EObject e : elements) {
					if (type.isInstance(e)) {
						result.add(e);
					}
				}
			}
		}
		return result;
	}

	private static Plan plan(EObject element) {
		EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
		// an element not yet added (a pasted new row) chooses from the open plan
		return root instanceof Plan p ? p : PlanSession.get().plan().orElse(null);
	}

}
