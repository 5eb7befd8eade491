/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Environmental Grade</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Grade of a mine geological-environment zone.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getEnvironmentalGrade()
 * @model
 * @generated
 */
public enum EnvironmentalGrade implements Enumerator {
	/**
	 * The '<em><b>Key Treatment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_TREATMENT_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_TREATMENT(0, "keyTreatment", "keyTreatment"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>General Treatment</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_TREATMENT_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_TREATMENT(1, "generalTreatment", "generalTreatment"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Protection Prevention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTECTION_PREVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROTECTION_PREVENTION(2, "protectionPrevention", "protectionPrevention"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Key Treatment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_TREATMENT
	 * @model name="keyTreatment"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_TREATMENT_VALUE = 0;

	/**
	 * The '<em><b>General Treatment</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_TREATMENT
	 * @model name="generalTreatment"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_TREATMENT_VALUE = 1;

	/**
	 * The '<em><b>Protection Prevention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROTECTION_PREVENTION
	 * @model name="protectionPrevention"
	 * @generated
	 * @ordered
	 */
	public static final int PROTECTION_PREVENTION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Environmental Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EnvironmentalGrade[] VALUES_ARRAY =
		new EnvironmentalGrade[] {
			KEY_TREATMENT,
			GENERAL_TREATMENT,
			PROTECTION_PREVENTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Environmental Grade</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EnvironmentalGrade> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Environmental Grade</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentalGrade get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnvironmentalGrade result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Environmental Grade</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentalGrade getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EnvironmentalGrade result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Environmental Grade</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EnvironmentalGrade get(int value) {
		switch (value) {
			case KEY_TREATMENT_VALUE: return KEY_TREATMENT;
			case GENERAL_TREATMENT_VALUE: return GENERAL_TREATMENT;
			case PROTECTION_PREVENTION_VALUE: return PROTECTION_PREVENTION;
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
	private EnvironmentalGrade(int value, String name, String literal) {
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
	
} //EnvironmentalGrade
