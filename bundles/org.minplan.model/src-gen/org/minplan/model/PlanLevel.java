/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Plan Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Level of plan that designates a zone.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getPlanLevel()
 * @model
 * @generated
 */
public enum PlanLevel implements Enumerator {
	/**
	 * The '<em><b>National</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL(0, "national", "national"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Autonomous Region</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMOUS_REGION_VALUE
	 * @generated
	 * @ordered
	 */
	AUTONOMOUS_REGION(1, "autonomousRegion", "autonomousRegion"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Prefecture</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE_VALUE
	 * @generated
	 * @ordered
	 */
	PREFECTURE(2, "prefecture", "prefecture"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>National</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL
	 * @model name="national"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_VALUE = 0;

	/**
	 * The '<em><b>Autonomous Region</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMOUS_REGION
	 * @model name="autonomousRegion"
	 * @generated
	 * @ordered
	 */
	public static final int AUTONOMOUS_REGION_VALUE = 1;

	/**
	 * The '<em><b>Prefecture</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREFECTURE
	 * @model name="prefecture"
	 * @generated
	 * @ordered
	 */
	public static final int PREFECTURE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Plan Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanLevel[] VALUES_ARRAY =
		new PlanLevel[] {
			NATIONAL,
			AUTONOMOUS_REGION,
			PREFECTURE,
		};

	/**
	 * A public read-only list of all the '<em><b>Plan Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel get(int value) {
		switch (value) {
			case NATIONAL_VALUE: return NATIONAL;
			case AUTONOMOUS_REGION_VALUE: return AUTONOMOUS_REGION;
			case PREFECTURE_VALUE: return PREFECTURE;
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
	private PlanLevel(int value, String name, String literal) {
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
	
} //PlanLevel
