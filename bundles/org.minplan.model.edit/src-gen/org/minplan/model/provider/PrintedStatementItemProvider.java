/**
 */
package org.minplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.minplan.model.MinplanFactory;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PrintedStatement;

/**
 * This is the item provider adapter for a {@link org.minplan.model.PrintedStatement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PrintedStatementItemProvider extends PlanElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PrintedStatementItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addTablePropertyDescriptor(object);
			addRowLabelPropertyDescriptor(object);
			addColumnLabelPropertyDescriptor(object);
			addValueTextPropertyDescriptor(object);
			addValuePropertyDescriptor(object);
			addUnitPropertyDescriptor(object);
			addQuotePropertyDescriptor(object);
			addSeedLinePropertyDescriptor(object);
			addTotalPropertyDescriptor(object);
			addPartsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Table feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_table_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_table_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__TABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Row Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRowLabelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_rowLabel_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_rowLabel_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__ROW_LABEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Column Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addColumnLabelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_columnLabel_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_columnLabel_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__COLUMN_LABEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Value Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValueTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_valueText_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_valueText_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__VALUE_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_value_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_value_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_unit_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_unit_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Quote feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addQuotePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_quote_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_quote_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__QUOTE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed Line feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedLinePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_seedLine_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_seedLine_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__SEED_LINE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_total_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_total_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Parts feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPartsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PrintedStatement_parts_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_PrintedStatement_parts_feature", "_UI_PrintedStatement_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PRINTED_STATEMENT__PARTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(MinplanPackage.Literals.PRINTED_STATEMENT__SELECTOR);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PrintedStatement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PrintedStatement")); //$NON-NLS-1$
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PrintedStatement)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_PrintedStatement_type") : //$NON-NLS-1$
			getString("_UI_PrintedStatement_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PrintedStatement.class)) {
			case MinplanPackage.PRINTED_STATEMENT__TABLE:
			case MinplanPackage.PRINTED_STATEMENT__ROW_LABEL:
			case MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL:
			case MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT:
			case MinplanPackage.PRINTED_STATEMENT__VALUE:
			case MinplanPackage.PRINTED_STATEMENT__UNIT:
			case MinplanPackage.PRINTED_STATEMENT__QUOTE:
			case MinplanPackage.PRINTED_STATEMENT__SEED_LINE:
			case MinplanPackage.PRINTED_STATEMENT__TOTAL:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PRINTED_STATEMENT__SELECTOR,
				 MinplanFactory.eINSTANCE.createElementSelector()));
	}

}
