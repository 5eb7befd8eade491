/**
 */
package org.minplan.model;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Administrative Division</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An administrative division (行政区): prefecture, county-level unit or XPCC unit, with its GB/T 2260 code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.AdministrativeDivision#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minplan.model.AdministrativeDivision#getNameEn <em>Name En</em>}</li>
 *   <li>{@link org.minplan.model.AdministrativeDivision#getSeat <em>Seat</em>}</li>
 *   <li>{@link org.minplan.model.AdministrativeDivision#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getAdministrativeDivision()
 * @model
 * @generated
 */
public interface AdministrativeDivision extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.DivisionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of division.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minplan.model.DivisionKind
	 * @see #setKind(DivisionKind)
	 * @see org.minplan.model.MinplanPackage#getAdministrativeDivision_Kind()
	 * @model
	 * @generated
	 */
	DivisionKind getKind();

	/**
	 * Sets the value of the '{@link org.minplan.model.AdministrativeDivision#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minplan.model.DivisionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DivisionKind value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in English (Pinyin).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see org.minplan.model.MinplanPackage#getAdministrativeDivision_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link org.minplan.model.AdministrativeDivision#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Seat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location of the seat (驻地) as a point.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seat</em>' attribute.
	 * @see #setSeat(Shape)
	 * @see org.minplan.model.MinplanPackage#getAdministrativeDivision_Seat()
	 * @model dataType="org.minplan.model.Shape"
	 * @generated
	 */
	Shape getSeat();

	/**
	 * Sets the value of the '{@link org.minplan.model.AdministrativeDivision#getSeat <em>Seat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seat</em>' attribute.
	 * @see #getSeat()
	 * @generated
	 */
	void setSeat(Shape value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Division this one belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(AdministrativeDivision)
	 * @see org.minplan.model.MinplanPackage#getAdministrativeDivision_Parent()
	 * @model
	 * @generated
	 */
	AdministrativeDivision getParent();

	/**
	 * Sets the value of the '{@link org.minplan.model.AdministrativeDivision#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(AdministrativeDivision value);

} // AdministrativeDivision
