/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Reserve</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Resource reserves of a mineral at the base year (资源储量, 专栏5).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ResourceReserve#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.ResourceReserve#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.ResourceReserve#getCumulativeIdentified <em>Cumulative Identified</em>}</li>
 *   <li>{@link org.minplan.model.ResourceReserve#getRetained <em>Retained</em>}</li>
 *   <li>{@link org.minplan.model.ResourceReserve#isWithheld <em>Withheld</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getResourceReserve()
 * @model
 * @generated
 */
public interface ResourceReserve extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral of the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getResourceReserve_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.ResourceReserve#getMineral <em>Mineral</em>}' reference.
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
	 * Unit as printed, with its basis, e.g. "矿石 万吨" or "Au 吨".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getResourceReserve_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.ResourceReserve#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Cumulative Identified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cumulative identified resources (累计查明资源量) as printed; empty when blank or withheld.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cumulative Identified</em>' attribute.
	 * @see #setCumulativeIdentified(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getResourceReserve_CumulativeIdentified()
	 * @model
	 * @generated
	 */
	BigDecimal getCumulativeIdentified();

	/**
	 * Sets the value of the '{@link org.minplan.model.ResourceReserve#getCumulativeIdentified <em>Cumulative Identified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cumulative Identified</em>' attribute.
	 * @see #getCumulativeIdentified()
	 * @generated
	 */
	void setCumulativeIdentified(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Retained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retained resources (保有资源量) as printed; empty when blank or withheld.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retained</em>' attribute.
	 * @see #setRetained(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getResourceReserve_Retained()
	 * @model
	 * @generated
	 */
	BigDecimal getRetained();

	/**
	 * Sets the value of the '{@link org.minplan.model.ResourceReserve#getRetained <em>Retained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retained</em>' attribute.
	 * @see #getRetained()
	 * @generated
	 */
	void setRetained(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Withheld</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the plan withholds the numbers (printed as xxx).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Withheld</em>' attribute.
	 * @see #setWithheld(boolean)
	 * @see org.minplan.model.MinplanPackage#getResourceReserve_Withheld()
	 * @model
	 * @generated
	 */
	boolean isWithheld();

	/**
	 * Sets the value of the '{@link org.minplan.model.ResourceReserve#isWithheld <em>Withheld</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Withheld</em>' attribute.
	 * @see #isWithheld()
	 * @generated
	 */
	void setWithheld(boolean value);

} // ResourceReserve
