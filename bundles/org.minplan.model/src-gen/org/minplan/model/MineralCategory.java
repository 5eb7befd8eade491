/**
 */
package org.minplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mineral Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The ten mineral categories of 专栏4.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanPackage#getMineralCategory()
 * @model
 * @generated
 */
public enum MineralCategory implements Enumerator {
	/**
	 * The '<em><b>Energy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(0, "energy", "energy"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Ferrous</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FERROUS_VALUE
	 * @generated
	 * @ordered
	 */
	FERROUS(1, "ferrous", "ferrous"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Non Ferrous</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_FERROUS_VALUE
	 * @generated
	 * @ordered
	 */
	NON_FERROUS(2, "nonFerrous", "nonFerrous"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Precious</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRECIOUS_VALUE
	 * @generated
	 * @ordered
	 */
	PRECIOUS(3, "precious", "precious"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Rare</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RARE_VALUE
	 * @generated
	 * @ordered
	 */
	RARE(4, "rare", "rare"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Metallurgical Auxiliary</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METALLURGICAL_AUXILIARY_VALUE
	 * @generated
	 * @ordered
	 */
	METALLURGICAL_AUXILIARY(5, "metallurgicalAuxiliary", "metallurgicalAuxiliary"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Chemical</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHEMICAL_VALUE
	 * @generated
	 * @ordered
	 */
	CHEMICAL(6, "chemical", "chemical"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Building Material</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUILDING_MATERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	BUILDING_MATERIAL(7, "buildingMaterial", "buildingMaterial"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Gemstone</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMSTONE_VALUE
	 * @generated
	 * @ordered
	 */
	GEMSTONE(8, "gemstone", "gemstone"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Water Gas</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_GAS_VALUE
	 * @generated
	 * @ordered
	 */
	WATER_GAS(9, "waterGas", "waterGas"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Energy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY
	 * @model name="energy"
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 0;

	/**
	 * The '<em><b>Ferrous</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FERROUS
	 * @model name="ferrous"
	 * @generated
	 * @ordered
	 */
	public static final int FERROUS_VALUE = 1;

	/**
	 * The '<em><b>Non Ferrous</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_FERROUS
	 * @model name="nonFerrous"
	 * @generated
	 * @ordered
	 */
	public static final int NON_FERROUS_VALUE = 2;

	/**
	 * The '<em><b>Precious</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRECIOUS
	 * @model name="precious"
	 * @generated
	 * @ordered
	 */
	public static final int PRECIOUS_VALUE = 3;

	/**
	 * The '<em><b>Rare</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RARE
	 * @model name="rare"
	 * @generated
	 * @ordered
	 */
	public static final int RARE_VALUE = 4;

	/**
	 * The '<em><b>Metallurgical Auxiliary</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METALLURGICAL_AUXILIARY
	 * @model name="metallurgicalAuxiliary"
	 * @generated
	 * @ordered
	 */
	public static final int METALLURGICAL_AUXILIARY_VALUE = 5;

	/**
	 * The '<em><b>Chemical</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHEMICAL
	 * @model name="chemical"
	 * @generated
	 * @ordered
	 */
	public static final int CHEMICAL_VALUE = 6;

	/**
	 * The '<em><b>Building Material</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUILDING_MATERIAL
	 * @model name="buildingMaterial"
	 * @generated
	 * @ordered
	 */
	public static final int BUILDING_MATERIAL_VALUE = 7;

	/**
	 * The '<em><b>Gemstone</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMSTONE
	 * @model name="gemstone"
	 * @generated
	 * @ordered
	 */
	public static final int GEMSTONE_VALUE = 8;

	/**
	 * The '<em><b>Water Gas</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WATER_GAS
	 * @model name="waterGas"
	 * @generated
	 * @ordered
	 */
	public static final int WATER_GAS_VALUE = 9;

	/**
	 * An array of all the '<em><b>Mineral Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MineralCategory[] VALUES_ARRAY =
		new MineralCategory[] {
			ENERGY,
			FERROUS,
			NON_FERROUS,
			PRECIOUS,
			RARE,
			METALLURGICAL_AUXILIARY,
			CHEMICAL,
			BUILDING_MATERIAL,
			GEMSTONE,
			WATER_GAS,
		};

	/**
	 * A public read-only list of all the '<em><b>Mineral Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MineralCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mineral Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineralCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MineralCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mineral Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineralCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MineralCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mineral Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MineralCategory get(int value) {
		switch (value) {
			case ENERGY_VALUE: return ENERGY;
			case FERROUS_VALUE: return FERROUS;
			case NON_FERROUS_VALUE: return NON_FERROUS;
			case PRECIOUS_VALUE: return PRECIOUS;
			case RARE_VALUE: return RARE;
			case METALLURGICAL_AUXILIARY_VALUE: return METALLURGICAL_AUXILIARY;
			case CHEMICAL_VALUE: return CHEMICAL;
			case BUILDING_MATERIAL_VALUE: return BUILDING_MATERIAL;
			case GEMSTONE_VALUE: return GEMSTONE;
			case WATER_GAS_VALUE: return WATER_GAS;
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
	private MineralCategory(int value, String name, String literal) {
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
	
} //MineralCategory
