/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Concentrated Mining Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.ConcentratedMiningAreaImpl#getDesignScale <em>Design Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConcentratedMiningAreaImpl extends BlockImpl implements ConcentratedMiningArea {
	/**
	 * The default value of the '{@link #getDesignScale() <em>Design Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignScale()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal DESIGN_SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesignScale() <em>Design Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignScale()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal designScale = DESIGN_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConcentratedMiningAreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.CONCENTRATED_MINING_AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getDesignScale() {
		return designScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesignScale(BigDecimal newDesignScale) {
		BigDecimal oldDesignScale = designScale;
		designScale = newDesignScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.CONCENTRATED_MINING_AREA__DESIGN_SCALE, oldDesignScale, designScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.CONCENTRATED_MINING_AREA__DESIGN_SCALE:
				return getDesignScale();
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
			case MinplanPackage.CONCENTRATED_MINING_AREA__DESIGN_SCALE:
				setDesignScale((BigDecimal)newValue);
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
			case MinplanPackage.CONCENTRATED_MINING_AREA__DESIGN_SCALE:
				setDesignScale(DESIGN_SCALE_EDEFAULT);
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
			case MinplanPackage.CONCENTRATED_MINING_AREA__DESIGN_SCALE:
				return DESIGN_SCALE_EDEFAULT == null ? designScale != null : !DESIGN_SCALE_EDEFAULT.equals(designScale);
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
		result.append(" (designScale: "); //$NON-NLS-1$
		result.append(designScale);
		result.append(')');
		return result.toString();
	}

} //ConcentratedMiningAreaImpl
