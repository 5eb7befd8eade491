/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Concentrated Mining Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sand-gravel-soil concentrated mining area (砂石土集中开采区, 专栏20).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ConcentratedMiningArea#getDesignScale <em>Design Scale</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getConcentratedMiningArea()
 * @model
 * @generated
 */
public interface ConcentratedMiningArea extends Block {
	/**
	 * Returns the value of the '<em><b>Design Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned annual extraction in 万立方米.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design Scale</em>' attribute.
	 * @see #setDesignScale(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getConcentratedMiningArea_DesignScale()
	 * @model
	 * @generated
	 */
	BigDecimal getDesignScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.ConcentratedMiningArea#getDesignScale <em>Design Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design Scale</em>' attribute.
	 * @see #getDesignScale()
	 * @generated
	 */
	void setDesignScale(BigDecimal value);

} // ConcentratedMiningArea
