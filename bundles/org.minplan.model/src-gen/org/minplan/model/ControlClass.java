/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Control Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Control classes of section 三(一).
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getControlClass()
 * @model
 * @generated
 */
public enum ControlClass implements Enumerator {
	/**
	 * The '<em><b>Key Exploration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_EXPLORATION_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_EXPLORATION(0, "keyExploration", "keyExploration"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Key Mining</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MINING_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_MINING(1, "keyMining", "keyMining"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Restricted Exploration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_EXPLORATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESTRICTED_EXPLORATION(2, "restrictedExploration", "restrictedExploration"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Restricted Mining</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_MINING_VALUE
	 * @generated
	 * @ordered
	 */
	RESTRICTED_MINING(3, "restrictedMining", "restrictedMining"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Prohibited</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROHIBITED_VALUE
	 * @generated
	 * @ordered
	 */
	PROHIBITED(4, "prohibited", "prohibited"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Key Exploration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_EXPLORATION
	 * @model name="keyExploration"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_EXPLORATION_VALUE = 0;

	/**
	 * The '<em><b>Key Mining</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MINING
	 * @model name="keyMining"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_MINING_VALUE = 1;

	/**
	 * The '<em><b>Restricted Exploration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_EXPLORATION
	 * @model name="restrictedExploration"
	 * @generated
	 * @ordered
	 */
	public static final int RESTRICTED_EXPLORATION_VALUE = 2;

	/**
	 * The '<em><b>Restricted Mining</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESTRICTED_MINING
	 * @model name="restrictedMining"
	 * @generated
	 * @ordered
	 */
	public static final int RESTRICTED_MINING_VALUE = 3;

	/**
	 * The '<em><b>Prohibited</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROHIBITED
	 * @model name="prohibited"
	 * @generated
	 * @ordered
	 */
	public static final int PROHIBITED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Control Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ControlClass[] VALUES_ARRAY =
		new ControlClass[] {
			KEY_EXPLORATION,
			KEY_MINING,
			RESTRICTED_EXPLORATION,
			RESTRICTED_MINING,
			PROHIBITED,
		};

	/**
	 * A public read-only list of all the '<em><b>Control Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ControlClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Control Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControlClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Control Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ControlClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Control Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ControlClass get(int value) {
		switch (value) {
			case KEY_EXPLORATION_VALUE: return KEY_EXPLORATION;
			case KEY_MINING_VALUE: return KEY_MINING;
			case RESTRICTED_EXPLORATION_VALUE: return RESTRICTED_EXPLORATION;
			case RESTRICTED_MINING_VALUE: return RESTRICTED_MINING;
			case PROHIBITED_VALUE: return PROHIBITED;
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
	private ControlClass(int value, String name, String literal) {
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
	
} //ControlClass
