/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.ExplorationBlock;
import org.minplan.model.MineScale;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mining Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.MiningBlockImpl#getDesignScale <em>Design Scale</em>}</li>
 *   <li>{@link org.minplan.model.impl.MiningBlockImpl#getDesignScaleUnit <em>Design Scale Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.MiningBlockImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.impl.MiningBlockImpl#getConvertedFrom <em>Converted From</em>}</li>
 *   <li>{@link org.minplan.model.impl.MiningBlockImpl#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MiningBlockImpl extends BlockImpl implements MiningBlock {
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
	 * The default value of the '{@link #getDesignScaleUnit() <em>Design Scale Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignScaleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String DESIGN_SCALE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDesignScaleUnit() <em>Design Scale Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesignScaleUnit()
	 * @generated
	 * @ordered
	 */
	protected String designScaleUnit = DESIGN_SCALE_UNIT_EDEFAULT;

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
	 * The cached value of the '{@link #getConvertedFrom() <em>Converted From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvertedFrom()
	 * @generated
	 * @ordered
	 */
	protected ExplorationBlock convertedFrom;

	/**
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MiningBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.MINING_BLOCK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINING_BLOCK__DESIGN_SCALE, oldDesignScale, designScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDesignScaleUnit() {
		return designScaleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesignScaleUnit(String newDesignScaleUnit) {
		String oldDesignScaleUnit = designScaleUnit;
		designScaleUnit = newDesignScaleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINING_BLOCK__DESIGN_SCALE_UNIT, oldDesignScaleUnit, designScaleUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINING_BLOCK__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplorationBlock getConvertedFrom() {
		if (convertedFrom != null && convertedFrom.eIsProxy()) {
			InternalEObject oldConvertedFrom = (InternalEObject)convertedFrom;
			convertedFrom = (ExplorationBlock)eResolveProxy(oldConvertedFrom);
			if (convertedFrom != oldConvertedFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.MINING_BLOCK__CONVERTED_FROM, oldConvertedFrom, convertedFrom));
			}
		}
		return convertedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExplorationBlock basicGetConvertedFrom() {
		return convertedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvertedFrom(ExplorationBlock newConvertedFrom) {
		ExplorationBlock oldConvertedFrom = convertedFrom;
		convertedFrom = newConvertedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINING_BLOCK__CONVERTED_FROM, oldConvertedFrom, convertedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINING_BLOCK__JUSTIFICATION, oldJustification, justification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE:
				return getDesignScale();
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE_UNIT:
				return getDesignScaleUnit();
			case MinplanPackage.MINING_BLOCK__SCALE:
				return getScale();
			case MinplanPackage.MINING_BLOCK__CONVERTED_FROM:
				if (resolve) return getConvertedFrom();
				return basicGetConvertedFrom();
			case MinplanPackage.MINING_BLOCK__JUSTIFICATION:
				return getJustification();
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
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE:
				setDesignScale((BigDecimal)newValue);
				return;
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE_UNIT:
				setDesignScaleUnit((String)newValue);
				return;
			case MinplanPackage.MINING_BLOCK__SCALE:
				setScale((MineScale)newValue);
				return;
			case MinplanPackage.MINING_BLOCK__CONVERTED_FROM:
				setConvertedFrom((ExplorationBlock)newValue);
				return;
			case MinplanPackage.MINING_BLOCK__JUSTIFICATION:
				setJustification((String)newValue);
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
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE:
				setDesignScale(DESIGN_SCALE_EDEFAULT);
				return;
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE_UNIT:
				setDesignScaleUnit(DESIGN_SCALE_UNIT_EDEFAULT);
				return;
			case MinplanPackage.MINING_BLOCK__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case MinplanPackage.MINING_BLOCK__CONVERTED_FROM:
				setConvertedFrom((ExplorationBlock)null);
				return;
			case MinplanPackage.MINING_BLOCK__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
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
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE:
				return DESIGN_SCALE_EDEFAULT == null ? designScale != null : !DESIGN_SCALE_EDEFAULT.equals(designScale);
			case MinplanPackage.MINING_BLOCK__DESIGN_SCALE_UNIT:
				return DESIGN_SCALE_UNIT_EDEFAULT == null ? designScaleUnit != null : !DESIGN_SCALE_UNIT_EDEFAULT.equals(designScaleUnit);
			case MinplanPackage.MINING_BLOCK__SCALE:
				return scale != SCALE_EDEFAULT;
			case MinplanPackage.MINING_BLOCK__CONVERTED_FROM:
				return convertedFrom != null;
			case MinplanPackage.MINING_BLOCK__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
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
		result.append(", designScaleUnit: "); //$NON-NLS-1$
		result.append(designScaleUnit);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", justification: "); //$NON-NLS-1$
		result.append(justification);
		result.append(')');
		return result.toString();
	}

} //MiningBlockImpl
