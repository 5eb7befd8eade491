/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mineral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mineral of the catalogue (矿种, 专栏4) with its category, unit and measure basis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.Mineral#getCategory <em>Category</em>}</li>
 *   <li>{@link org.minplan.model.Mineral#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.Mineral#getMeasureBasis <em>Measure Basis</em>}</li>
 *   <li>{@link org.minplan.model.Mineral#isAdvantage <em>Advantage</em>}</li>
 *   <li>{@link org.minplan.model.Mineral#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getMineral()
 * @model
 * @generated
 */
public interface Mineral extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.MineralCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Category (矿产类别).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.minplan.model.MineralCategory
	 * @see #setCategory(MineralCategory)
	 * @see org.minplan.model.MinplanPackage#getMineral_Category()
	 * @model
	 * @generated
	 */
	MineralCategory getCategory();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mineral#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.minplan.model.MineralCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(MineralCategory value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of reserves, e.g. 万吨, 亿吨, 吨, 万立方米.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getMineral_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mineral#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Measure Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.MeasureBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the quantity measures: ore, metal, oxide or compound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Basis</em>' attribute.
	 * @see org.minplan.model.MeasureBasis
	 * @see #setMeasureBasis(MeasureBasis)
	 * @see org.minplan.model.MinplanPackage#getMineral_MeasureBasis()
	 * @model
	 * @generated
	 */
	MeasureBasis getMeasureBasis();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mineral#getMeasureBasis <em>Measure Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure Basis</em>' attribute.
	 * @see org.minplan.model.MeasureBasis
	 * @see #getMeasureBasis()
	 * @generated
	 */
	void setMeasureBasis(MeasureBasis value);

	/**
	 * Returns the value of the '<em><b>Advantage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Advantage mineral (优势矿种) of the region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Advantage</em>' attribute.
	 * @see #setAdvantage(boolean)
	 * @see org.minplan.model.MinplanPackage#getMineral_Advantage()
	 * @model
	 * @generated
	 */
	boolean isAdvantage();

	/**
	 * Sets the value of the '{@link org.minplan.model.Mineral#isAdvantage <em>Advantage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advantage</em>' attribute.
	 * @see #isAdvantage()
	 * @generated
	 */
	void setAdvantage(boolean value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names used for this mineral in tables and submissions, e.g. 金矿 for 金.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.minplan.model.MinplanPackage#getMineral_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

} // Mineral
