package org.minplan.ui.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.minplan.ui.model.PlanSession;

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

	/**
	 * @return a Properties view page showing the open plan's elements, edits undoable through its command
	 *         stack: what every part that selects plan elements answers for {@code IPropertySheetPage}
	 */
	public static PropertySheetPage newPage() {
		PropertySheetPage page = new PropertySheetPage();
		page.setPropertySourceProvider(new PlanPropertySourceProvider(PlanSession.get().adapterFactory()));
		return page;
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
