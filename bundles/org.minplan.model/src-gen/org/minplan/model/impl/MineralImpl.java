/**
 */
package org.minplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.minplan.model.MeasureBasis;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mineral</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.MineralImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineralImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineralImpl#getMeasureBasis <em>Measure Basis</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineralImpl#isAdvantage <em>Advantage</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineralImpl#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MineralImpl extends PlanElementImpl implements Mineral {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final MineralCategory CATEGORY_EDEFAULT = MineralCategory.ENERGY;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected MineralCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasureBasis() <em>Measure Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureBasis()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureBasis MEASURE_BASIS_EDEFAULT = MeasureBasis.ORE;

	/**
	 * The cached value of the '{@link #getMeasureBasis() <em>Measure Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureBasis()
	 * @generated
	 * @ordered
	 */
	protected MeasureBasis measureBasis = MEASURE_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdvantage() <em>Advantage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdvantage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADVANTAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdvantage() <em>Advantage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdvantage()
	 * @generated
	 * @ordered
	 */
	protected boolean advantage = ADVANTAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAliases() <em>Aliases</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliases()
	 * @generated
	 * @ordered
	 */
	protected EList<String> aliases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MineralImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.MINERAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineralCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(MineralCategory newCategory) {
		MineralCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINERAL__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINERAL__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureBasis getMeasureBasis() {
		return measureBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasureBasis(MeasureBasis newMeasureBasis) {
		MeasureBasis oldMeasureBasis = measureBasis;
		measureBasis = newMeasureBasis == null ? MEASURE_BASIS_EDEFAULT : newMeasureBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINERAL__MEASURE_BASIS, oldMeasureBasis, measureBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdvantage() {
		return advantage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvantage(boolean newAdvantage) {
		boolean oldAdvantage = advantage;
		advantage = newAdvantage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINERAL__ADVANTAGE, oldAdvantage, advantage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAliases() {
		if (aliases == null) {
			aliases = new EDataTypeUniqueEList<String>(String.class, this, MinplanPackage.MINERAL__ALIASES);
		}
		return aliases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.MINERAL__CATEGORY:
				return getCategory();
			case MinplanPackage.MINERAL__UNIT:
				return getUnit();
			case MinplanPackage.MINERAL__MEASURE_BASIS:
				return getMeasureBasis();
			case MinplanPackage.MINERAL__ADVANTAGE:
				return isAdvantage();
			case MinplanPackage.MINERAL__ALIASES:
				return getAliases();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MinplanPackage.MINERAL__CATEGORY:
				setCategory((MineralCategory)newValue);
				return;
			case MinplanPackage.MINERAL__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.MINERAL__MEASURE_BASIS:
				setMeasureBasis((MeasureBasis)newValue);
				return;
			case MinplanPackage.MINERAL__ADVANTAGE:
				setAdvantage((Boolean)newValue);
				return;
			case MinplanPackage.MINERAL__ALIASES:
				getAliases().clear();
				getAliases().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MinplanPackage.MINERAL__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case MinplanPackage.MINERAL__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.MINERAL__MEASURE_BASIS:
				setMeasureBasis(MEASURE_BASIS_EDEFAULT);
				return;
			case MinplanPackage.MINERAL__ADVANTAGE:
				setAdvantage(ADVANTAGE_EDEFAULT);
				return;
			case MinplanPackage.MINERAL__ALIASES:
				getAliases().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MinplanPackage.MINERAL__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case MinplanPackage.MINERAL__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.MINERAL__MEASURE_BASIS:
				return measureBasis != MEASURE_BASIS_EDEFAULT;
			case MinplanPackage.MINERAL__ADVANTAGE:
				return advantage != ADVANTAGE_EDEFAULT;
			case MinplanPackage.MINERAL__ALIASES:
				return aliases != null && !aliases.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", measureBasis: "); //$NON-NLS-1$
		result.append(measureBasis);
		result.append(", advantage: "); //$NON-NLS-1$
		result.append(advantage);
		result.append(", aliases: "); //$NON-NLS-1$
		result.append(aliases);
		result.append(')');
		return result.toString();
	}

} //MineralImpl
