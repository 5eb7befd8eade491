/**
 */
package org.minplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minplan.model.Mineral;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Minimum Scale Standard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getLarge <em>Large</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getMedium <em>Medium</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getSmall <em>Small</em>}</li>
 *   <li>{@link org.minplan.model.impl.MinimumScaleStandardImpl#getServiceLife <em>Service Life</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MinimumScaleStandardImpl extends PlanElementImpl implements MinimumScaleStandard {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMinerals() <em>Minerals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinerals()
	 * @generated
	 * @ordered
	 */
	protected EList<Mineral> minerals;

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
	 * The default value of the '{@link #getLarge() <em>Large</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLarge()
	 * @generated
	 * @ordered
	 */
	protected static final String LARGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLarge() <em>Large</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLarge()
	 * @generated
	 * @ordered
	 */
	protected String large = LARGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMedium() <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedium()
	 * @generated
	 * @ordered
	 */
	protected String medium = MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSmall() <em>Small</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmall()
	 * @generated
	 * @ordered
	 */
	protected static final String SMALL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSmall() <em>Small</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSmall()
	 * @generated
	 * @ordered
	 */
	protected String small = SMALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceLife() <em>Service Life</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLife()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_LIFE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceLife() <em>Service Life</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceLife()
	 * @generated
	 * @ordered
	 */
	protected String serviceLife = SERVICE_LIFE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MinimumScaleStandardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.MINIMUM_SCALE_STANDARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mineral> getMinerals() {
		if (minerals == null) {
			minerals = new EObjectResolvingEList<Mineral>(Mineral.class, this, MinplanPackage.MINIMUM_SCALE_STANDARD__MINERALS);
		}
		return minerals;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLarge() {
		return large;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLarge(String newLarge) {
		String oldLarge = large;
		large = newLarge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__LARGE, oldLarge, large));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMedium() {
		return medium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedium(String newMedium) {
		String oldMedium = medium;
		medium = newMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__MEDIUM, oldMedium, medium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSmall() {
		return small;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmall(String newSmall) {
		String oldSmall = small;
		small = newSmall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__SMALL, oldSmall, small));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceLife() {
		return serviceLife;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceLife(String newServiceLife) {
		String oldServiceLife = serviceLife;
		serviceLife = newServiceLife;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINIMUM_SCALE_STANDARD__SERVICE_LIFE, oldServiceLife, serviceLife));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.MINIMUM_SCALE_STANDARD__NUMBER:
				return getNumber();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MINERALS:
				return getMinerals();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__UNIT:
				return getUnit();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__LARGE:
				return getLarge();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MEDIUM:
				return getMedium();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SMALL:
				return getSmall();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SERVICE_LIFE:
				return getServiceLife();
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
			case MinplanPackage.MINIMUM_SCALE_STANDARD__NUMBER:
				setNumber((String)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MINERALS:
				getMinerals().clear();
				getMinerals().addAll((Collection<? extends Mineral>)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__LARGE:
				setLarge((String)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MEDIUM:
				setMedium((String)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SMALL:
				setSmall((String)newValue);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SERVICE_LIFE:
				setServiceLife((String)newValue);
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
			case MinplanPackage.MINIMUM_SCALE_STANDARD__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MINERALS:
				getMinerals().clear();
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__LARGE:
				setLarge(LARGE_EDEFAULT);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MEDIUM:
				setMedium(MEDIUM_EDEFAULT);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SMALL:
				setSmall(SMALL_EDEFAULT);
				return;
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SERVICE_LIFE:
				setServiceLife(SERVICE_LIFE_EDEFAULT);
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
			case MinplanPackage.MINIMUM_SCALE_STANDARD__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MINERALS:
				return minerals != null && !minerals.isEmpty();
			case MinplanPackage.MINIMUM_SCALE_STANDARD__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.MINIMUM_SCALE_STANDARD__LARGE:
				return LARGE_EDEFAULT == null ? large != null : !LARGE_EDEFAULT.equals(large);
			case MinplanPackage.MINIMUM_SCALE_STANDARD__MEDIUM:
				return MEDIUM_EDEFAULT == null ? medium != null : !MEDIUM_EDEFAULT.equals(medium);
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SMALL:
				return SMALL_EDEFAULT == null ? small != null : !SMALL_EDEFAULT.equals(small);
			case MinplanPackage.MINIMUM_SCALE_STANDARD__SERVICE_LIFE:
				return SERVICE_LIFE_EDEFAULT == null ? serviceLife != null : !SERVICE_LIFE_EDEFAULT.equals(serviceLife);
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
		result.append(" (number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", large: "); //$NON-NLS-1$
		result.append(large);
		result.append(", medium: "); //$NON-NLS-1$
		result.append(medium);
		result.append(", small: "); //$NON-NLS-1$
		result.append(small);
		result.append(", serviceLife: "); //$NON-NLS-1$
		result.append(serviceLife);
		result.append(')');
		return result.toString();
	}

} //MinimumScaleStandardImpl
