/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.MinplanPackage;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Administrative Division</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.AdministrativeDivisionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minplan.model.impl.AdministrativeDivisionImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minplan.model.impl.AdministrativeDivisionImpl#getSeat <em>Seat</em>}</li>
 *   <li>{@link org.minplan.model.impl.AdministrativeDivisionImpl#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AdministrativeDivisionImpl extends SpatialElementImpl implements AdministrativeDivision {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DivisionKind KIND_EDEFAULT = DivisionKind.PREFECTURE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DivisionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeat() <em>Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeat()
	 * @generated
	 * @ordered
	 */
	protected static final Shape SEAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeat() <em>Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeat()
	 * @generated
	 * @ordered
	 */
	protected Shape seat = SEAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected AdministrativeDivision parent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AdministrativeDivisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.ADMINISTRATIVE_DIVISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DivisionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DivisionKind newKind) {
		DivisionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ADMINISTRATIVE_DIVISION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ADMINISTRATIVE_DIVISION__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shape getSeat() {
		return seat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeat(Shape newSeat) {
		Shape oldSeat = seat;
		seat = newSeat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ADMINISTRATIVE_DIVISION__SEAT, oldSeat, seat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeDivision getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (AdministrativeDivision)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdministrativeDivision basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(AdministrativeDivision newParent) {
		AdministrativeDivision oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.ADMINISTRATIVE_DIVISION__KIND:
				return getKind();
			case MinplanPackage.ADMINISTRATIVE_DIVISION__NAME_EN:
				return getNameEn();
			case MinplanPackage.ADMINISTRATIVE_DIVISION__SEAT:
				return getSeat();
			case MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
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
			case MinplanPackage.ADMINISTRATIVE_DIVISION__KIND:
				setKind((DivisionKind)newValue);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__NAME_EN:
				setNameEn((String)newValue);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__SEAT:
				setSeat((Shape)newValue);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT:
				setParent((AdministrativeDivision)newValue);
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
			case MinplanPackage.ADMINISTRATIVE_DIVISION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__SEAT:
				setSeat(SEAT_EDEFAULT);
				return;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT:
				setParent((AdministrativeDivision)null);
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
			case MinplanPackage.ADMINISTRATIVE_DIVISION__KIND:
				return kind != KIND_EDEFAULT;
			case MinplanPackage.ADMINISTRATIVE_DIVISION__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case MinplanPackage.ADMINISTRATIVE_DIVISION__SEAT:
				return SEAT_EDEFAULT == null ? seat != null : !SEAT_EDEFAULT.equals(seat);
			case MinplanPackage.ADMINISTRATIVE_DIVISION__PARENT:
				return parent != null;
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
		result.append(", nameEn: "); //$NON-NLS-1$
		result.append(nameEn);
		result.append(", seat: "); //$NON-NLS-1$
		result.append(seat);
		result.append(')');
		return result.toString();
	}

} //AdministrativeDivisionImpl
