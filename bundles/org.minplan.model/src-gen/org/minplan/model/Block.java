/**
 */
package org.minplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planning block (规划区块) for one mineral in one county.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.Block#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.Block#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.Block#getZone <em>Zone</em>}</li>
 *   <li>{@link org.minplan.model.Block#getLayoutUnit <em>Layout Unit</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getBlock()
 * @model abstract="true"
 * @generated
 */
public interface Block extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getBlock_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.Block#getMineral <em>Mineral</em>}' reference.
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
	 * Mineral as printed or submitted, e.g. 铬铁矿 or 其他.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getBlock_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.Block#getMineralText <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral Text</em>' attribute.
	 * @see #getMineralText()
	 * @generated
	 */
	void setMineralText(String value);

	/**
	 * Returns the value of the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zone the block lies in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zone</em>' reference.
	 * @see #setZone(PlanningZone)
	 * @see org.minplan.model.MinplanPackage#getBlock_Zone()
	 * @model
	 * @generated
	 */
	PlanningZone getZone();

	/**
	 * Sets the value of the '{@link org.minplan.model.Block#getZone <em>Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zone</em>' reference.
	 * @see #getZone()
	 * @generated
	 */
	void setZone(PlanningZone value);

	/**
	 * Returns the value of the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layout unit the block belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Unit</em>' reference.
	 * @see #setLayoutUnit(LayoutUnit)
	 * @see org.minplan.model.MinplanPackage#getBlock_LayoutUnit()
	 * @model
	 * @generated
	 */
	LayoutUnit getLayoutUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.Block#getLayoutUnit <em>Layout Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Unit</em>' reference.
	 * @see #getLayoutUnit()
	 * @generated
	 */
	void setLayoutUnit(LayoutUnit value);

} // Block
