/**
 */
package org.minplan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mining Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mining planning block (开采规划区块, 专栏18).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.MiningBlock#getDesignScale <em>Design Scale</em>}</li>
 *   <li>{@link org.minplan.model.MiningBlock#getDesignScaleUnit <em>Design Scale Unit</em>}</li>
 *   <li>{@link org.minplan.model.MiningBlock#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.MiningBlock#getConvertedFrom <em>Converted From</em>}</li>
 *   <li>{@link org.minplan.model.MiningBlock#getJustification <em>Justification</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getMiningBlock()
 * @model
 * @generated
 */
public interface MiningBlock extends Block {
	/**
	 * Returns the value of the '<em><b>Design Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Design production scale (设计规模) in designScaleUnit per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design Scale</em>' attribute.
	 * @see #setDesignScale(BigDecimal)
	 * @see org.minplan.model.MinplanPackage#getMiningBlock_DesignScale()
	 * @model
	 * @generated
	 */
	BigDecimal getDesignScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.MiningBlock#getDesignScale <em>Design Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design Scale</em>' attribute.
	 * @see #getDesignScale()
	 * @generated
	 */
	void setDesignScale(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Design Scale Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the design scale, e.g. 万吨/年 or 万立方米/年.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Design Scale Unit</em>' attribute.
	 * @see #setDesignScaleUnit(String)
	 * @see org.minplan.model.MinplanPackage#getMiningBlock_DesignScaleUnit()
	 * @model
	 * @generated
	 */
	String getDesignScaleUnit();

	/**
	 * Sets the value of the '{@link org.minplan.model.MiningBlock#getDesignScaleUnit <em>Design Scale Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design Scale Unit</em>' attribute.
	 * @see #getDesignScaleUnit()
	 * @generated
	 */
	void setDesignScaleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The literals are from the enumeration {@link org.minplan.model.MineScale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale class of the planned mine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #setScale(MineScale)
	 * @see org.minplan.model.MinplanPackage#getMiningBlock_Scale()
	 * @model
	 * @generated
	 */
	MineScale getScale();

	/**
	 * Sets the value of the '{@link org.minplan.model.MiningBlock#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see org.minplan.model.MineScale
	 * @see #getScale()
	 * @generated
	 */
	void setScale(MineScale value);

	/**
	 * Returns the value of the '<em><b>Converted From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exploration block this mining block converts (探转采).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Converted From</em>' reference.
	 * @see #setConvertedFrom(ExplorationBlock)
	 * @see org.minplan.model.MinplanPackage#getMiningBlock_ConvertedFrom()
	 * @model
	 * @generated
	 */
	ExplorationBlock getConvertedFrom();

	/**
	 * Sets the value of the '{@link org.minplan.model.MiningBlock#getConvertedFrom <em>Converted From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Converted From</em>' reference.
	 * @see #getConvertedFrom()
	 * @generated
	 */
	void setConvertedFrom(ExplorationBlock value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Justification required when the mineral is restricted (限制开采).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.minplan.model.MinplanPackage#getMiningBlock_Justification()
	 * @model
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.minplan.model.MiningBlock#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

} // MiningBlock
