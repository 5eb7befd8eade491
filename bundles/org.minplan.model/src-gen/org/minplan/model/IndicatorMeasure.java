/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Indicator Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What in the model an indicator measures.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getIndicatorMeasure()
 * @model
 * @generated
 */
public enum IndicatorMeasure implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Mine Count</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	MINE_COUNT(1, "mineCount", "mineCount"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Large Medium Share</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LARGE_MEDIUM_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	LARGE_MEDIUM_SHARE(2, "largeMediumShare", "largeMediumShare"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Annual Output</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_OUTPUT_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL_OUTPUT(3, "annualOutput", "annualOutput"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Mine Count Of Mineral</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_COUNT_OF_MINERAL_VALUE
	 * @generated
	 * @ordered
	 */
	MINE_COUNT_OF_MINERAL(4, "mineCountOfMineral", "mineCountOfMineral"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Green Mine Count</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_MINE_COUNT_VALUE
	 * @generated
	 * @ordered
	 */
	GREEN_MINE_COUNT(5, "greenMineCount", "greenMineCount"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Mine Count</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_COUNT
	 * @model name="mineCount"
	 * @generated
	 * @ordered
	 */
	public static final int MINE_COUNT_VALUE = 1;

	/**
	 * The '<em><b>Large Medium Share</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LARGE_MEDIUM_SHARE
	 * @model name="largeMediumShare"
	 * @generated
	 * @ordered
	 */
	public static final int LARGE_MEDIUM_SHARE_VALUE = 2;

	/**
	 * The '<em><b>Annual Output</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_OUTPUT
	 * @model name="annualOutput"
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_OUTPUT_VALUE = 3;

	/**
	 * The '<em><b>Mine Count Of Mineral</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINE_COUNT_OF_MINERAL
	 * @model name="mineCountOfMineral"
	 * @generated
	 * @ordered
	 */
	public static final int MINE_COUNT_OF_MINERAL_VALUE = 4;

	/**
	 * The '<em><b>Green Mine Count</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GREEN_MINE_COUNT
	 * @model name="greenMineCount"
	 * @generated
	 * @ordered
	 */
	public static final int GREEN_MINE_COUNT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Indicator Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IndicatorMeasure[] VALUES_ARRAY =
		new IndicatorMeasure[] {
			NONE,
			MINE_COUNT,
			LARGE_MEDIUM_SHARE,
			ANNUAL_OUTPUT,
			MINE_COUNT_OF_MINERAL,
			GREEN_MINE_COUNT,
		};

	/**
	 * A public read-only list of all the '<em><b>Indicator Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IndicatorMeasure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Indicator Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorMeasure get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorMeasure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorMeasure getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorMeasure result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorMeasure get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case MINE_COUNT_VALUE: return MINE_COUNT;
			case LARGE_MEDIUM_SHARE_VALUE: return LARGE_MEDIUM_SHARE;
			case ANNUAL_OUTPUT_VALUE: return ANNUAL_OUTPUT;
			case MINE_COUNT_OF_MINERAL_VALUE: return MINE_COUNT_OF_MINERAL;
			case GREEN_MINE_COUNT_VALUE: return GREEN_MINE_COUNT;
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
	private IndicatorMeasure(int value, String name, String literal) {
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
	
} //IndicatorMeasure
