/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mine (矿山) with its licence, mineral, scale and output.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.Mine#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getLicenceNumber <em>Licence Number</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getOutput <em>Output</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getOutputValue <em>Output Value</em>}</li>
 *   <li>{@link org.minplan.model.Mine#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minplan.model.Mine#isGreenMine <em>Green Mine</em>}</li>
 *   <li>{@link org.minplan.model.Mine#isOilGas <em>Oil Gas</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getMine()
 * @model
 * @generated
 */
public interface Mine extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main mineral.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getMine_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getMineral <em>Mineral</em>}' reference.
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
	 * Mineral as printed, e.g. 熔剂用蛇纹岩.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getMine_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getMineralText <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral Text</em>' attribute.
	 * @see #getMineralText()
	 * @generated
	 */
	void setMineralText(String value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.MineScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Production scale (规模).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #setScale(MineScale)
	 * @see org.minplan.model.MinplanPackage#getMine_Scale()
	 * @model
	 * @generated
	 */
	MineScale getScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(MineScale value);

	/**
	 * Returns the value of the '<em><b>Licence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mining licence number (采矿许可证号).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Licence Number</em>' attribute.
	 * @see #setLicenceNumber(String)
	 * @see org.minplan.model.MinplanPackage#getMine_LicenceNumber()
	 * @model
	 * @generated
	 */
	String getLicenceNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getLicenceNumber <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence Number</em>' attribute.
	 * @see #getLicenceNumber()
	 * @generated
	 */
	void setLicenceNumber(String value);

	/**
	 * Returns the value of the '<em><b>Employees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employees (从业人数).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employees</em>' attribute.
	 * @see #setEmployees(Integer)
	 * @see org.minplan.model.MinplanPackage#getMine_Employees()
	 * @model
	 * @generated
	 */
	Integer getEmployees();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getEmployees <em>Employees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employees</em>' attribute.
	 * @see #getEmployees()
	 * @generated
	 */
	void setEmployees(Integer value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual ore output (年产量) in 万吨 (sand and clay: 万立方米 as printed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see #setOutput(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getMine_Output()
	 * @model
	 * @generated
	 */
	BigDecimal getOutput();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Output Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gross industrial output value (工业总产值) in 万元.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Value</em>' attribute.
	 * @see #setOutputValue(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getMine_OutputValue()
	 * @model
	 * @generated
	 */
	BigDecimal getOutputValue();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getOutputValue <em>Output Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Value</em>' attribute.
	 * @see #getOutputValue()
	 * @generated
	 */
	void setOutputValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.MineStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Operating status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.minplan.model.MineStatus
	 * @see #setStatus(MineStatus)
	 * @see org.minplan.model.MinplanPackage#getMine_Status()
	 * @model
	 * @generated
	 */
	MineStatus getStatus();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.minplan.model.MineStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MineStatus value);

	/**
	 * Returns the value of the '<em><b>Green Mine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Listed as a green mine (绿色矿山).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Green Mine</em>' attribute.
	 * @see #setGreenMine(boolean)
	 * @see org.minplan.model.MinplanPackage#getMine_GreenMine()
	 * @model
	 * @generated
	 */
	boolean isGreenMine();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#isGreenMine <em>Green Mine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Mine</em>' attribute.
	 * @see #isGreenMine()
	 * @generated
	 */
	void setGreenMine(boolean value);

	/**
	 * Returns the value of the '<em><b>Oil Gas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Oil or gas field rather than a solid-mineral mine (非油气矿山 counts exclude these).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Oil Gas</em>' attribute.
	 * @see #setOilGas(boolean)
	 * @see org.minplan.model.MinplanPackage#getMine_OilGas()
	 * @model
	 * @generated
	 */
	boolean isOilGas();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mine#isOilGas <em>Oil Gas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Oil Gas</em>' attribute.
	 * @see #isOilGas()
	 * @generated
	 */
	void setOilGas(boolean value);

} // Mine
