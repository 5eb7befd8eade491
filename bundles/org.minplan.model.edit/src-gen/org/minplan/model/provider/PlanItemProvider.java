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
import org.minplan.model.Plan;

/**
 * This is the item provider adapter for a {@link org.minplan.model.Plan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addRegionPropertyDescriptor(object);
			addRegionCodePropertyDescriptor(object);
			addBaseYearPropertyDescriptor(object);
			addStartYearPropertyDescriptor(object);
			addEndYearPropertyDescriptor(object);
			addOutlookYearPropertyDescriptor(object);
			addFormatVersionPropertyDescriptor(object);
			addIssuerPropertyDescriptor(object);
			addIssuedPropertyDescriptor(object);
			addSyntheticPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_name_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_region_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_region_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__REGION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Region Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRegionCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_regionCode_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_regionCode_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__REGION_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_baseYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_baseYear_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__BASE_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_startYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_startYear_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__START_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_endYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_endYear_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__END_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outlook Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutlookYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_outlookYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_outlookYear_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__OUTLOOK_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_formatVersion_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_formatVersion_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__FORMAT_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issuer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_issuer_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_issuer_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__ISSUER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issued feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssuedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_issued_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_issued_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__ISSUED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Synthetic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSyntheticPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_synthetic_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_synthetic_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 MinplanPackage.Literals.PLAN__SYNTHETIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(MinplanPackage.Literals.PLAN__DIVISIONS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__MINERALS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__MINERAL_CONTROLS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__RESERVES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__RESERVE_INCREASES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__MINES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__LAYOUT_UNITS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__ZONES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__MINING_BLOCKS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__CONCENTRATED_AREAS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__ENVIRONMENTAL_ZONES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__ABANDONED_PITS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__INDICATORS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__MINIMUM_SCALES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__PROJECTS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__PROCESSING_BASES);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__STATEMENTS);
			childrenFeatures.add(MinplanPackage.Literals.PLAN__NARRATIVE_TABLES);
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
	 * This returns Plan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Plan")); //$NON-NLS-1$
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
		String label = ((Plan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Plan_type") : //$NON-NLS-1$
			getString("_UI_Plan_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Plan.class)) {
			case MinplanPackage.PLAN__NAME:
			case MinplanPackage.PLAN__REGION:
			case MinplanPackage.PLAN__REGION_CODE:
			case MinplanPackage.PLAN__BASE_YEAR:
			case MinplanPackage.PLAN__START_YEAR:
			case MinplanPackage.PLAN__END_YEAR:
			case MinplanPackage.PLAN__OUTLOOK_YEAR:
			case MinplanPackage.PLAN__FORMAT_VERSION:
			case MinplanPackage.PLAN__ISSUER:
			case MinplanPackage.PLAN__ISSUED:
			case MinplanPackage.PLAN__SYNTHETIC:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case MinplanPackage.PLAN__DIVISIONS:
			case MinplanPackage.PLAN__MINERALS:
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
			case MinplanPackage.PLAN__RESERVES:
			case MinplanPackage.PLAN__RESERVE_INCREASES:
			case MinplanPackage.PLAN__MINES:
			case MinplanPackage.PLAN__LAYOUT_UNITS:
			case MinplanPackage.PLAN__ZONES:
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
			case MinplanPackage.PLAN__MINING_BLOCKS:
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
			case MinplanPackage.PLAN__ABANDONED_PITS:
			case MinplanPackage.PLAN__INDICATORS:
			case MinplanPackage.PLAN__MINIMUM_SCALES:
			case MinplanPackage.PLAN__PROJECTS:
			case MinplanPackage.PLAN__PROCESSING_BASES:
			case MinplanPackage.PLAN__STATEMENTS:
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
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
				(MinplanPackage.Literals.PLAN__DIVISIONS,
				 MinplanFactory.eINSTANCE.createAdministrativeDivision()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__MINERALS,
				 MinplanFactory.eINSTANCE.createMineral()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__MINERAL_CONTROLS,
				 MinplanFactory.eINSTANCE.createMineralControl()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__RESERVES,
				 MinplanFactory.eINSTANCE.createResourceReserve()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__RESERVE_INCREASES,
				 MinplanFactory.eINSTANCE.createReserveIncrease()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__MINES,
				 MinplanFactory.eINSTANCE.createMine()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__LAYOUT_UNITS,
				 MinplanFactory.eINSTANCE.createLayoutUnit()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__ZONES,
				 MinplanFactory.eINSTANCE.createPlanningZone()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS,
				 MinplanFactory.eINSTANCE.createExplorationBlock()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__MINING_BLOCKS,
				 MinplanFactory.eINSTANCE.createMiningBlock()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__CONCENTRATED_AREAS,
				 MinplanFactory.eINSTANCE.createConcentratedMiningArea()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__ENVIRONMENTAL_ZONES,
				 MinplanFactory.eINSTANCE.createEnvironmentalZone()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__ABANDONED_PITS,
				 MinplanFactory.eINSTANCE.createAbandonedPit()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__INDICATORS,
				 MinplanFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__MINIMUM_SCALES,
				 MinplanFactory.eINSTANCE.createMinimumScaleStandard()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__PROJECTS,
				 MinplanFactory.eINSTANCE.createProject()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__PROCESSING_BASES,
				 MinplanFactory.eINSTANCE.createProcessingBase()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__STATEMENTS,
				 MinplanFactory.eINSTANCE.createPrintedStatement()));

		newChildDescriptors.add
			(createChildParameter
				(MinplanPackage.Literals.PLAN__NARRATIVE_TABLES,
				 MinplanFactory.eINSTANCE.createNarrativeTable()));
	}

}
