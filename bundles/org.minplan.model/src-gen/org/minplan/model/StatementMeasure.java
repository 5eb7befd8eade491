/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Statement Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a printed statement measures over the elements it selects.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getStatementMeasure()
 * @model
 * @generated
 */
public enum StatementMeasure implements Enumerator {
	/**
	 * The '<em><b>Count</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	COUNT(0, "count", "count"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Sum Area</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	SUM_AREA(1, "sumArea", "sumArea"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Sum Employees</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_EMPLOYEES_VALUE
	 * @generated
	 * @ordered
	 */
	SUM_EMPLOYEES(2, "sumEmployees", "sumEmployees"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Sum Output</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_OUTPUT_VALUE_
	 * @generated
	 * @ordered
	 */
	SUM_OUTPUT(3, "sumOutput", "sumOutput"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Sum Output Value</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_OUTPUT_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	SUM_OUTPUT_VALUE(4, "sumOutputValue", "sumOutputValue"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Distinct Minerals</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTINCT_MINERALS_VALUE
	 * @generated
	 * @ordered
	 */
	DISTINCT_MINERALS(5, "distinctMinerals", "distinctMinerals"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Count</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNT
	 * @model name="count"
	 * @generated
	 * @ordered
	 */
	public static final int COUNT_VALUE = 0;

	/**
	 * The '<em><b>Sum Area</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_AREA
	 * @model name="sumArea"
	 * @generated
	 * @ordered
	 */
	public static final int SUM_AREA_VALUE = 1;

	/**
	 * The '<em><b>Sum Employees</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_EMPLOYEES
	 * @model name="sumEmployees"
	 * @generated
	 * @ordered
	 */
	public static final int SUM_EMPLOYEES_VALUE = 2;

	/**
	 * The '<em><b>Sum Output</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_OUTPUT
	 * @model name="sumOutput"
	 * @generated
	 * @ordered
	 */
	public static final int SUM_OUTPUT_VALUE_ = 3;

	/**
	 * The '<em><b>Sum Output Value</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_OUTPUT_VALUE
	 * @model name="sumOutputValue"
	 * @generated
	 * @ordered
	 */
	public static final int SUM_OUTPUT_VALUE_VALUE = 4;

	/**
	 * The '<em><b>Distinct Minerals</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTINCT_MINERALS
	 * @model name="distinctMinerals"
	 * @generated
	 * @ordered
	 */
	public static final int DISTINCT_MINERALS_VALUE = 5;

	/**
	 * An array of all the '<em><b>Statement Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StatementMeasure[] VALUES_ARRAY =
		new StatementMeasure[] {
			COUNT,
			SUM_AREA,
			SUM_EMPLOYEES,
			SUM_OUTPUT,
			SUM_OUTPUT_VALUE,
			DISTINCT_MINERALS,
		};

	/**
	 * A public read-only list of all the '<em><b>Statement Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StatementMeasure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Statement Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatementMeasure get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StatementMeasure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statement Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatementMeasure getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StatementMeasure result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Statement Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatementMeasure get(int value) {
		switch (value) {
			case COUNT_VALUE: return COUNT;
			case SUM_AREA_VALUE: return SUM_AREA;
			case SUM_EMPLOYEES_VALUE: return SUM_EMPLOYEES;
			case SUM_OUTPUT_VALUE_: return SUM_OUTPUT;
			case SUM_OUTPUT_VALUE_VALUE: return SUM_OUTPUT_VALUE;
			case DISTINCT_MINERALS_VALUE: return DISTINCT_MINERALS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private StatementMeasure(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //StatementMeasure
