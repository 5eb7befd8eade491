/**
 */
package org.minplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environmental Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mine geological-environment zone (矿山地质环境分区, 专栏22).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.EnvironmentalZone#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.minplan.model.EnvironmentalZone#getGroupNumber <em>Group Number</em>}</li>
 *   <li>{@link org.minplan.model.EnvironmentalZone#getMainMines <em>Main Mines</em>}</li>
 *   <li>{@link org.minplan.model.EnvironmentalZone#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.minplan.model.EnvironmentalZone#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone()
 * @model
 * @generated
 */
public interface EnvironmentalZone extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.EnvironmentalGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key treatment, general treatment or protection and prevention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.minplan.model.EnvironmentalGrade
	 * @see #setGrade(EnvironmentalGrade)
	 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone_Grade()
	 * @model
	 * @generated
	 */
	EnvironmentalGrade getGrade();

	/**
	 * Sets the value of the '{@link org.minplan.model.EnvironmentalZone#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.minplan.model.EnvironmentalGrade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(EnvironmentalGrade value);

	/**
	 * Returns the value of the '<em><b>Group Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number (编号) as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Number</em>' attribute.
	 * @see #setGroupNumber(String)
	 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone_GroupNumber()
	 * @model
	 * @generated
	 */
	String getGroupNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.EnvironmentalZone#getGroupNumber <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Number</em>' attribute.
	 * @see #getGroupNumber()
	 * @generated
	 */
	void setGroupNumber(String value);

	/**
	 * Returns the value of the '<em><b>Main Mines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main mines (主要矿山), as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Main Mines</em>' attribute.
	 * @see #setMainMines(String)
	 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone_MainMines()
	 * @model
	 * @generated
	 */
	String getMainMines();

	/**
	 * Sets the value of the '{@link org.minplan.model.EnvironmentalZone#getMainMines <em>Main Mines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Mines</em>' attribute.
	 * @see #getMainMines()
	 * @generated
	 */
	void setMainMines(String value);

	/**
	 * Returns the value of the '<em><b>Hazards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hazards (危害), as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hazards</em>' attribute.
	 * @see #setHazards(String)
	 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone_Hazards()
	 * @model
	 * @generated
	 */
	String getHazards();

	/**
	 * Sets the value of the '{@link org.minplan.model.EnvironmentalZone#getHazards <em>Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hazards</em>' attribute.
	 * @see #getHazards()
	 * @generated
	 */
	void setHazards(String value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remediation tasks (治理任务), as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' attribute.
	 * @see #setTasks(String)
	 * @see org.minplan.model.MinplanPackage#getEnvironmentalZone_Tasks()
	 * @model
	 * @generated
	 */
	String getTasks();

	/**
	 * Sets the value of the '{@link org.minplan.model.EnvironmentalZone#getTasks <em>Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tasks</em>' attribute.
	 * @see #getTasks()
	 * @generated
	 */
	void setTasks(String value);

} // EnvironmentalZone
