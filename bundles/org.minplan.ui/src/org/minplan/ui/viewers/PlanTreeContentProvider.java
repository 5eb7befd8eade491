package org.minplan.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.minplan.model.Plan;

/**
 * Tree content over the model's item providers (EMF edit.ui is not available, so this is the small JFace
 * adapter). The plan's many lists are shown as folders, one per kind of element, instead of one flat list
 * of a thousand children; below the folders the item providers decide.
 */
public class PlanTreeContentProvider implements ITreeContentProvider {

	private final ComposedAdapterFactory adapterFactory;

	public PlanTreeContentProvider(ComposedAdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
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
			List<FeatureGroup> groups = new ArrayList<>();
			for (EReference reference : plan.eClass().getEAllContainments()) {
				if (!((List<?>) plan.eGet(reference)).isEmpty()) {
					groups.add(new FeatureGroup(plan, reference));
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
		if (element instanceof FeatureGroup group) {
			return group.owner();
		}
		if (element instanceof EObject eObject && eObject.eContainer() instanceof Plan plan
				&& eObject.eContainmentFeature() != null) {
			return new FeatureGroup(plan, (EReference) eObject.eContainmentFeature());
		}
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Plan || element instanceof FeatureGroup) {
			return true;
		}
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
