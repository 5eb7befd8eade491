package org.minplan.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.minplan.core.stats.PlanStatistics;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;

/**
 * Tree content over the model's item providers (EMF edit.ui is not available, so this is the small JFace
 * adapter). The plan's many lists are shown as folders, one per kind of element, instead of one flat list
 * of a thousand children; below the folders the item providers decide.
 */
public class PlanTreeContentProvider implements ITreeContentProvider {

	/** How the plan's elements are grouped under the plan. */
	public enum Grouping {
		/** One folder per kind of element. */
		BY_KIND,
		/** One folder per county, kinds inside; lists without location (minerals, indicators…) after them. */
		BY_COUNTY
	}

	private final ComposedAdapterFactory adapterFactory;
	private Grouping grouping = Grouping.BY_KIND;

	public PlanTreeContentProvider(ComposedAdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** Sets the grouping; the viewer must be refreshed afterwards. */
	public void setGrouping(Grouping grouping) {
		this.grouping = grouping;
	}

	/** @return the current grouping */
	public Grouping grouping() {
		return grouping;
	}

	private static boolean spatial(EReference reference) {
		return MinplanPackage.Literals.SPATIAL_ELEMENT.isSuperTypeOf(reference.getEReferenceType())
				&& reference != MinplanPackage.Literals.PLAN__DIVISIONS;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Object[] array) {
			return array;
		}
		if (input instanceof Collection<?> collection) {
			return collection.toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Plan plan) {
			List<Object> groups = new ArrayList<>();
			if (grouping == Grouping.BY_COUNTY) {
				for (AdministrativeDivision county : PlanStatistics.counties(plan)) {
					groups.add(new CountyGroup(plan, county));
				}
				groups.add(new CountyGroup(plan, null));
				groups.removeIf(g -> getChildren(g).length == 0);
			}
			for (EReference reference : plan.eClass().getEAllContainments()) {
				boolean inCounties = grouping == Grouping.BY_COUNTY && spatial(reference);
				if (!inCounties && !((List<?>) plan.eGet(reference)).isEmpty()) {
					groups.add(new FeatureGroup(plan, reference));
				}
			}
			return groups.toArray();
		}
		if (parent instanceof CountyGroup countyGroup) {
			List<FeatureGroup> groups = new ArrayList<>();
			for (EReference reference : countyGroup.plan().eClass().getEAllContainments()) {
				if (spatial(reference)) {
					FeatureGroup group = new FeatureGroup(countyGroup.plan(), reference, countyGroup.county(), true);
					if (!group.elements().isEmpty()) {
						groups.add(group);
					}
				}
			}
			return groups.toArray();
		}
		if (parent instanceof FeatureGroup group) {
			return group.elements().toArray();
		}
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof CountyGroup countyGroup) {
			return countyGroup.plan();
		}
		if (element instanceof FeatureGroup group) {
			return group.byCounty() ? new CountyGroup((Plan) group.owner(), group.county()) : group.owner();
		}
		if (element instanceof EObject eObject && eObject.eContainer() instanceof Plan plan
				&& eObject.eContainmentFeature() != null) {
			EReference reference = (EReference) eObject.eContainmentFeature();
			if (grouping == Grouping.BY_COUNTY && spatial(reference)) {
				return new FeatureGroup(plan, reference, ((SpatialElement) eObject).getCounty(), true);
			}
			return new FeatureGroup(plan, reference);
		}
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Plan || element instanceof FeatureGroup || element instanceof CountyGroup) {
			return true;
		}
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
