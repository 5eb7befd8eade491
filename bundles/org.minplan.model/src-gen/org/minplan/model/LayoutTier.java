/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Layout Tier</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Tier of the layout 一翼两带五区.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getLayoutTier()
 * @model
 * @generated
 */
public enum LayoutTier implements Enumerator {
	/**
	 * The '<em><b>Wing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WING_VALUE
	 * @generated
	 * @ordered
	 */
	WING(0, "wing", "wing"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Belt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BELT_VALUE
	 * @generated
	 * @ordered
	 */
	BELT(1, "belt", "belt"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>District</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTRICT_VALUE
	 * @generated
	 * @ordered
	 */
	DISTRICT(2, "district", "district"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Wing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WING
	 * @model name="wing"
	 * @generated
	 * @ordered
	 */
	public static final int WING_VALUE = 0;

	/**
	 * The '<em><b>Belt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BELT
	 * @model name="belt"
	 * @generated
	 * @ordered
	 */
	public static final int BELT_VALUE = 1;

	/**
	 * The '<em><b>District</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTRICT
	 * @model name="district"
	 * @generated
	 * @ordered
	 */
	public static final int DISTRICT_VALUE = 2;

	/**
	 * An array of all the '<em><b>Layout Tier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LayoutTier[] VALUES_ARRAY =
		new LayoutTier[] {
			WING,
			BELT,
			DISTRICT,
		};

	/**
	 * A public read-only list of all the '<em><b>Layout Tier</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LayoutTier> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Layout Tier</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayoutTier get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayoutTier result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layout Tier</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayoutTier getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LayoutTier result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Layout Tier</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LayoutTier get(int value) {
		switch (value) {
			case WING_VALUE: return WING;
			case BELT_VALUE: return BELT;
			case DISTRICT_VALUE: return DISTRICT;
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
	private LayoutTier(int value, String name, String literal) {
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
	
} //LayoutTier
