/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Narrative Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A descriptive table of the plan kept verbatim (专栏1-3, 7, 10).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.NarrativeTable#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.minplan.model.NarrativeTable#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getNarrativeTable()
 * @model
 * @generated
 */
public interface NarrativeTable extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column headings as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see org.minplan.model.MinplanPackage#getNarrativeTable_Columns()
	 * @model
	 * @generated
	 */
	EList<String> getColumns();

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.NarrativeRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getNarrativeTable_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<NarrativeRow> getRows();

} // NarrativeTable
