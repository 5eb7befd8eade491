/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Division Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of administrative division.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getDivisionKind()
 * @model
 * @generated
 */
public enum DivisionKind implements Enumerator {
	/**
	 * The '<em><b>Prefecture</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE_VALUE
	 * @generated
	 * @ordered
	 */
	PREFECTURE(0, "prefecture", "prefecture"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>County Level City</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_LEVEL_CITY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY_LEVEL_CITY(1, "countyLevelCity", "countyLevelCity"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>County</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTY(2, "county", "county"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Autonomous County</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMOUS_COUNTY_VALUE
	 * @generated
	 * @ordered
	 */
	AUTONOMOUS_COUNTY(3, "autonomousCounty", "autonomousCounty"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Xpcc Division</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XPCC_DIVISION_VALUE
	 * @generated
	 * @ordered
	 */
	XPCC_DIVISION(4, "xpccDivision", "xpccDivision"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Xpcc Unit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XPCC_UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	XPCC_UNIT(5, "xpccUnit", "xpccUnit"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Prefecture</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE
	 * @model name="prefecture"
	 * @generated
	 * @ordered
	 */
	public static final int PREFECTURE_VALUE = 0;

	/**
	 * The '<em><b>County Level City</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY_LEVEL_CITY
	 * @model name="countyLevelCity"
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_LEVEL_CITY_VALUE = 1;

	/**
	 * The '<em><b>County</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTY
	 * @model name="county"
	 * @generated
	 * @ordered
	 */
	public static final int COUNTY_VALUE = 2;

	/**
	 * The '<em><b>Autonomous County</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMOUS_COUNTY
	 * @model name="autonomousCounty"
	 * @generated
	 * @ordered
	 */
	public static final int AUTONOMOUS_COUNTY_VALUE = 3;

	/**
	 * The '<em><b>Xpcc Division</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XPCC_DIVISION
	 * @model name="xpccDivision"
	 * @generated
	 * @ordered
	 */
	public static final int XPCC_DIVISION_VALUE = 4;

	/**
	 * The '<em><b>Xpcc Unit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XPCC_UNIT
	 * @model name="xpccUnit"
	 * @generated
	 * @ordered
	 */
	public static final int XPCC_UNIT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Division Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DivisionKind[] VALUES_ARRAY =
		new DivisionKind[] {
			PREFECTURE,
			COUNTY_LEVEL_CITY,
			COUNTY,
			AUTONOMOUS_COUNTY,
			XPCC_DIVISION,
			XPCC_UNIT,
		};

	/**
	 * A public read-only list of all the '<em><b>Division Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DivisionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Division Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DivisionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DivisionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Division Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DivisionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DivisionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Division Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DivisionKind get(int value) {
		switch (value) {
			case PREFECTURE_VALUE: return PREFECTURE;
			case COUNTY_LEVEL_CITY_VALUE: return COUNTY_LEVEL_CITY;
			case COUNTY_VALUE: return COUNTY;
			case AUTONOMOUS_COUNTY_VALUE: return AUTONOMOUS_COUNTY;
			case XPCC_DIVISION_VALUE: return XPCC_DIVISION;
			case XPCC_UNIT_VALUE: return XPCC_UNIT;
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
	private DivisionKind(int value, String name, String literal) {
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
	
} //DivisionKind
