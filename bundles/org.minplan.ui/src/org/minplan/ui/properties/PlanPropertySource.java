package org.minplan.ui.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/** One element's properties, delegating to its item property descriptors. */
public class PlanPropertySource implements IPropertySource2 {

	private final Object object;
	private final IItemPropertySource itemSource;

	public PlanPropertySource(Object object, IItemPropertySource itemSource) {
		this.object = object;
		this.itemSource = itemSource;
	}

	@Override
	public Object getEditableValue() {
		return itemSource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : itemSource.getPropertyDescriptors(object)) {
			result.add(new PlanPropertyDescriptor(object, descriptor));
		}
		return result.toArray(new IPropertyDescriptor[0]);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// Item providers wrap values to carry their label; the sheet shows the label via the descriptor.
		return value instanceof org.eclipse.emf.edit.provider.IItemPropertySource wrapped
				? wrapped.getEditableValue(value)
				: value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	@Override
	public boolean isPropertyResettable(Object id) {
		IItemPropertyDescriptor descriptor = itemSource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.canSetProperty(object) && descriptor.isPropertySet(object);
	}
}
