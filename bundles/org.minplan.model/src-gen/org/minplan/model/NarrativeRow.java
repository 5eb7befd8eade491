/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Narrative Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A row of a narrative table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.NarrativeRow#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getNarrativeRow()
 * @model
 * @generated
 */
public interface NarrativeRow extends EObject {
	/**
	 * Returns the value of the '<em><b>Cells</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cells as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells</em>' attribute list.
	 * @see org.minplan.model.MinplanPackage#getNarrativeRow_Cells()
	 * @model
	 * @generated
	 */
	EList<String> getCells();

} // NarrativeRow
