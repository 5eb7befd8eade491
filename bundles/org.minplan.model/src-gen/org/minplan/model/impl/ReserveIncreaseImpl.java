/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.ReserveIncrease;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reserve Increase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.ReserveIncreaseImpl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.impl.ReserveIncreaseImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.ReserveIncreaseImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.minplan.model.impl.ReserveIncreaseImpl#getAdded <em>Added</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReserveIncreaseImpl extends PlanElementImpl implements ReserveIncrease {
	/**
	 * The cached value of the '{@link #getMineral() <em>Mineral</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineral()
	 * @generated
	 * @ordered
	 */
	protected Mineral mineral;

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
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdded() <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdded()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ADDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdded() <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdded()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal added = ADDED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReserveIncreaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.RESERVE_INCREASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mineral getMineral() {
		if (mineral != null && mineral.eIsProxy()) {
			InternalEObject oldMineral = (InternalEObject)mineral;
			mineral = (Mineral)eResolveProxy(oldMineral);
			if (mineral != oldMineral) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.RESERVE_INCREASE__MINERAL, oldMineral, mineral));
			}
		}
		return mineral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mineral basicGetMineral() {
		return mineral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMineral(Mineral newMineral) {
		Mineral oldMineral = mineral;
		mineral = newMineral;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESERVE_INCREASE__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESERVE_INCREASE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESERVE_INCREASE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAdded() {
		return added;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdded(BigDecimal newAdded) {
		BigDecimal oldAdded = added;
		added = newAdded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESERVE_INCREASE__ADDED, oldAdded, added));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.RESERVE_INCREASE__MINERAL:
				if (resolve) return getMineral();
				return basicGetMineral();
			case MinplanPackage.RESERVE_INCREASE__UNIT:
				return getUnit();
			case MinplanPackage.RESERVE_INCREASE__TARGET:
				return getTarget();
			case MinplanPackage.RESERVE_INCREASE__ADDED:
				return getAdded();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MinplanPackage.RESERVE_INCREASE__MINERAL:
				setMineral((Mineral)newValue);
				return;
			case MinplanPackage.RESERVE_INCREASE__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.RESERVE_INCREASE__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case MinplanPackage.RESERVE_INCREASE__ADDED:
				setAdded((BigDecimal)newValue);
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
			case MinplanPackage.RESERVE_INCREASE__MINERAL:
				setMineral((Mineral)null);
				return;
			case MinplanPackage.RESERVE_INCREASE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.RESERVE_INCREASE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case MinplanPackage.RESERVE_INCREASE__ADDED:
				setAdded(ADDED_EDEFAULT);
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
			case MinplanPackage.RESERVE_INCREASE__MINERAL:
				return mineral != null;
			case MinplanPackage.RESERVE_INCREASE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.RESERVE_INCREASE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case MinplanPackage.RESERVE_INCREASE__ADDED:
				return ADDED_EDEFAULT == null ? added != null : !ADDED_EDEFAULT.equals(added);
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
		result.append(" (unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", target: "); //$NON-NLS-1$
		result.append(target);
		result.append(", added: "); //$NON-NLS-1$
		result.append(added);
		result.append(')');
		return result.toString();
	}

} //ReserveIncreaseImpl
