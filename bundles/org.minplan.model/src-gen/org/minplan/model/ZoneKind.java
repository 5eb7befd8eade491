/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Zone Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of planning zone.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getZoneKind()
 * @model
 * @generated
 */
public enum ZoneKind implements Enumerator {
	/**
	 * The '<em><b>Energy Base</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_BASE_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY_BASE(0, "energyBase", "energyBase"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>National Planned Mining Area</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_PLANNED_MINING_AREA_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_PLANNED_MINING_AREA(1, "nationalPlannedMiningArea", "nationalPlannedMiningArea"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Key Exploration Zone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_EXPLORATION_ZONE_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_EXPLORATION_ZONE(2, "keyExplorationZone", "keyExplorationZone"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Key Mining Zone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MINING_ZONE_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_MINING_ZONE(3, "keyMiningZone", "keyMiningZone"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Energy Base</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_BASE
	 * @model name="energyBase"
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_BASE_VALUE = 0;

	/**
	 * The '<em><b>National Planned Mining Area</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_PLANNED_MINING_AREA
	 * @model name="nationalPlannedMiningArea"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_PLANNED_MINING_AREA_VALUE = 1;

	/**
	 * The '<em><b>Key Exploration Zone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_EXPLORATION_ZONE
	 * @model name="keyExplorationZone"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_EXPLORATION_ZONE_VALUE = 2;

	/**
	 * The '<em><b>Key Mining Zone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_MINING_ZONE
	 * @model name="keyMiningZone"
	 * @generated
	 * @ordered
	 */
	public static final int KEY_MINING_ZONE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ZoneKind[] VALUES_ARRAY =
		new ZoneKind[] {
			ENERGY_BASE,
			NATIONAL_PLANNED_MINING_AREA,
			KEY_EXPLORATION_ZONE,
			KEY_MINING_ZONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Zone Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ZoneKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZoneKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZoneKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zone Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZoneKind get(int value) {
		switch (value) {
			case ENERGY_BASE_VALUE: return ENERGY_BASE;
			case NATIONAL_PLANNED_MINING_AREA_VALUE: return NATIONAL_PLANNED_MINING_AREA;
			case KEY_EXPLORATION_ZONE_VALUE: return KEY_EXPLORATION_ZONE;
			case KEY_MINING_ZONE_VALUE: return KEY_MINING_ZONE;
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
	private ZoneKind(int value, String name, String literal) {
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
	
} //ZoneKind
