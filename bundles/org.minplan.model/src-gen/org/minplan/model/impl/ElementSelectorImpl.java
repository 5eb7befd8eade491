/**
 */
package org.minplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ElementSelector;
import org.minplan.model.MineScale;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.StatementMeasure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Element Selector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getElementType <em>Element Type</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getCounty <em>County</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#isUseScale <em>Use Scale</em>}</li>
 *   <li>{@link org.minplan.model.impl.ElementSelectorImpl#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ElementSelectorImpl extends MinimalEObjectImpl.Container implements ElementSelector {
	/**
	 * The default value of the '{@link #getElementType() <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementType()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEMENT_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElementType() <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElementType()
	 * @generated
	 * @ordered
	 */
	protected String elementType = ELEMENT_TYPE_EDEFAULT;

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
	 * The cached value of the '{@link #getMinerals() <em>Minerals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinerals()
	 * @generated
	 * @ordered
	 */
	protected EList<Mineral> minerals;

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
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final MineScale SCALE_EDEFAULT = MineScale.LARGE;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected MineScale scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseScale() <em>Use Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseScale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_SCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseScale() <em>Use Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseScale()
	 * @generated
	 * @ordered
	 */
	protected boolean useScale = USE_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final StatementMeasure MEASURE_EDEFAULT = StatementMeasure.COUNT;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected StatementMeasure measure = MEASURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ElementSelectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.ELEMENT_SELECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElementType() {
		return elementType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElementType(String newElementType) {
		String oldElementType = elementType;
		elementType = newElementType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__ELEMENT_TYPE, oldElementType, elementType));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.ELEMENT_SELECTOR__COUNTY, oldCounty, county));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mineral> getMinerals() {
		if (minerals == null) {
			minerals = new EObjectResolvingEList<Mineral>(Mineral.class, this, MinplanPackage.ELEMENT_SELECTOR__MINERALS);
		}
		return minerals;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__MINERAL_TEXT, oldMineralText, mineralText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineScale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(MineScale newScale) {
		MineScale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseScale() {
		return useScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseScale(boolean newUseScale) {
		boolean oldUseScale = useScale;
		useScale = newUseScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__USE_SCALE, oldUseScale, useScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatementMeasure getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(StatementMeasure newMeasure) {
		StatementMeasure oldMeasure = measure;
		measure = newMeasure == null ? MEASURE_EDEFAULT : newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ELEMENT_SELECTOR__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.ELEMENT_SELECTOR__ELEMENT_TYPE:
				return getElementType();
			case MinplanPackage.ELEMENT_SELECTOR__COUNTY:
				if (resolve) return getCounty();
				return basicGetCounty();
			case MinplanPackage.ELEMENT_SELECTOR__MINERALS:
				return getMinerals();
			case MinplanPackage.ELEMENT_SELECTOR__MINERAL_TEXT:
				return getMineralText();
			case MinplanPackage.ELEMENT_SELECTOR__SCALE:
				return getScale();
			case MinplanPackage.ELEMENT_SELECTOR__USE_SCALE:
				return isUseScale();
			case MinplanPackage.ELEMENT_SELECTOR__MEASURE:
				return getMeasure();
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
			case MinplanPackage.ELEMENT_SELECTOR__ELEMENT_TYPE:
				setElementType((String)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__COUNTY:
				setCounty((AdministrativeDivision)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MINERALS:
				getMinerals().clear();
				getMinerals().addAll((Collection<? extends Mineral>)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MINERAL_TEXT:
				setMineralText((String)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__SCALE:
				setScale((MineScale)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__USE_SCALE:
				setUseScale((Boolean)newValue);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MEASURE:
				setMeasure((StatementMeasure)newValue);
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
			case MinplanPackage.ELEMENT_SELECTOR__ELEMENT_TYPE:
				setElementType(ELEMENT_TYPE_EDEFAULT);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__COUNTY:
				setCounty((AdministrativeDivision)null);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MINERALS:
				getMinerals().clear();
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MINERAL_TEXT:
				setMineralText(MINERAL_TEXT_EDEFAULT);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__USE_SCALE:
				setUseScale(USE_SCALE_EDEFAULT);
				return;
			case MinplanPackage.ELEMENT_SELECTOR__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
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
			case MinplanPackage.ELEMENT_SELECTOR__ELEMENT_TYPE:
				return ELEMENT_TYPE_EDEFAULT == null ? elementType != null : !ELEMENT_TYPE_EDEFAULT.equals(elementType);
			case MinplanPackage.ELEMENT_SELECTOR__COUNTY:
				return county != null;
			case MinplanPackage.ELEMENT_SELECTOR__MINERALS:
				return minerals != null && !minerals.isEmpty();
			case MinplanPackage.ELEMENT_SELECTOR__MINERAL_TEXT:
				return MINERAL_TEXT_EDEFAULT == null ? mineralText != null : !MINERAL_TEXT_EDEFAULT.equals(mineralText);
			case MinplanPackage.ELEMENT_SELECTOR__SCALE:
				return scale != SCALE_EDEFAULT;
			case MinplanPackage.ELEMENT_SELECTOR__USE_SCALE:
				return useScale != USE_SCALE_EDEFAULT;
			case MinplanPackage.ELEMENT_SELECTOR__MEASURE:
				return measure != MEASURE_EDEFAULT;
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
		result.append(" (elementType: "); //$NON-NLS-1$
		result.append(elementType);
		result.append(", mineralText: "); //$NON-NLS-1$
		result.append(mineralText);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", useScale: "); //$NON-NLS-1$
		result.append(useScale);
		result.append(", measure: "); //$NON-NLS-1$
		result.append(measure);
		result.append(')');
		return result.toString();
	}

} //ElementSelectorImpl
