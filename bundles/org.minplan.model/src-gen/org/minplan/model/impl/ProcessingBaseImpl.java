/**
 */
package org.minplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.ProcessingBase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Processing Base</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getCountyText <em>County Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.impl.ProcessingBaseImpl#getMiningAreas <em>Mining Areas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessingBaseImpl extends PlanElementImpl implements ProcessingBase {
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
	 * The cached value of the '{@link #getCounty() <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCounty()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeDivision county;

	/**
	 * The default value of the '{@link #getMineralText() <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineralText()
	 * @generated
	 * @ordered
	 */
	protected static final String MINERAL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMineralText() <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineralText()
	 * @generated
	 * @ordered
	 */
	protected String mineralText = MINERAL_TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getMiningAreas() <em>Mining Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiningAreas()
	 * @generated
	 * @ordered
	 */
	protected static final String MINING_AREAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMiningAreas() <em>Mining Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiningAreas()
	 * @generated
	 * @ordered
	 */
	protected String miningAreas = MINING_AREAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessingBaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.PROCESSING_BASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PROCESSING_BASE__NUMBER, oldNumber, number));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PROCESSING_BASE__COUNTY_TEXT, oldCountyText, countyText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeDivision getCounty() {
		if (county != null && county.eIsProxy()) {
			InternalEObject oldCounty = (InternalEObject)county;
			county = (AdministrativeDivision)eResolveProxy(oldCounty);
			if (county != oldCounty) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.PROCESSING_BASE__COUNTY, oldCounty, county));
			}
		}
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeDivision basicGetCounty() {
		return county;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCounty(AdministrativeDivision newCounty) {
		AdministrativeDivision oldCounty = county;
		county = newCounty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PROCESSING_BASE__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMineralText() {
		return mineralText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMineralText(String newMineralText) {
		String oldMineralText = mineralText;
		mineralText = newMineralText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PROCESSING_BASE__MINERAL_TEXT, oldMineralText, mineralText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mineral> getMinerals() {
		if (minerals == null) {
			minerals = new EObjectResolvingEList<Mineral>(Mineral.class, this, MinplanPackage.PROCESSING_BASE__MINERALS);
		}
		return minerals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMiningAreas() {
		return miningAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMiningAreas(String newMiningAreas) {
		String oldMiningAreas = miningAreas;
		miningAreas = newMiningAreas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PROCESSING_BASE__MINING_AREAS, oldMiningAreas, miningAreas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.PROCESSING_BASE__NUMBER:
				return getNumber();
			case MinplanPackage.PROCESSING_BASE__COUNTY_TEXT:
				return getCountyText();
			case MinplanPackage.PROCESSING_BASE__COUNTY:
				if (resolve) return getCounty();
				return basicGetCounty();
			case MinplanPackage.PROCESSING_BASE__MINERAL_TEXT:
				return getMineralText();
			case MinplanPackage.PROCESSING_BASE__MINERALS:
				return getMinerals();
			case MinplanPackage.PROCESSING_BASE__MINING_AREAS:
				return getMiningAreas();
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
			case MinplanPackage.PROCESSING_BASE__NUMBER:
				setNumber((String)newValue);
				return;
			case MinplanPackage.PROCESSING_BASE__COUNTY_TEXT:
				setCountyText((String)newValue);
				return;
			case MinplanPackage.PROCESSING_BASE__COUNTY:
				setCounty((AdministrativeDivision)newValue);
				return;
			case MinplanPackage.PROCESSING_BASE__MINERAL_TEXT:
				setMineralText((String)newValue);
				return;
			case MinplanPackage.PROCESSING_BASE__MINERALS:
				getMinerals().clear();
				getMinerals().addAll((Collection<? extends Mineral>)newValue);
				return;
			case MinplanPackage.PROCESSING_BASE__MINING_AREAS:
				setMiningAreas((String)newValue);
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
			case MinplanPackage.PROCESSING_BASE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MinplanPackage.PROCESSING_BASE__COUNTY_TEXT:
				setCountyText(COUNTY_TEXT_EDEFAULT);
				return;
			case MinplanPackage.PROCESSING_BASE__COUNTY:
				setCounty((AdministrativeDivision)null);
				return;
			case MinplanPackage.PROCESSING_BASE__MINERAL_TEXT:
				setMineralText(MINERAL_TEXT_EDEFAULT);
				return;
			case MinplanPackage.PROCESSING_BASE__MINERALS:
				getMinerals().clear();
				return;
			case MinplanPackage.PROCESSING_BASE__MINING_AREAS:
				setMiningAreas(MINING_AREAS_EDEFAULT);
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
			case MinplanPackage.PROCESSING_BASE__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case MinplanPackage.PROCESSING_BASE__COUNTY_TEXT:
				return COUNTY_TEXT_EDEFAULT == null ? countyText != null : !COUNTY_TEXT_EDEFAULT.equals(countyText);
			case MinplanPackage.PROCESSING_BASE__COUNTY:
				return county != null;
			case MinplanPackage.PROCESSING_BASE__MINERAL_TEXT:
				return MINERAL_TEXT_EDEFAULT == null ? mineralText != null : !MINERAL_TEXT_EDEFAULT.equals(mineralText);
			case MinplanPackage.PROCESSING_BASE__MINERALS:
				return minerals != null && !minerals.isEmpty();
			case MinplanPackage.PROCESSING_BASE__MINING_AREAS:
				return MINING_AREAS_EDEFAULT == null ? miningAreas != null : !MINING_AREAS_EDEFAULT.equals(miningAreas);
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
		result.append(", mineralText: "); //$NON-NLS-1$
		result.append(mineralText);
		result.append(", miningAreas: "); //$NON-NLS-1$
		result.append(miningAreas);
		result.append(')');
		return result.toString();
	}

} //ProcessingBaseImpl
