/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.Block;
import org.minplan.model.LayoutUnit;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PlanningZone;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.BlockImpl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.impl.BlockImpl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.BlockImpl#getZone <em>Zone</em>}</li>
 *   <li>{@link org.minplan.model.impl.BlockImpl#getLayoutUnit <em>Layout Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class BlockImpl extends SpatialElementImpl implements Block {
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
	 * The cached value of the '{@link #getZone() <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZone()
	 * @generated
	 * @ordered
	 */
	protected PlanningZone zone;

	/**
	 * The cached value of the '{@link #getLayoutUnit() <em>Layout Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutUnit()
	 * @generated
	 * @ordered
	 */
	protected LayoutUnit layoutUnit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.BLOCK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.BLOCK__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.BLOCK__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.BLOCK__MINERAL_TEXT, oldMineralText, mineralText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningZone getZone() {
		if (zone != null && zone.eIsProxy()) {
			InternalEObject oldZone = (InternalEObject)zone;
			zone = (PlanningZone)eResolveProxy(oldZone);
			if (zone != oldZone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.BLOCK__ZONE, oldZone, zone));
			}
		}
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanningZone basicGetZone() {
		return zone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZone(PlanningZone newZone) {
		PlanningZone oldZone = zone;
		zone = newZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.BLOCK__ZONE, oldZone, zone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutUnit getLayoutUnit() {
		if (layoutUnit != null && layoutUnit.eIsProxy()) {
			InternalEObject oldLayoutUnit = (InternalEObject)layoutUnit;
			layoutUnit = (LayoutUnit)eResolveProxy(oldLayoutUnit);
			if (layoutUnit != oldLayoutUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.BLOCK__LAYOUT_UNIT, oldLayoutUnit, layoutUnit));
			}
		}
		return layoutUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutUnit basicGetLayoutUnit() {
		return layoutUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutUnit(LayoutUnit newLayoutUnit) {
		LayoutUnit oldLayoutUnit = layoutUnit;
		layoutUnit = newLayoutUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.BLOCK__LAYOUT_UNIT, oldLayoutUnit, layoutUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.BLOCK__MINERAL:
				if (resolve) return getMineral();
				return basicGetMineral();
			case MinplanPackage.BLOCK__MINERAL_TEXT:
				return getMineralText();
			case MinplanPackage.BLOCK__ZONE:
				if (resolve) return getZone();
				return basicGetZone();
			case MinplanPackage.BLOCK__LAYOUT_UNIT:
				if (resolve) return getLayoutUnit();
				return basicGetLayoutUnit();
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
			case MinplanPackage.BLOCK__MINERAL:
				setMineral((Mineral)newValue);
				return;
			case MinplanPackage.BLOCK__MINERAL_TEXT:
				setMineralText((String)newValue);
				return;
			case MinplanPackage.BLOCK__ZONE:
				setZone((PlanningZone)newValue);
				return;
			case MinplanPackage.BLOCK__LAYOUT_UNIT:
				setLayoutUnit((LayoutUnit)newValue);
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
			case MinplanPackage.BLOCK__MINERAL:
				setMineral((Mineral)null);
				return;
			case MinplanPackage.BLOCK__MINERAL_TEXT:
				setMineralText(MINERAL_TEXT_EDEFAULT);
				return;
			case MinplanPackage.BLOCK__ZONE:
				setZone((PlanningZone)null);
				return;
			case MinplanPackage.BLOCK__LAYOUT_UNIT:
				setLayoutUnit((LayoutUnit)null);
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
			case MinplanPackage.BLOCK__MINERAL:
				return mineral != null;
			case MinplanPackage.BLOCK__MINERAL_TEXT:
				return MINERAL_TEXT_EDEFAULT == null ? mineralText != null : !MINERAL_TEXT_EDEFAULT.equals(mineralText);
			case MinplanPackage.BLOCK__ZONE:
				return zone != null;
			case MinplanPackage.BLOCK__LAYOUT_UNIT:
				return layoutUnit != null;
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
		result.append(" (mineralText: "); //$NON-NLS-1$
		result.append(mineralText);
		result.append(')');
		return result.toString();
	}

} //BlockImpl
