package org.minplan.ui.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Properties of plan elements for the Properties view, from the item providers' property descriptors (the
 * JFace side that EMF edit.ui would provide). Values set here go through the editing domain's command
 * stack, so every property edit can be undone.
 */
public class PlanPropertySourceProvider implements IPropertySourceProvider {

	private final ComposedAdapterFactory adapterFactory;

	public PlanPropertySourceProvider(ComposedAdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource itemSource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new PlanPropertySource(object, itemSource);
	}
}
