/**
 */
package org.minplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mineral Control</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The control class a plan gives a mineral (重点勘查/重点开采/限制/禁止), possibly under a condition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.MineralControl#getControlClass <em>Control Class</em>}</li>
 *   <li>{@link org.minplan.model.MineralControl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.MineralControl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.MineralControl#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getMineralControl()
 * @model
 * @generated
 */
public interface MineralControl extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Control Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.ControlClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Control class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Control Class</em>' attribute.
	 * @see org.minplan.model.ControlClass
	 * @see #setControlClass(ControlClass)
	 * @see org.minplan.model.MinplanPackage#getMineralControl_ControlClass()
	 * @model
	 * @generated
	 */
	ControlClass getControlClass();

	/**
	 * Sets the value of the '{@link org.minplan.model.MineralControl#getControlClass <em>Control Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Class</em>' attribute.
	 * @see org.minplan.model.ControlClass
	 * @see #getControlClass()
	 * @generated
	 */
	void setControlClass(ControlClass value);

	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral of the catalogue, when the text names one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getMineralControl_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.MineralControl#getMineral <em>Mineral</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral</em>' reference.
	 * @see #getMineral()
	 * @generated
	 */
	void setMineral(Mineral value);

	/**
	 * Returns the value of the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral as printed, e.g. 砂金 or 可耕地砖瓦用粘土.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getMineralControl_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.MineralControl#getMineralText <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral Text</em>' attribute.
	 * @see #getMineralText()
	 * @generated
	 */
	void setMineralText(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition as printed, e.g. 灰分大于40%或含硫大于3%的煤.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.minplan.model.MinplanPackage#getMineralControl_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.minplan.model.MineralControl#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

} // MineralControl
