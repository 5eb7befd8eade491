/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.MinplanPackage;
import org.minplan.model.SpatialElement;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Spatial Element</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.SpatialElementImpl#getGeometry <em>Geometry</em>}</li>
 *   <li>{@link org.minplan.model.impl.SpatialElementImpl#isApproximateGeometry <em>Approximate Geometry</em>}</li>
 *   <li>{@link org.minplan.model.impl.SpatialElementImpl#getStatedArea <em>Stated Area</em>}</li>
 *   <li>{@link org.minplan.model.impl.SpatialElementImpl#getStatedAreaUnit <em>Stated Area Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.SpatialElementImpl#getCounty <em>County</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SpatialElementImpl extends PlanElementImpl implements SpatialElement {
	/**
	 * The default value of the '{@link #getGeometry() <em>Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeometry()
	 * @generated
	 * @ordered
	 */
	protected static final Shape GEOMETRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeometry() <em>Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeometry()
	 * @generated
	 * @ordered
	 */
	protected Shape geometry = GEOMETRY_EDEFAULT;

	/**
	 * The default value of the '{@link #isApproximateGeometry() <em>Approximate Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximateGeometry()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROXIMATE_GEOMETRY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApproximateGeometry() <em>Approximate Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproximateGeometry()
	 * @generated
	 * @ordered
	 */
	protected boolean approximateGeometry = APPROXIMATE_GEOMETRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatedArea() <em>Stated Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedArea()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal STATED_AREA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatedArea() <em>Stated Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedArea()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal statedArea = STATED_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatedAreaUnit() <em>Stated Area Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedAreaUnit()
	 * @generated
	 * @ordered
	 */
	protected static final AreaUnit STATED_AREA_UNIT_EDEFAULT = AreaUnit.SQUARE_KILOMETRE;

	/**
	 * The cached value of the '{@link #getStatedAreaUnit() <em>Stated Area Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedAreaUnit()
	 * @generated
	 * @ordered
	 */
	protected AreaUnit statedAreaUnit = STATED_AREA_UNIT_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpatialElementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.SPATIAL_ELEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Shape getGeometry() {
		return geometry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeometry(Shape newGeometry) {
		Shape oldGeometry = geometry;
		geometry = newGeometry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.SPATIAL_ELEMENT__GEOMETRY, oldGeometry, geometry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApproximateGeometry() {
		return approximateGeometry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproximateGeometry(boolean newApproximateGeometry) {
		boolean oldApproximateGeometry = approximateGeometry;
		approximateGeometry = newApproximateGeometry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY, oldApproximateGeometry, approximateGeometry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getStatedArea() {
		return statedArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatedArea(BigDecimal newStatedArea) {
		BigDecimal oldStatedArea = statedArea;
		statedArea = newStatedArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.SPATIAL_ELEMENT__STATED_AREA, oldStatedArea, statedArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AreaUnit getStatedAreaUnit() {
		return statedAreaUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatedAreaUnit(AreaUnit newStatedAreaUnit) {
		AreaUnit oldStatedAreaUnit = statedAreaUnit;
		statedAreaUnit = newStatedAreaUnit == null ? STATED_AREA_UNIT_EDEFAULT : newStatedAreaUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.SPATIAL_ELEMENT__STATED_AREA_UNIT, oldStatedAreaUnit, statedAreaUnit));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.SPATIAL_ELEMENT__COUNTY, oldCounty, county));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.SPATIAL_ELEMENT__COUNTY, oldCounty, county));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.SPATIAL_ELEMENT__GEOMETRY:
				return getGeometry();
			case MinplanPackage.SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY:
				return isApproximateGeometry();
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA:
				return getStatedArea();
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA_UNIT:
				return getStatedAreaUnit();
			case MinplanPackage.SPATIAL_ELEMENT__COUNTY:
				if (resolve) return getCounty();
				return basicGetCounty();
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
			case MinplanPackage.SPATIAL_ELEMENT__GEOMETRY:
				setGeometry((Shape)newValue);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY:
				setApproximateGeometry((Boolean)newValue);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA:
				setStatedArea((BigDecimal)newValue);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA_UNIT:
				setStatedAreaUnit((AreaUnit)newValue);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__COUNTY:
				setCounty((AdministrativeDivision)newValue);
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
			case MinplanPackage.SPATIAL_ELEMENT__GEOMETRY:
				setGeometry(GEOMETRY_EDEFAULT);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY:
				setApproximateGeometry(APPROXIMATE_GEOMETRY_EDEFAULT);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA:
				setStatedArea(STATED_AREA_EDEFAULT);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA_UNIT:
				setStatedAreaUnit(STATED_AREA_UNIT_EDEFAULT);
				return;
			case MinplanPackage.SPATIAL_ELEMENT__COUNTY:
				setCounty((AdministrativeDivision)null);
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
			case MinplanPackage.SPATIAL_ELEMENT__GEOMETRY:
				return GEOMETRY_EDEFAULT == null ? geometry != null : !GEOMETRY_EDEFAULT.equals(geometry);
			case MinplanPackage.SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY:
				return approximateGeometry != APPROXIMATE_GEOMETRY_EDEFAULT;
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA:
				return STATED_AREA_EDEFAULT == null ? statedArea != null : !STATED_AREA_EDEFAULT.equals(statedArea);
			case MinplanPackage.SPATIAL_ELEMENT__STATED_AREA_UNIT:
				return statedAreaUnit != STATED_AREA_UNIT_EDEFAULT;
			case MinplanPackage.SPATIAL_ELEMENT__COUNTY:
				return county != null;
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
		result.append(" (geometry: "); //$NON-NLS-1$
		result.append(geometry);
		result.append(", approximateGeometry: "); //$NON-NLS-1$
		result.append(approximateGeometry);
		result.append(", statedArea: "); //$NON-NLS-1$
		result.append(statedArea);
		result.append(", statedAreaUnit: "); //$NON-NLS-1$
		result.append(statedAreaUnit);
		result.append(')');
		return result.toString();
	}

} //SpatialElementImpl
