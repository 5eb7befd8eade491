/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.AbandonedPit;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abandoned Pit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.AbandonedPitImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.AbandonedPitImpl#getCountyText <em>County Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.AbandonedPitImpl#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.minplan.model.impl.AbandonedPitImpl#getEnvironmentalZone <em>Environmental Zone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AbandonedPitImpl extends SpatialElementImpl implements AbandonedPit {
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
	 * The default value of the '{@link #getCountyText() <em>County Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountyText()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTY_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountyText() <em>County Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountyText()
	 * @generated
	 * @ordered
	 */
	protected String countyText = COUNTY_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunding() <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunding()
	 * @generated
	 * @ordered
	 */
	protected String funding = FUNDING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironmentalZone() <em>Environmental Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironmentalZone()
	 * @generated
	 * @ordered
	 */
	protected EnvironmentalZone environmentalZone;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbandonedPitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.ABANDONED_PIT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ABANDONED_PIT__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountyText() {
		return countyText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountyText(String newCountyText) {
		String oldCountyText = countyText;
		countyText = newCountyText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ABANDONED_PIT__COUNTY_TEXT, oldCountyText, countyText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunding() {
		return funding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunding(String newFunding) {
		String oldFunding = funding;
		funding = newFunding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ABANDONED_PIT__FUNDING, oldFunding, funding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentalZone getEnvironmentalZone() {
		if (environmentalZone != null && environmentalZone.eIsProxy()) {
			InternalEObject oldEnvironmentalZone = (InternalEObject)environmentalZone;
			environmentalZone = (EnvironmentalZone)eResolveProxy(oldEnvironmentalZone);
			if (environmentalZone != oldEnvironmentalZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE, oldEnvironmentalZone, environmentalZone));
			}
		}
		return environmentalZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvironmentalZone basicGetEnvironmentalZone() {
		return environmentalZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironmentalZone(EnvironmentalZone newEnvironmentalZone) {
		EnvironmentalZone oldEnvironmentalZone = environmentalZone;
		environmentalZone = newEnvironmentalZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE, oldEnvironmentalZone, environmentalZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.ABANDONED_PIT__NUMBER:
				return getNumber();
			case MinplanPackage.ABANDONED_PIT__COUNTY_TEXT:
				return getCountyText();
			case MinplanPackage.ABANDONED_PIT__FUNDING:
				return getFunding();
			case MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE:
				if (resolve) return getEnvironmentalZone();
				return basicGetEnvironmentalZone();
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
			case MinplanPackage.ABANDONED_PIT__NUMBER:
				setNumber((String)newValue);
				return;
			case MinplanPackage.ABANDONED_PIT__COUNTY_TEXT:
				setCountyText((String)newValue);
				return;
			case MinplanPackage.ABANDONED_PIT__FUNDING:
				setFunding((String)newValue);
				return;
			case MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE:
				setEnvironmentalZone((EnvironmentalZone)newValue);
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
			case MinplanPackage.ABANDONED_PIT__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MinplanPackage.ABANDONED_PIT__COUNTY_TEXT:
				setCountyText(COUNTY_TEXT_EDEFAULT);
				return;
			case MinplanPackage.ABANDONED_PIT__FUNDING:
				setFunding(FUNDING_EDEFAULT);
				return;
			case MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE:
				setEnvironmentalZone((EnvironmentalZone)null);
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
			case MinplanPackage.ABANDONED_PIT__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case MinplanPackage.ABANDONED_PIT__COUNTY_TEXT:
				return COUNTY_TEXT_EDEFAULT == null ? countyText != null : !COUNTY_TEXT_EDEFAULT.equals(countyText);
			case MinplanPackage.ABANDONED_PIT__FUNDING:
				return FUNDING_EDEFAULT == null ? funding != null : !FUNDING_EDEFAULT.equals(funding);
			case MinplanPackage.ABANDONED_PIT__ENVIRONMENTAL_ZONE:
				return environmentalZone != null;
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
		result.append(", countyText: "); //$NON-NLS-1$
		result.append(countyText);
		result.append(", funding: "); //$NON-NLS-1$
		result.append(funding);
		result.append(')');
		return result.toString();
	}

} //AbandonedPitImpl
