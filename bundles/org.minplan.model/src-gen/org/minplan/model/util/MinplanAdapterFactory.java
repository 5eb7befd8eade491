/**
 */
package org.minplan.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.minplan.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.minplan.model.MinplanPackage
 * @generated
 */
public class MinplanAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MinplanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MinplanAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MinplanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MinplanSwitch<Adapter> modelSwitch =
		new MinplanSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter casePlanElement(PlanElement object) {
				return createPlanElementAdapter();
			}
			@Override
			public Adapter caseSpatialElement(SpatialElement object) {
				return createSpatialElementAdapter();
			}
			@Override
			public Adapter casePlan(Plan object) {
				return createPlanAdapter();
			}
			@Override
			public Adapter caseAdministrativeDivision(AdministrativeDivision object) {
				return createAdministrativeDivisionAdapter();
			}
			@Override
			public Adapter caseMineral(Mineral object) {
				return createMineralAdapter();
			}
			@Override
			public Adapter caseMineralControl(MineralControl object) {
				return createMineralControlAdapter();
			}
			@Override
			public Adapter caseResourceReserve(ResourceReserve object) {
				return createResourceReserveAdapter();
			}
			@Override
			public Adapter caseReserveIncrease(ReserveIncrease object) {
				return createReserveIncreaseAdapter();
			}
			@Override
			public Adapter caseMine(Mine object) {
				return createMineAdapter();
			}
			@Override
			public Adapter caseLayoutUnit(LayoutUnit object) {
				return createLayoutUnitAdapter();
			}
			@Override
			public Adapter casePlanningZone(PlanningZone object) {
				return createPlanningZoneAdapter();
			}
			@Override
			public Adapter caseBlock(Block object) {
				return createBlockAdapter();
			}
			@Override
			public Adapter caseExplorationBlock(ExplorationBlock object) {
				return createExplorationBlockAdapter();
			}
			@Override
			public Adapter caseMiningBlock(MiningBlock object) {
				return createMiningBlockAdapter();
			}
			@Override
			public Adapter caseConcentratedMiningArea(ConcentratedMiningArea object) {
				return createConcentratedMiningAreaAdapter();
			}
			@Override
			public Adapter caseEnvironmentalZone(EnvironmentalZone object) {
				return createEnvironmentalZoneAdapter();
			}
			@Override
			public Adapter caseAbandonedPit(AbandonedPit object) {
				return createAbandonedPitAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object) {
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseMinimumScaleStandard(MinimumScaleStandard object) {
				return createMinimumScaleStandardAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter caseProcessingBase(ProcessingBase object) {
				return createProcessingBaseAdapter();
			}
			@Override
			public Adapter casePrintedStatement(PrintedStatement object) {
				return createPrintedStatementAdapter();
			}
			@Override
			public Adapter caseElementSelector(ElementSelector object) {
				return createElementSelectorAdapter();
			}
			@Override
			public Adapter caseNarrativeTable(NarrativeTable object) {
				return createNarrativeTableAdapter();
			}
			@Override
			public Adapter caseNarrativeRow(NarrativeRow object) {
				return createNarrativeRowAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.PlanElement
	 * @generated
	 */
	public Adapter createPlanElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.SpatialElement <em>Spatial Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.SpatialElement
	 * @generated
	 */
	public Adapter createSpatialElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.AdministrativeDivision <em>Administrative Division</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.AdministrativeDivision
	 * @generated
	 */
	public Adapter createAdministrativeDivisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Mineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Mineral
	 * @generated
	 */
	public Adapter createMineralAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.MineralControl <em>Mineral Control</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.MineralControl
	 * @generated
	 */
	public Adapter createMineralControlAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ResourceReserve <em>Resource Reserve</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ResourceReserve
	 * @generated
	 */
	public Adapter createResourceReserveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ReserveIncrease <em>Reserve Increase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ReserveIncrease
	 * @generated
	 */
	public Adapter createReserveIncreaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Mine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Mine
	 * @generated
	 */
	public Adapter createMineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.LayoutUnit <em>Layout Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.LayoutUnit
	 * @generated
	 */
	public Adapter createLayoutUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.PlanningZone <em>Planning Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.PlanningZone
	 * @generated
	 */
	public Adapter createPlanningZoneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Block
	 * @generated
	 */
	public Adapter createBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ExplorationBlock <em>Exploration Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ExplorationBlock
	 * @generated
	 */
	public Adapter createExplorationBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.MiningBlock <em>Mining Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.MiningBlock
	 * @generated
	 */
	public Adapter createMiningBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ConcentratedMiningArea <em>Concentrated Mining Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ConcentratedMiningArea
	 * @generated
	 */
	public Adapter createConcentratedMiningAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.EnvironmentalZone <em>Environmental Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.EnvironmentalZone
	 * @generated
	 */
	public Adapter createEnvironmentalZoneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.AbandonedPit <em>Abandoned Pit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.AbandonedPit
	 * @generated
	 */
	public Adapter createAbandonedPitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.MinimumScaleStandard <em>Minimum Scale Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.MinimumScaleStandard
	 * @generated
	 */
	public Adapter createMinimumScaleStandardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ProcessingBase <em>Processing Base</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ProcessingBase
	 * @generated
	 */
	public Adapter createProcessingBaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.PrintedStatement <em>Printed Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.PrintedStatement
	 * @generated
	 */
	public Adapter createPrintedStatementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.ElementSelector <em>Element Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.ElementSelector
	 * @generated
	 */
	public Adapter createElementSelectorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.NarrativeTable <em>Narrative Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.NarrativeTable
	 * @generated
	 */
	public Adapter createNarrativeTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.minplan.model.NarrativeRow <em>Narrative Row</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.minplan.model.NarrativeRow
	 * @generated
	 */
	public Adapter createNarrativeRowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MinplanAdapterFactory
