/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Processing Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deep-processing base (矿产品精深加工基地, 专栏26).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.ProcessingBase#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.ProcessingBase#getCountyText <em>County Text</em>}</li>
 *   <li>{@link org.minplan.model.ProcessingBase#getCounty <em>County</em>}</li>
 *   <li>{@link org.minplan.model.ProcessingBase#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.ProcessingBase#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.ProcessingBase#getMiningAreas <em>Mining Areas</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getProcessingBase()
 * @model
 * @generated
 */
public interface ProcessingBase extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.ProcessingBase#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>County Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * County as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County Text</em>' attribute.
	 * @see #setCountyText(String)
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_CountyText()
	 * @model
	 * @generated
	 */
	String getCountyText();

	/**
	 * Sets the value of the '{@link org.minplan.model.ProcessingBase#getCountyText <em>County Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County Text</em>' attribute.
	 * @see #getCountyText()
	 * @generated
	 */
	void setCountyText(String value);

	/**
	 * Returns the value of the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * County-level unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County</em>' reference.
	 * @see #setCounty(AdministrativeDivision)
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_County()
	 * @model
	 * @generated
	 */
	AdministrativeDivision getCounty();

	/**
	 * Sets the value of the '{@link org.minplan.model.ProcessingBase#getCounty <em>County</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County</em>' reference.
	 * @see #getCounty()
	 * @generated
	 */
	void setCounty(AdministrativeDivision value);

	/**
	 * Returns the value of the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main minerals as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Text</em>' attribute.
	 * @see #setMineralText(String)
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_MineralText()
	 * @model
	 * @generated
	 */
	String getMineralText();

	/**
	 * Sets the value of the '{@link org.minplan.model.ProcessingBase#getMineralText <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral Text</em>' attribute.
	 * @see #getMineralText()
	 * @generated
	 */
	void setMineralText(String value);

	/**
	 * Returns the value of the '<em><b>Minerals</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.Mineral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main minerals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minerals</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_Minerals()
	 * @model
	 * @generated
	 */
	EList<Mineral> getMinerals();

	/**
	 * Returns the value of the '<em><b>Mining Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main mining areas as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mining Areas</em>' attribute.
	 * @see #setMiningAreas(String)
	 * @see org.minplan.model.MinplanPackage#getProcessingBase_MiningAreas()
	 * @model
	 * @generated
	 */
	String getMiningAreas();

	/**
	 * Sets the value of the '{@link org.minplan.model.ProcessingBase#getMiningAreas <em>Mining Areas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mining Areas</em>' attribute.
	 * @see #getMiningAreas()
	 * @generated
	 */
	void setMiningAreas(String value);

} // ProcessingBase
