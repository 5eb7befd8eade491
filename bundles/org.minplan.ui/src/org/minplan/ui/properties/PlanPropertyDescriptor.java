package org.minplan.ui.properties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.UiTexts;

/**
 * A property row: name, category and description from the item provider, and a typed cell editor — a combo
 * for enumerations, booleans and single references (choices from the plan), a text field checked as you type
 * for numbers, a text field for strings. Many-valued and read-only properties are shown but not edited here.
 */
public class PlanPropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;

	public PlanPropertyDescriptor(Object object, IItemPropertyDescriptor item) {
		this.object = object;
		this.item = item;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object) || item.isMany(object)) {
			return null;
		}
		Object feature = item.getFeature(object);
		Collection<?> choices = item.getChoiceOfValues(object);
		if (choices != null) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			Class<?> c = type.getInstanceClass();
			if (c == boolean.class || c == Boolean.class) {
				List<Object> values = new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE));
				return new ChoiceCellEditor(parent, values, getLabelProvider());
			}
			TextCellEditor editor = new ConvertingTextCellEditor(parent, attribute);
			return editor;
		}
		return null;
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return item.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider itemLabels = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof EObject eObject) {
					return PlanLabels.text(eObject);
				}
				if (element instanceof Enumerator enumerator) {
					return PlanLabels.literal(enumerator);
				}
				if (element instanceof Boolean b) {
					return UiTexts.get(b ? "properties.yes" : "properties.no");
				}
				if (element instanceof Collection<?> many) {
					return String.join(", ", many.stream().map(this::getText).toList());
				}
				return element == null ? "" : itemLabels.getText(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** Combo over a fixed list of values (enum literals, booleans, reference targets). */
	private static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, ILabelProvider labels) {
			super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected Object doGetValue() {
			Integer index = (Integer) super.doGetValue();
			return index == null || index < 0 || index >= values.size() ? null : values.get(index);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Integer.valueOf(values.indexOf(value)));
		}
	}

	/** Text field that converts to the attribute's type and refuses text that is not a valid value. */
	private static final class ConvertingTextCellEditor extends TextCellEditor {
		private final EAttribute attribute;

		ConvertingTextCellEditor(Composite parent, EAttribute attribute) {
			super(parent);
			this.attribute = attribute;
			setValidator(validator(attribute));
		}

		private static ICellEditorValidator validator(EAttribute attribute) {
			Class<?> c = attribute.getEAttributeType().getInstanceClass();
			return value -> {
				String text = value == null ? "" : value.toString().trim();
				if (text.isEmpty()) {
					return null;
				}
				try {
					if (c == BigDecimal.class) {
						new BigDecimal(text);
					} else if (c == int.class || c == Integer.class) {
						Integer.parseInt(text);
					} else if (c == double.class || c == Double.class) {
						Double.parseDouble(text);
					} else {
						attribute.getEAttributeType().getEPackage().getEFactoryInstance()
								.createFromString(attribute.getEAttributeType(), text);
					}
					return null;
				} catch (RuntimeException e) {
					return UiTexts.get("properties.invalid", text, PlanLabels.featureName(attribute));
				}
			};
		}

		@Override
		protected Object doGetValue() {
			String text = ((String) super.doGetValue()).trim();
			if (text.isEmpty()) {
				return attribute.getEAttributeType().getInstanceClass().isPrimitive() ? attribute.getDefaultValue()
						: null;
			}
			if (attribute.getEAttributeType().getInstanceClass() == String.class) {
				return super.doGetValue();
			}
			return attribute.getEAttributeType().getEPackage().getEFactoryInstance()
					.createFromString(attribute.getEAttributeType(), text);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? ""
					: value instanceof String s ? s
							: attribute.getEAttributeType().getEPackage().getEFactoryInstance()
									.convertToString(attribute.getEAttributeType(), value));
		}
	}

	/** @return the structural feature edited, when it is one */
	public EStructuralFeature feature() {
		return item.getFeature(object) instanceof EStructuralFeature f ? f : null;
	}
}
