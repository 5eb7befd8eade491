/**
 */
package org.minplan.model;

import java.math.BigDecimal;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spatial Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan element with a geometry in CGCS2000 (点/面), its coordinate reference kept with the geometry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.SpatialElement#getGeometry <em>Geometry</em>}</li>
 *   <li>{@link org.minplan.model.SpatialElement#isApproximateGeometry <em>Approximate Geometry</em>}</li>
 *   <li>{@link org.minplan.model.SpatialElement#getStatedArea <em>Stated Area</em>}</li>
 *   <li>{@link org.minplan.model.SpatialElement#getStatedAreaUnit <em>Stated Area Unit</em>}</li>
 *   <li>{@link org.minplan.model.SpatialElement#getCounty <em>County</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getSpatialElement()
 * @model abstract="true"
 * @generated
 */
public interface SpatialElement extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Geometry as a value: coordinate reference (EPSG code) and coordinates. Areas are computed by org.minplan.core on the projected plane.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Geometry</em>' attribute.
	 * @see #setGeometry(Shape)
	 * @see org.minplan.model.MinplanPackage#getSpatialElement_Geometry()
	 * @model dataType="org.minplan.model.Shape"
	 * @generated
	 */
	Shape getGeometry();

	/**
	 * Sets the value of the '{@link org.minplan.model.SpatialElement#getGeometry <em>Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geometry</em>' attribute.
	 * @see #getGeometry()
	 * @generated
	 */
	void setGeometry(Shape value);

	/**
	 * Returns the value of the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the geometry is only approximate (e.g. drawn from known places, not surveyed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approximate Geometry</em>' attribute.
	 * @see #setApproximateGeometry(boolean)
	 * @see org.minplan.model.MinplanPackage#getSpatialElement_ApproximateGeometry()
	 * @model
	 * @generated
	 */
	boolean isApproximateGeometry();

	/**
	 * Sets the value of the '{@link org.minplan.model.SpatialElement#isApproximateGeometry <em>Approximate Geometry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approximate Geometry</em>' attribute.
	 * @see #isApproximateGeometry()
	 * @generated
	 */
	void setApproximateGeometry(boolean value);

	/**
	 * Returns the value of the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Area as printed or submitted (面积), in statedAreaUnit; empty when none was given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stated Area</em>' attribute.
	 * @see #setStatedArea(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getSpatialElement_StatedArea()
	 * @model
	 * @generated
	 */
	BigDecimal getStatedArea();

	/**
	 * Sets the value of the '{@link org.minplan.model.SpatialElement#getStatedArea <em>Stated Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stated Area</em>' attribute.
	 * @see #getStatedArea()
	 * @generated
	 */
	void setStatedArea(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Stated Area Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.AreaUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of statedArea.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stated Area Unit</em>' attribute.
	 * @see org.minplan.model.AreaUnit
	 * @see #setStatedAreaUnit(AreaUnit)
	 * @see org.minplan.model.MinplanPackage#getSpatialElement_StatedAreaUnit()
	 * @model
	 * @generated
	 */
	AreaUnit getStatedAreaUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.SpatialElement#getStatedAreaUnit <em>Stated Area Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stated Area Unit</em>' attribute.
	 * @see org.minplan.model.AreaUnit
	 * @see #getStatedAreaUnit()
	 * @generated
	 */
	void setStatedAreaUnit(AreaUnit value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * County-level unit (县级行政区) the element lies in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County</em>' reference.
	 * @see #setCounty(AdministrativeDivision)
	 * @see org.minplan.model.MinplanPackage#getSpatialElement_County()
	 * @model
	 * @generated
	 */
	AdministrativeDivision getCounty();

	/**
	 * Sets the value of the '{@link org.minplan.model.SpatialElement#getCounty <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' reference.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(AdministrativeDivision value);

} // SpatialElement
