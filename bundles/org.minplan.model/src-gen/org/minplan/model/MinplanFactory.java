/**
 */
package org.minplan.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.minplan.model.MinplanPackage
 * @generated
 */
public interface MinplanFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MinplanFactory eINSTANCE = org.minplan.model.impl.MinplanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Plan</em>'.
	 * @generated
	 */
	Plan createPlan();

	/**
	 * Returns a new object of class '<em>Administrative Division</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Administrative Division</em>'.
	 * @generated
	 */
	AdministrativeDivision createAdministrativeDivision();

	/**
	 * Returns a new object of class '<em>Mineral</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mineral</em>'.
	 * @generated
	 */
	Mineral createMineral();

	/**
	 * Returns a new object of class '<em>Mineral Control</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mineral Control</em>'.
	 * @generated
	 */
	MineralControl createMineralControl();

	/**
	 * Returns a new object of class '<em>Resource Reserve</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Resource Reserve</em>'.
	 * @generated
	 */
	ResourceReserve createResourceReserve();

	/**
	 * Returns a new object of class '<em>Reserve Increase</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reserve Increase</em>'.
	 * @generated
	 */
	ReserveIncrease createReserveIncrease();

	/**
	 * Returns a new object of class '<em>Mine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mine</em>'.
	 * @generated
	 */
	Mine createMine();

	/**
	 * Returns a new object of class '<em>Layout Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layout Unit</em>'.
	 * @generated
	 */
	LayoutUnit createLayoutUnit();

	/**
	 * Returns a new object of class '<em>Planning Zone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Planning Zone</em>'.
	 * @generated
	 */
	PlanningZone createPlanningZone();

	/**
	 * Returns a new object of class '<em>Exploration Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Exploration Block</em>'.
	 * @generated
	 */
	ExplorationBlock createExplorationBlock();

	/**
	 * Returns a new object of class '<em>Mining Block</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mining Block</em>'.
	 * @generated
	 */
	MiningBlock createMiningBlock();

	/**
	 * Returns a new object of class '<em>Concentrated Mining Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Concentrated Mining Area</em>'.
	 * @generated
	 */
	ConcentratedMiningArea createConcentratedMiningArea();

	/**
	 * Returns a new object of class '<em>Environmental Zone</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Environmental Zone</em>'.
	 * @generated
	 */
	EnvironmentalZone createEnvironmentalZone();

	/**
	 * Returns a new object of class '<em>Abandoned Pit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Abandoned Pit</em>'.
	 * @generated
	 */
	AbandonedPit createAbandonedPit();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Minimum Scale Standard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Minimum Scale Standard</em>'.
	 * @generated
	 */
	MinimumScaleStandard createMinimumScaleStandard();

	/**
	 * Returns a new object of class '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Project</em>'.
	 * @generated
	 */
	Project createProject();

	/**
	 * Returns a new object of class '<em>Processing Base</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Processing Base</em>'.
	 * @generated
	 */
	ProcessingBase createProcessingBase();

	/**
	 * Returns a new object of class '<em>Printed Statement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Printed Statement</em>'.
	 * @generated
	 */
	PrintedStatement createPrintedStatement();

	/**
	 * Returns a new object of class '<em>Element Selector</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Element Selector</em>'.
	 * @generated
	 */
	ElementSelector createElementSelector();

	/**
	 * Returns a new object of class '<em>Narrative Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Narrative Table</em>'.
	 * @generated
	 */
	NarrativeTable createNarrativeTable();

	/**
	 * Returns a new object of class '<em>Narrative Row</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Narrative Row</em>'.
	 * @generated
	 */
	NarrativeRow createNarrativeRow();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MinplanPackage getMinplanPackage();

} //MinplanFactory
