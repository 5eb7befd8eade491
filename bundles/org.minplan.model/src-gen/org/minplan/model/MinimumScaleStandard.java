/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Minimum Scale Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Minimum mining scale for new mines of a mineral (最低开采规模设计标准, 专栏21), as printed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getLarge <em>Large</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getMedium <em>Medium</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getSmall <em>Small</em>}</li>
 *   <li>{@link org.minplan.model.MinimumScaleStandard#getServiceLife <em>Service Life</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard()
 * @model
 * @generated
 */
public interface MinimumScaleStandard extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number (序号) as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Minerals</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.Mineral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minerals the standard applies to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minerals</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Minerals()
	 * @model
	 * @generated
	 */
	EList<Mineral> getMinerals();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit per year, as printed, e.g. 矿石万吨.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Large</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Large scale threshold as printed, e.g. 100/200 (underground/open-pit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Large</em>' attribute.
	 * @see #setLarge(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Large()
	 * @model
	 * @generated
	 */
	String getLarge();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getLarge <em>Large</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Large</em>' attribute.
	 * @see #getLarge()
	 * @generated
	 */
	void setLarge(String value);

	/**
	 * Returns the value of the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Medium scale threshold as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Medium</em>' attribute.
	 * @see #setMedium(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Medium()
	 * @model
	 * @generated
	 */
	String getMedium();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getMedium <em>Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Medium</em>' attribute.
	 * @see #getMedium()
	 * @generated
	 */
	void setMedium(String value);

	/**
	 * Returns the value of the '<em><b>Small</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Small scale threshold as printed; the minimum for a new mine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Small</em>' attribute.
	 * @see #setSmall(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_Small()
	 * @model
	 * @generated
	 */
	String getSmall();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getSmall <em>Small</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Small</em>' attribute.
	 * @see #getSmall()
	 * @generated
	 */
	void setSmall(String value);

	/**
	 * Returns the value of the '<em><b>Service Life</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum service life as printed, e.g. 10年.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Life</em>' attribute.
	 * @see #setServiceLife(String)
	 * @see org.minplan.model.MinplanPackage#getMinimumScaleStandard_ServiceLife()
	 * @model
	 * @generated
	 */
	String getServiceLife();

	/**
	 * Sets the value of the '{@link org.minplan.model.MinimumScaleStandard#getServiceLife <em>Service Life</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Life</em>' attribute.
	 * @see #getServiceLife()
	 * @generated
	 */
	void setServiceLife(String value);

} // MinimumScaleStandard
