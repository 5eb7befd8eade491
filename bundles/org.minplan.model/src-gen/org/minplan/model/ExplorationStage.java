/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Exploration Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Exploration stage (勘查阶段).
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getExplorationStage()
 * @model
 * @generated
 */
public enum ExplorationStage implements Enumerator {
	/**
	 * The '<em><b>Survey</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(0, "survey", "survey"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Prospecting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTING_VALUE
	 * @generated
	 * @ordered
	 */
	PROSPECTING(1, "prospecting", "prospecting"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>General Exploration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_EXPLORATION_VALUE
	 * @generated
	 * @ordered
	 */
	GENERAL_EXPLORATION(2, "generalExploration", "generalExploration"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Detailed Exploration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETAILED_EXPLORATION_VALUE
	 * @generated
	 * @ordered
	 */
	DETAILED_EXPLORATION(3, "detailedExploration", "detailedExploration"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Survey</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY
	 * @model name="survey"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 0;

	/**
	 * The '<em><b>Prospecting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTING
	 * @model name="prospecting"
	 * @generated
	 * @ordered
	 */
	public static final int PROSPECTING_VALUE = 1;

	/**
	 * The '<em><b>General Exploration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERAL_EXPLORATION
	 * @model name="generalExploration"
	 * @generated
	 * @ordered
	 */
	public static final int GENERAL_EXPLORATION_VALUE = 2;

	/**
	 * The '<em><b>Detailed Exploration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DETAILED_EXPLORATION
	 * @model name="detailedExploration"
	 * @generated
	 * @ordered
	 */
	public static final int DETAILED_EXPLORATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Exploration Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ExplorationStage[] VALUES_ARRAY =
		new ExplorationStage[] {
			SURVEY,
			PROSPECTING,
			GENERAL_EXPLORATION,
			DETAILED_EXPLORATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Exploration Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ExplorationStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Exploration Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExplorationStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExplorationStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exploration Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExplorationStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ExplorationStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Exploration Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ExplorationStage get(int value) {
		switch (value) {
			case SURVEY_VALUE: return SURVEY;
			case PROSPECTING_VALUE: return PROSPECTING;
			case GENERAL_EXPLORATION_VALUE: return GENERAL_EXPLORATION;
			case DETAILED_EXPLORATION_VALUE: return DETAILED_EXPLORATION;
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
	private ExplorationStage(int value, String name, String literal) {
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
	
} //ExplorationStage
