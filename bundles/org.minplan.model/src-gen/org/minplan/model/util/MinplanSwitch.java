/**
 */
package org.minplan.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.minplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.minplan.model.MinplanPackage
 * @generated
 */
public class MinplanSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MinplanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MinplanSwitch() {
		if (modelPackage == null) {
			modelPackage = MinplanPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case MinplanPackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PLAN_ELEMENT: {
				PlanElement planElement = (PlanElement)theEObject;
				T result = casePlanElement(planElement);
				if (result == null) result = caseIdentified(planElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.SPATIAL_ELEMENT: {
				SpatialElement spatialElement = (SpatialElement)theEObject;
				T result = caseSpatialElement(spatialElement);
				if (result == null) result = casePlanElement(spatialElement);
				if (result == null) result = caseIdentified(spatialElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PLAN: {
				Plan plan = (Plan)theEObject;
				T result = casePlan(plan);
				if (result == null) result = caseIdentified(plan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.ADMINISTRATIVE_DIVISION: {
				AdministrativeDivision administrativeDivision = (AdministrativeDivision)theEObject;
				T result = caseAdministrativeDivision(administrativeDivision);
				if (result == null) result = caseSpatialElement(administrativeDivision);
				if (result == null) result = casePlanElement(administrativeDivision);
				if (result == null) result = caseIdentified(administrativeDivision);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.MINERAL: {
				Mineral mineral = (Mineral)theEObject;
				T result = caseMineral(mineral);
				if (result == null) result = casePlanElement(mineral);
				if (result == null) result = caseIdentified(mineral);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.MINERAL_CONTROL: {
				MineralControl mineralControl = (MineralControl)theEObject;
				T result = caseMineralControl(mineralControl);
				if (result == null) result = casePlanElement(mineralControl);
				if (result == null) result = caseIdentified(mineralControl);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.RESOURCE_RESERVE: {
				ResourceReserve resourceReserve = (ResourceReserve)theEObject;
				T result = caseResourceReserve(resourceReserve);
				if (result == null) result = casePlanElement(resourceReserve);
				if (result == null) result = caseIdentified(resourceReserve);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.RESERVE_INCREASE: {
				ReserveIncrease reserveIncrease = (ReserveIncrease)theEObject;
				T result = caseReserveIncrease(reserveIncrease);
				if (result == null) result = casePlanElement(reserveIncrease);
				if (result == null) result = caseIdentified(reserveIncrease);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.MINE: {
				Mine mine = (Mine)theEObject;
				T result = caseMine(mine);
				if (result == null) result = caseSpatialElement(mine);
				if (result == null) result = casePlanElement(mine);
				if (result == null) result = caseIdentified(mine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.LAYOUT_UNIT: {
				LayoutUnit layoutUnit = (LayoutUnit)theEObject;
				T result = caseLayoutUnit(layoutUnit);
				if (result == null) result = caseSpatialElement(layoutUnit);
				if (result == null) result = casePlanElement(layoutUnit);
				if (result == null) result = caseIdentified(layoutUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PLANNING_ZONE: {
				PlanningZone planningZone = (PlanningZone)theEObject;
				T result = casePlanningZone(planningZone);
				if (result == null) result = caseSpatialElement(planningZone);
				if (result == null) result = casePlanElement(planningZone);
				if (result == null) result = caseIdentified(planningZone);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.BLOCK: {
				Block block = (Block)theEObject;
				T result = caseBlock(block);
				if (result == null) result = caseSpatialElement(block);
				if (result == null) result = casePlanElement(block);
				if (result == null) result = caseIdentified(block);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.EXPLORATION_BLOCK: {
				ExplorationBlock explorationBlock = (ExplorationBlock)theEObject;
				T result = caseExplorationBlock(explorationBlock);
				if (result == null) result = caseBlock(explorationBlock);
				if (result == null) result = caseSpatialElement(explorationBlock);
				if (result == null) result = casePlanElement(explorationBlock);
				if (result == null) result = caseIdentified(explorationBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.MINING_BLOCK: {
				MiningBlock miningBlock = (MiningBlock)theEObject;
				T result = caseMiningBlock(miningBlock);
				if (result == null) result = caseBlock(miningBlock);
				if (result == null) result = caseSpatialElement(miningBlock);
				if (result == null) result = casePlanElement(miningBlock);
				if (result == null) result = caseIdentified(miningBlock);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.CONCENTRATED_MINING_AREA: {
				ConcentratedMiningArea concentratedMiningArea = (ConcentratedMiningArea)theEObject;
				T result = caseConcentratedMiningArea(concentratedMiningArea);
				if (result == null) result = caseBlock(concentratedMiningArea);
				if (result == null) result = caseSpatialElement(concentratedMiningArea);
				if (result == null) result = casePlanElement(concentratedMiningArea);
				if (result == null) result = caseIdentified(concentratedMiningArea);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.ENVIRONMENTAL_ZONE: {
				EnvironmentalZone environmentalZone = (EnvironmentalZone)theEObject;
				T result = caseEnvironmentalZone(environmentalZone);
				if (result == null) result = caseSpatialElement(environmentalZone);
				if (result == null) result = casePlanElement(environmentalZone);
				if (result == null) result = caseIdentified(environmentalZone);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.ABANDONED_PIT: {
				AbandonedPit abandonedPit = (AbandonedPit)theEObject;
				T result = caseAbandonedPit(abandonedPit);
				if (result == null) result = caseSpatialElement(abandonedPit);
				if (result == null) result = casePlanElement(abandonedPit);
				if (result == null) result = caseIdentified(abandonedPit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.INDICATOR: {
				Indicator indicator = (Indicator)theEObject;
				T result = caseIndicator(indicator);
				if (result == null) result = casePlanElement(indicator);
				if (result == null) result = caseIdentified(indicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.MINIMUM_SCALE_STANDARD: {
				MinimumScaleStandard minimumScaleStandard = (MinimumScaleStandard)theEObject;
				T result = caseMinimumScaleStandard(minimumScaleStandard);
				if (result == null) result = casePlanElement(minimumScaleStandard);
				if (result == null) result = caseIdentified(minimumScaleStandard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = casePlanElement(project);
				if (result == null) result = caseIdentified(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PROCESSING_BASE: {
				ProcessingBase processingBase = (ProcessingBase)theEObject;
				T result = caseProcessingBase(processingBase);
				if (result == null) result = casePlanElement(processingBase);
				if (result == null) result = caseIdentified(processingBase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.PRINTED_STATEMENT: {
				PrintedStatement printedStatement = (PrintedStatement)theEObject;
				T result = casePrintedStatement(printedStatement);
				if (result == null) result = casePlanElement(printedStatement);
				if (result == null) result = caseIdentified(printedStatement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.ELEMENT_SELECTOR: {
				ElementSelector elementSelector = (ElementSelector)theEObject;
				T result = caseElementSelector(elementSelector);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.NARRATIVE_TABLE: {
				NarrativeTable narrativeTable = (NarrativeTable)theEObject;
				T result = caseNarrativeTable(narrativeTable);
				if (result == null) result = casePlanElement(narrativeTable);
				if (result == null) result = caseIdentified(narrativeTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case MinplanPackage.NARRATIVE_ROW: {
				NarrativeRow narrativeRow = (NarrativeRow)theEObject;
				T result = caseNarrativeRow(narrativeRow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanElement(PlanElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spatial Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spatial Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpatialElement(SpatialElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlan(Plan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Administrative Division</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Administrative Division</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdministrativeDivision(AdministrativeDivision object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mineral</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mineral</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMineral(Mineral object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mineral Control</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mineral Control</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMineralControl(MineralControl object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Resource Reserve</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Resource Reserve</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseResourceReserve(ResourceReserve object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reserve Increase</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reserve Increase</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReserveIncrease(ReserveIncrease object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mine</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mine</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMine(Mine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layout Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layout Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayoutUnit(LayoutUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Planning Zone</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Planning Zone</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanningZone(PlanningZone object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBlock(Block object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Exploration Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Exploration Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExplorationBlock(ExplorationBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mining Block</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mining Block</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMiningBlock(MiningBlock object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Concentrated Mining Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Concentrated Mining Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConcentratedMiningArea(ConcentratedMiningArea object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Environmental Zone</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Environmental Zone</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnvironmentalZone(EnvironmentalZone object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Abandoned Pit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Abandoned Pit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbandonedPit(AbandonedPit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicator(Indicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Minimum Scale Standard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Minimum Scale Standard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMinimumScaleStandard(MinimumScaleStandard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Processing Base</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Processing Base</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProcessingBase(ProcessingBase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Printed Statement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Printed Statement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePrintedStatement(PrintedStatement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element Selector</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element Selector</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElementSelector(ElementSelector object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Narrative Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Narrative Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNarrativeTable(NarrativeTable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Narrative Row</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Narrative Row</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNarrativeRow(NarrativeRow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //MinplanSwitch
