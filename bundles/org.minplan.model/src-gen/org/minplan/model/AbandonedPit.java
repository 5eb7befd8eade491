/**
 */
package org.minplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abandoned Pit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A historic abandoned open pit to be restored (历史遗留露天采坑, 专栏23).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.AbandonedPit#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.AbandonedPit#getCountyText <em>County Text</em>}</li>
 *   <li>{@link org.minplan.model.AbandonedPit#getFunding <em>Funding</em>}</li>
 *   <li>{@link org.minplan.model.AbandonedPit#getEnvironmentalZone <em>Environmental Zone</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getAbandonedPit()
 * @model
 * @generated
 */
public interface AbandonedPit extends SpatialElement {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number (序号) as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minplan.model.MinplanPackage#getAbandonedPit_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.AbandonedPit#getNumber <em>Number</em>}' attribute.
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
	 * County as printed (县市区).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>County Text</em>' attribute.
	 * @see #setCountyText(String)
	 * @see org.minplan.model.MinplanPackage#getAbandonedPit_CountyText()
	 * @model
	 * @generated
	 */
	String getCountyText();

	/**
	 * Sets the value of the '{@link org.minplan.model.AbandonedPit#getCountyText <em>County Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>County Text</em>' attribute.
	 * @see #getCountyText()
	 * @generated
	 */
	void setCountyText(String value);

	/**
	 * Returns the value of the '<em><b>Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source of funds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding</em>' attribute.
	 * @see #setFunding(String)
	 * @see org.minplan.model.MinplanPackage#getAbandonedPit_Funding()
	 * @model
	 * @generated
	 */
	String getFunding();

	/**
	 * Sets the value of the '{@link org.minplan.model.AbandonedPit#getFunding <em>Funding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding</em>' attribute.
	 * @see #getFunding()
	 * @generated
	 */
	void setFunding(String value);

	/**
	 * Returns the value of the '<em><b>Environmental Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Treatment zone the pit lies in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environmental Zone</em>' reference.
	 * @see #setEnvironmentalZone(EnvironmentalZone)
	 * @see org.minplan.model.MinplanPackage#getAbandonedPit_EnvironmentalZone()
	 * @model
	 * @generated
	 */
	EnvironmentalZone getEnvironmentalZone();

	/**
	 * Sets the value of the '{@link org.minplan.model.AbandonedPit#getEnvironmentalZone <em>Environmental Zone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environmental Zone</em>' reference.
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	void setEnvironmentalZone(EnvironmentalZone value);

} // AbandonedPit
