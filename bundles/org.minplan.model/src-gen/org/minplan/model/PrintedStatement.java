/**
 */
package org.minplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Printed Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A number the plan prints: a table cell or total, or a count stated in the text (e.g. 非油气矿山 241 个). The selector says which elements it describes so rules can compare.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.PrintedStatement#getTable <em>Table</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getRowLabel <em>Row Label</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getColumnLabel <em>Column Label</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getValueText <em>Value Text</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getValue <em>Value</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getSeedLine <em>Seed Line</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#isTotal <em>Total</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getParts <em>Parts</em>}</li>
 *   <li>{@link org.minplan.model.PrintedStatement#getSelector <em>Selector</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getPrintedStatement()
 * @model
 * @generated
 */
public interface PrintedStatement extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table that prints it, e.g. 专栏17; empty for the running text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Row Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Row label as printed, e.g. 托里县 or 合计.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Label</em>' attribute.
	 * @see #setRowLabel(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_RowLabel()
	 * @model
	 * @generated
	 */
	String getRowLabel();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getRowLabel <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Label</em>' attribute.
	 * @see #getRowLabel()
	 * @generated
	 */
	void setRowLabel(String value);

	/**
	 * Returns the value of the '<em><b>Column Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column label as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Label</em>' attribute.
	 * @see #setColumnLabel(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_ColumnLabel()
	 * @model
	 * @generated
	 */
	String getColumnLabel();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getColumnLabel <em>Column Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Label</em>' attribute.
	 * @see #getColumnLabel()
	 * @generated
	 */
	void setColumnLabel(String value);

	/**
	 * Returns the value of the '<em><b>Value Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value exactly as printed, e.g. 241, ≤230, xxx.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Text</em>' attribute.
	 * @see #setValueText(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_ValueText()
	 * @model
	 * @generated
	 */
	String getValueText();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getValueText <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Text</em>' attribute.
	 * @see #getValueText()
	 * @generated
	 */
	void setValueText(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value as a number, when it is one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Value()
	 * @model
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The printed phrase, verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Seed Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line of the plan text where it is printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed Line</em>' attribute.
	 * @see #setSeedLine(int)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_SeedLine()
	 * @model
	 * @generated
	 */
	int getSeedLine();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#getSeedLine <em>Seed Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed Line</em>' attribute.
	 * @see #getSeedLine()
	 * @generated
	 */
	void setSeedLine(int value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for totals (合计/总计) that should equal the sum of other statements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(boolean)
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Total()
	 * @model
	 * @generated
	 */
	boolean isTotal();

	/**
	 * Sets the value of the '{@link org.minplan.model.PrintedStatement#isTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #isTotal()
	 * @generated
	 */
	void setTotal(boolean value);

	/**
	 * Returns the value of the '<em><b>Parts</b></em>' reference list.
	 * The list contents are of type {@link org.minplan.model.PrintedStatement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statements this total should be the sum of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parts</em>' reference list.
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Parts()
	 * @model
	 * @generated
	 */
	EList<PrintedStatement> getParts();

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ElementSelector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which elements the number describes; empty when it describes nothing in the model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPrintedStatement_Selector()
	 * @model containment="true"
	 * @generated
	 */
	EList<ElementSelector> getSelector();

} // PrintedStatement
