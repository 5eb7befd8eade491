/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reserve Increase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reserves newly added in the previous planning period (新增资源储量, 专栏9).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ReserveIncrease#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.ReserveIncrease#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.ReserveIncrease#getTarget <em>Target</em>}</li>
 *   <li>{@link org.minplan.model.ReserveIncrease#getAdded <em>Added</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getReserveIncrease()
 * @model
 * @generated
 */
public interface ReserveIncrease extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral of the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getReserveIncrease_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.ReserveIncrease#getMineral <em>Mineral</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral</em>' reference.
	 * @see #getMineral()
	 * @generated
	 */
	void setMineral(Mineral value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getReserveIncrease_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.ReserveIncrease#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target of the previous plan, as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getReserveIncrease_Target()
	 * @model
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.minplan.model.ReserveIncrease#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reserves newly added, as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Added</em>' attribute.
	 * @see #setAdded(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getReserveIncrease_Added()
	 * @model
	 * @generated
	 */
	BigDecimal getAdded();

	/**
	 * Sets the value of the '{@link org.minplan.model.ReserveIncrease#getAdded <em>Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Added</em>' attribute.
	 * @see #getAdded()
	 * @generated
	 */
	void setAdded(BigDecimal value);

} // ReserveIncrease
