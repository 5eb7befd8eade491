/**
 */
package org.minplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exploration Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An exploration planning block (勘查规划区块, 专栏17).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ExplorationBlock#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getExplorationBlock()
 * @model
 * @generated
 */
public interface ExplorationBlock extends Block {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.ExplorationStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exploration stage (勘查阶段).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.minplan.model.ExplorationStage
	 * @see #setStage(ExplorationStage)
	 * @see org.minplan.model.MinplanPackage#getExplorationBlock_Stage()
	 * @model
	 * @generated
	 */
	ExplorationStage getStage();

	/**
	 * Sets the value of the '{@link org.minplan.model.ExplorationBlock#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.minplan.model.ExplorationStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(ExplorationStage value);

} // ExplorationBlock
