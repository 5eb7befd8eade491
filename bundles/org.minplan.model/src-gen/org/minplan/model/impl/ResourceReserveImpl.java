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
import org.minplan.model.ResourceReserve;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resource Reserve</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.ResourceReserveImpl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.impl.ResourceReserveImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.ResourceReserveImpl#getCumulativeIdentified <em>Cumulative Identified</em>}</li>
 *   <li>{@link org.minplan.model.impl.ResourceReserveImpl#getRetained <em>Retained</em>}</li>
 *   <li>{@link org.minplan.model.impl.ResourceReserveImpl#isWithheld <em>Withheld</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResourceReserveImpl extends PlanElementImpl implements ResourceReserve {
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
	 * The default value of the '{@link #getCumulativeIdentified() <em>Cumulative Identified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeIdentified()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal CUMULATIVE_IDENTIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCumulativeIdentified() <em>Cumulative Identified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeIdentified()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal cumulativeIdentified = CUMULATIVE_IDENTIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetained() <em>Retained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetained()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal RETAINED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRetained() <em>Retained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetained()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal retained = RETAINED_EDEFAULT;

	/**
	 * The default value of the '{@link #isWithheld() <em>Withheld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithheld()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WITHHELD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWithheld() <em>Withheld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWithheld()
	 * @generated
	 * @ordered
	 */
	protected boolean withheld = WITHHELD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResourceReserveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.RESOURCE_RESERVE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.RESOURCE_RESERVE__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESOURCE_RESERVE__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESOURCE_RESERVE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCumulativeIdentified() {
		return cumulativeIdentified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCumulativeIdentified(BigDecimal newCumulativeIdentified) {
		BigDecimal oldCumulativeIdentified = cumulativeIdentified;
		cumulativeIdentified = newCumulativeIdentified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED, oldCumulativeIdentified, cumulativeIdentified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getRetained() {
		return retained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetained(BigDecimal newRetained) {
		BigDecimal oldRetained = retained;
		retained = newRetained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESOURCE_RESERVE__RETAINED, oldRetained, retained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWithheld() {
		return withheld;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWithheld(boolean newWithheld) {
		boolean oldWithheld = withheld;
		withheld = newWithheld;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.RESOURCE_RESERVE__WITHHELD, oldWithheld, withheld));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.RESOURCE_RESERVE__MINERAL:
				if (resolve) return getMineral();
				return basicGetMineral();
			case MinplanPackage.RESOURCE_RESERVE__UNIT:
				return getUnit();
			case MinplanPackage.RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED:
				return getCumulativeIdentified();
			case MinplanPackage.RESOURCE_RESERVE__RETAINED:
				return getRetained();
			case MinplanPackage.RESOURCE_RESERVE__WITHHELD:
				return isWithheld();
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
			case MinplanPackage.RESOURCE_RESERVE__MINERAL:
				setMineral((Mineral)newValue);
				return;
			case MinplanPackage.RESOURCE_RESERVE__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED:
				setCumulativeIdentified((BigDecimal)newValue);
				return;
			case MinplanPackage.RESOURCE_RESERVE__RETAINED:
				setRetained((BigDecimal)newValue);
				return;
			case MinplanPackage.RESOURCE_RESERVE__WITHHELD:
				setWithheld((Boolean)newValue);
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
			case MinplanPackage.RESOURCE_RESERVE__MINERAL:
				setMineral((Mineral)null);
				return;
			case MinplanPackage.RESOURCE_RESERVE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED:
				setCumulativeIdentified(CUMULATIVE_IDENTIFIED_EDEFAULT);
				return;
			case MinplanPackage.RESOURCE_RESERVE__RETAINED:
				setRetained(RETAINED_EDEFAULT);
				return;
			case MinplanPackage.RESOURCE_RESERVE__WITHHELD:
				setWithheld(WITHHELD_EDEFAULT);
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
			case MinplanPackage.RESOURCE_RESERVE__MINERAL:
				return mineral != null;
			case MinplanPackage.RESOURCE_RESERVE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED:
				return CUMULATIVE_IDENTIFIED_EDEFAULT == null ? cumulativeIdentified != null : !CUMULATIVE_IDENTIFIED_EDEFAULT.equals(cumulativeIdentified);
			case MinplanPackage.RESOURCE_RESERVE__RETAINED:
				return RETAINED_EDEFAULT == null ? retained != null : !RETAINED_EDEFAULT.equals(retained);
			case MinplanPackage.RESOURCE_RESERVE__WITHHELD:
				return withheld != WITHHELD_EDEFAULT;
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
		result.append(", cumulativeIdentified: "); //$NON-NLS-1$
		result.append(cumulativeIdentified);
		result.append(", retained: "); //$NON-NLS-1$
		result.append(retained);
		result.append(", withheld: "); //$NON-NLS-1$
		result.append(withheld);
		result.append(')');
		return result.toString();
	}

} //ResourceReserveImpl
