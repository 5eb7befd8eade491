/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Measure Basis</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a reserve quantity measures.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getMeasureBasis()
 * @model
 * @generated
 */
public enum MeasureBasis implements Enumerator {
	/**
	 * The '<em><b>Ore</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORE_VALUE
	 * @generated
	 * @ordered
	 */
	ORE(0, "ore", "ore"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Metal</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METAL_VALUE
	 * @generated
	 * @ordered
	 */
	METAL(1, "metal", "metal"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Oxide</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OXIDE_VALUE
	 * @generated
	 * @ordered
	 */
	OXIDE(2, "oxide", "oxide"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Compound</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND_VALUE
	 * @generated
	 * @ordered
	 */
	COMPOUND(3, "compound", "compound"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Ore</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORE
	 * @model name="ore"
	 * @generated
	 * @ordered
	 */
	public static final int ORE_VALUE = 0;

	/**
	 * The '<em><b>Metal</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METAL
	 * @model name="metal"
	 * @generated
	 * @ordered
	 */
	public static final int METAL_VALUE = 1;

	/**
	 * The '<em><b>Oxide</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OXIDE
	 * @model name="oxide"
	 * @generated
	 * @ordered
	 */
	public static final int OXIDE_VALUE = 2;

	/**
	 * The '<em><b>Compound</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND
	 * @model name="compound"
	 * @generated
	 * @ordered
	 */
	public static final int COMPOUND_VALUE = 3;

	/**
	 * An array of all the '<em><b>Measure Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeasureBasis[] VALUES_ARRAY =
		new MeasureBasis[] {
			ORE,
			METAL,
			OXIDE,
			COMPOUND,
		};

	/**
	 * A public read-only list of all the '<em><b>Measure Basis</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeasureBasis> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Measure Basis</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureBasis get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureBasis result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Basis</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureBasis getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeasureBasis result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Measure Basis</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeasureBasis get(int value) {
		switch (value) {
			case ORE_VALUE: return ORE;
			case METAL_VALUE: return METAL;
			case OXIDE_VALUE: return OXIDE;
			case COMPOUND_VALUE: return COMPOUND;
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
	private MeasureBasis(int value, String name, String literal) {
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
	
} //MeasureBasis
