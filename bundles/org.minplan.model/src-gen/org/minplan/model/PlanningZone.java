/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Zone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planning zone: energy resource base (能源资源基地), national planned mining area (国家规划矿区), key exploration zone (重点勘查区) or key mining zone (重点开采区).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.PlanningZone#getKind <em>Kind</em>}</li>
 *   <li>{@link org.minplan.model.PlanningZone#getLevel <em>Level</em>}</li>
 *   <li>{@link org.minplan.model.PlanningZone#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.PlanningZone#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.PlanningZone#getLayoutUnit <em>Layout Unit</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getPlanningZone()
 * @model
 * @generated
 */
public interface PlanningZone extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.ZoneKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of zone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.minplan.model.ZoneKind
	 * @see #setKind(ZoneKind)
	 * @see org.minplan.model.MinplanPackage#getPlanningZone_Kind()
	 * @model
	 * @generated
	 */
	ZoneKind getKind();

	/**
	 * Sets the value of the '{@link org.minplan.model.PlanningZone#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.minplan.model.ZoneKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ZoneKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.PlanLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Level of the plan that designates it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.minplan.model.PlanLevel
	 * @see #setLevel(PlanLevel)
	 * @see org.minplan.model.MinplanPackage#getPlanningZone_Level()
	 * @model
	 * @generated
	 */
	PlanLevel getLevel();

	/**
	 * Sets the value of the '{@link org.minplan.model.PlanningZone#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.minplan.model.PlanLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(PlanLevel value);

	/**
	 * Returns the value of the '<em><b>Minerals</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.Mineral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main minerals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minerals</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getPlanningZone_Minerals()
	 * @model
	 * @generated
	 */
	EList<Mineral> getMinerals();

	/**
	 * Returns the value of the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minerals as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getPlanningZone_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.PlanningZone#getMineralText <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral Text</em>' attribute.
	 * @see #getMineralText()
	 * @generated
	 */
	void setMineralText(String value);

	/**
	 * Returns the value of the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layout unit it belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Unit</em>' reference.
	 * @see #setLayoutUnit(LayoutUnit)
	 * @see org.minplan.model.MinplanPackage#getPlanningZone_LayoutUnit()
	 * @model
	 * @generated
	 */
	LayoutUnit getLayoutUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.PlanningZone#getLayoutUnit <em>Layout Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Unit</em>' reference.
	 * @see #getLayoutUnit()
	 * @generated
	 */
	void setLayoutUnit(LayoutUnit value);

} // PlanningZone
