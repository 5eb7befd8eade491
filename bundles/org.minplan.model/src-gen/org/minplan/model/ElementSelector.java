/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Selector</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects plan elements a printed number describes: a kind, optionally a county, minerals and a scale, and what is measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ElementSelector#getElementType <em>Element Type</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#getCounty <em>County</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#isUseScale <em>Use Scale</em>}</li>
 *   <li>{@link org.minplan.model.ElementSelector#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getElementSelector()
 * @model
 * @generated
 */
public interface ElementSelector extends EObject {
	/**
	 * Returns the value of the '<em><b>Element Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the model class counted, e.g. ExplorationBlock or Mine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Type</em>' attribute.
	 * @see #setElementType(String)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_ElementType()
	 * @model
	 * @generated
	 */
	String getElementType();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#getElementType <em>Element Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Type</em>' attribute.
	 * @see #getElementType()
	 * @generated
	 */
	void setElementType(String value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements in this county.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County</em>' reference.
	 * @see #setCounty(AdministrativeDivision)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_County()
	 * @model
	 * @generated
	 */
	AdministrativeDivision getCounty();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#getCounty <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' reference.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(AdministrativeDivision value);

	/**
	 * Returns the value of the '<em><b>Minerals</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.Mineral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements of these minerals (empty: any).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minerals</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getElementSelector_Minerals()
	 * @model
	 * @generated
	 */
	EList<Mineral> getMinerals();

	/**
	 * Returns the value of the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only elements whose printed mineral is this text (used for 其他 and names outside the catalogue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#getMineralText <em>Mineral Text</em>}' attribute.
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
	 * Only mines/blocks of this scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #setScale(MineScale)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_Scale()
	 * @model
	 * @generated
	 */
	MineScale getScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(MineScale value);

	/**
	 * Returns the value of the '<em><b>Use Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when scale filters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Scale</em>' attribute.
	 * @see #setUseScale(boolean)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_UseScale()
	 * @model
	 * @generated
	 */
	boolean isUseScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#isUseScale <em>Use Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Scale</em>' attribute.
	 * @see #isUseScale()
	 * @generated
	 */
	void setUseScale(boolean value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.StatementMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured over the selected elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see org.minplan.model.StatementMeasure
	 * @see #setMeasure(StatementMeasure)
	 * @see org.minplan.model.MinplanPackage#getElementSelector_Measure()
	 * @model
	 * @generated
	 */
	StatementMeasure getMeasure();

	/**
	 * Sets the value of the '{@link org.minplan.model.ElementSelector#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see org.minplan.model.StatementMeasure
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(StatementMeasure value);

} // ElementSelector
