/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan indicator (规划指标) with baseline, target and attribute (预期性/约束性).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.Indicator#getTable <em>Table</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getGroup <em>Group</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getBaselineText <em>Baseline Text</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getTargetLow <em>Target Low</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getTargetHigh <em>Target High</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getAchieved <em>Achieved</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.Indicator#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Table that prints it, e.g. 专栏14.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Table</em>' attribute.
	 * @see #setTable(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Table()
	 * @model
	 * @generated
	 */
	String getTable();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getTable <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table</em>' attribute.
	 * @see #getTable()
	 * @generated
	 */
	void setTable(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number (序号) as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Group of indicators, e.g. 2025年重点矿种年开采总量.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baseline value (base year), when printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Baseline()
	 * @model
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Baseline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baseline as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Text</em>' attribute.
	 * @see #setBaselineText(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_BaselineText()
	 * @model
	 * @generated
	 */
	String getBaselineText();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getBaselineText <em>Baseline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Text</em>' attribute.
	 * @see #getBaselineText()
	 * @generated
	 */
	void setBaselineText(String value);

	/**
	 * Returns the value of the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target as printed, e.g. ≤230, ≥40, 2-3, 7-10 处.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Text</em>' attribute.
	 * @see #setTargetText(String)
	 * @see org.minplan.model.MinplanPackage#getIndicator_TargetText()
	 * @model
	 * @generated
	 */
	String getTargetText();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getTargetText <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Text</em>' attribute.
	 * @see #getTargetText()
	 * @generated
	 */
	void setTargetText(String value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.Comparator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the target is to be met.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see org.minplan.model.Comparator
	 * @see #setComparator(Comparator)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Comparator()
	 * @model
	 * @generated
	 */
	Comparator getComparator();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see org.minplan.model.Comparator
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(Comparator value);

	/**
	 * Returns the value of the '<em><b>Target Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower bound of the target (for at-least and range).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Low</em>' attribute.
	 * @see #setTargetLow(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getIndicator_TargetLow()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetLow();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getTargetLow <em>Target Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Low</em>' attribute.
	 * @see #getTargetLow()
	 * @generated
	 */
	void setTargetLow(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound of the target (for at-most and range).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target High</em>' attribute.
	 * @see #setTargetHigh(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getIndicator_TargetHigh()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetHigh();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getTargetHigh <em>Target High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target High</em>' attribute.
	 * @see #getTargetHigh()
	 * @generated
	 */
	void setTargetHigh(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value achieved, when the plan prints it (e.g. 专栏8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Achieved</em>' attribute.
	 * @see #setAchieved(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Achieved()
	 * @model
	 * @generated
	 */
	BigDecimal getAchieved();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getAchieved <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved</em>' attribute.
	 * @see #getAchieved()
	 * @generated
	 */
	void setAchieved(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.IndicatorAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected (预期性) or binding (约束性).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see org.minplan.model.IndicatorAttribute
	 * @see #setAttribute(IndicatorAttribute)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Attribute()
	 * @model
	 * @generated
	 */
	IndicatorAttribute getAttribute();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see org.minplan.model.IndicatorAttribute
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(IndicatorAttribute value);

	/**
	 * Returns the value of the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral the indicator is about, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral</em>' reference.
	 * @see #setMineral(Mineral)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Mineral()
	 * @model
	 * @generated
	 */
	Mineral getMineral();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getMineral <em>Mineral</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mineral</em>' reference.
	 * @see #getMineral()
	 * @generated
	 */
	void setMineral(Mineral value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.IndicatorMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What in the model the indicator measures, so its current value can be computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see org.minplan.model.IndicatorMeasure
	 * @see #setMeasure(IndicatorMeasure)
	 * @see org.minplan.model.MinplanPackage#getIndicator_Measure()
	 * @model
	 * @generated
	 */
	IndicatorMeasure getMeasure();

	/**
	 * Sets the value of the '{@link org.minplan.model.Indicator#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see org.minplan.model.IndicatorMeasure
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(IndicatorMeasure value);

} // Indicator
