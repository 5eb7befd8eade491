/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Area Unit</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Unit of a stated area.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getAreaUnit()
 * @model
 * @generated
 */
public enum AreaUnit implements Enumerator {
	/**
	 * The '<em><b>Square Kilometre</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_KILOMETRE_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARE_KILOMETRE(0, "squareKilometre", "squareKilometre"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Hectare</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HECTARE_VALUE
	 * @generated
	 * @ordered
	 */
	HECTARE(1, "hectare", "hectare"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Square Metre</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_METRE_VALUE
	 * @generated
	 * @ordered
	 */
	SQUARE_METRE(2, "squareMetre", "squareMetre"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Square Kilometre</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_KILOMETRE
	 * @model name="squareKilometre"
	 * @generated
	 * @ordered
	 */
	public static final int SQUARE_KILOMETRE_VALUE = 0;

	/**
	 * The '<em><b>Hectare</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HECTARE
	 * @model name="hectare"
	 * @generated
	 * @ordered
	 */
	public static final int HECTARE_VALUE = 1;

	/**
	 * The '<em><b>Square Metre</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SQUARE_METRE
	 * @model name="squareMetre"
	 * @generated
	 * @ordered
	 */
	public static final int SQUARE_METRE_VALUE = 2;

	/**
	 * An array of all the '<em><b>Area Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AreaUnit[] VALUES_ARRAY =
		new AreaUnit[] {
			SQUARE_KILOMETRE,
			HECTARE,
			SQUARE_METRE,
		};

	/**
	 * A public read-only list of all the '<em><b>Area Unit</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AreaUnit> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Area Unit</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaUnit get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaUnit result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Unit</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaUnit getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AreaUnit result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Area Unit</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AreaUnit get(int value) {
		switch (value) {
			case SQUARE_KILOMETRE_VALUE: return SQUARE_KILOMETRE;
			case HECTARE_VALUE: return HECTARE;
			case SQUARE_METRE_VALUE: return SQUARE_METRE;
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
	private AreaUnit(int value, String name, String literal) {
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
	
} //AreaUnit
