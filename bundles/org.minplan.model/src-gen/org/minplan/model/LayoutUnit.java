/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layout Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A unit of the exploration and development layout (勘查开发布局): one wing, two belts, five districts (一翼两带五区).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.LayoutUnit#getTier <em>Tier</em>}</li>
 *   <li>{@link org.minplan.model.LayoutUnit#getResources <em>Resources</em>}</li>
 *   <li>{@link org.minplan.model.LayoutUnit#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.minplan.model.LayoutUnit#getZones <em>Zones</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getLayoutUnit()
 * @model
 * @generated
 */
public interface LayoutUnit extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.LayoutTier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Wing, belt or district.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see org.minplan.model.LayoutTier
	 * @see #setTier(LayoutTier)
	 * @see org.minplan.model.MinplanPackage#getLayoutUnit_Tier()
	 * @model
	 * @generated
	 */
	LayoutTier getTier();

	/**
	 * Sets the value of the '{@link org.minplan.model.LayoutUnit#getTier <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tier</em>' attribute.
	 * @see org.minplan.model.LayoutTier
	 * @see #getTier()
	 * @generated
	 */
	void setTier(LayoutTier value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main resources it relies on (主要资源依托), as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' attribute.
	 * @see #setResources(String)
	 * @see org.minplan.model.MinplanPackage#getLayoutUnit_Resources()
	 * @model
	 * @generated
	 */
	String getResources();

	/**
	 * Sets the value of the '{@link org.minplan.model.LayoutUnit#getResources <em>Resources</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resources</em>' attribute.
	 * @see #getResources()
	 * @generated
	 */
	void setResources(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Development direction (发展方向), as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see #setDirection(String)
	 * @see org.minplan.model.MinplanPackage#getLayoutUnit_Direction()
	 * @model
	 * @generated
	 */
	String getDirection();

	/**
	 * Sets the value of the '{@link org.minplan.model.LayoutUnit#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(String value);

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.PlanningZone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zones that belong to this unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zones</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getLayoutUnit_Zones()
	 * @model
	 * @generated
	 */
	EList<PlanningZone> getZones();

} // LayoutUnit
