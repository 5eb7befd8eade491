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

import org.minplan.model.LayoutUnit;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PlanLevel;
import org.minplan.model.PlanningZone;
import org.minplan.model.ZoneKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Planning Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.PlanningZoneImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanningZoneImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanningZoneImpl#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanningZoneImpl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanningZoneImpl#getLayoutUnit <em>Layout Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanningZoneImpl extends SpatialElementImpl implements PlanningZone {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneKind KIND_EDEFAULT = ZoneKind.ENERGY_BASE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ZoneKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final PlanLevel LEVEL_EDEFAULT = PlanLevel.NATIONAL;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected PlanLevel level = LEVEL_EDEFAULT;

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
	protected PlanningZoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.PLANNING_ZONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ZoneKind newKind) {
		ZoneKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLANNING_ZONE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(PlanLevel newLevel) {
		PlanLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLANNING_ZONE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mineral> getMinerals() {
		if (minerals == null) {
			minerals = new EObjectResolvingEList<Mineral>(Mineral.class, this, MinplanPackage.PLANNING_ZONE__MINERALS);
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLANNING_ZONE__MINERAL_TEXT, oldMineralText, mineralText));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT, oldLayoutUnit, layoutUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT, oldLayoutUnit, layoutUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.PLANNING_ZONE__KIND:
				return getKind();
			case MinplanPackage.PLANNING_ZONE__LEVEL:
				return getLevel();
			case MinplanPackage.PLANNING_ZONE__MINERALS:
				return getMinerals();
			case MinplanPackage.PLANNING_ZONE__MINERAL_TEXT:
				return getMineralText();
			case MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT:
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
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MinplanPackage.PLANNING_ZONE__KIND:
				setKind((ZoneKind)newValue);
				return;
			case MinplanPackage.PLANNING_ZONE__LEVEL:
				setLevel((PlanLevel)newValue);
				return;
			case MinplanPackage.PLANNING_ZONE__MINERALS:
				getMinerals().clear();
				getMinerals().addAll((Collection<? extends Mineral>)newValue);
				return;
			case MinplanPackage.PLANNING_ZONE__MINERAL_TEXT:
				setMineralText((String)newValue);
				return;
			case MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT:
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
			case MinplanPackage.PLANNING_ZONE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MinplanPackage.PLANNING_ZONE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case MinplanPackage.PLANNING_ZONE__MINERALS:
				getMinerals().clear();
				return;
			case MinplanPackage.PLANNING_ZONE__MINERAL_TEXT:
				setMineralText(MINERAL_TEXT_EDEFAULT);
				return;
			case MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT:
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
			case MinplanPackage.PLANNING_ZONE__KIND:
				return kind != KIND_EDEFAULT;
			case MinplanPackage.PLANNING_ZONE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case MinplanPackage.PLANNING_ZONE__MINERALS:
				return minerals != null && !minerals.isEmpty();
			case MinplanPackage.PLANNING_ZONE__MINERAL_TEXT:
				return MINERAL_TEXT_EDEFAULT == null ? mineralText != null : !MINERAL_TEXT_EDEFAULT.equals(mineralText);
			case MinplanPackage.PLANNING_ZONE__LAYOUT_UNIT:
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", level: "); //$NON-NLS-1$
		result.append(level);
		result.append(", mineralText: "); //$NON-NLS-1$
		result.append(mineralText);
		result.append(')');
		return result.toString();
	}

} //PlanningZoneImpl
