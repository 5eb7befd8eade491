/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.minplan.model.*;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MinplanFactoryImpl extends EFactoryImpl implements MinplanFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MinplanFactory init() {
		try {
			MinplanFactory theMinplanFactory = (MinplanFactory)EPackage.Registry.INSTANCE.getEFactory(MinplanPackage.eNS_URI);
			if (theMinplanFactory != null) {
				return theMinplanFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MinplanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MinplanFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MinplanPackage.PLAN: return createPlan();
			case MinplanPackage.ADMINISTRATIVE_DIVISION: return createAdministrativeDivision();
			case MinplanPackage.MINERAL: return createMineral();
			case MinplanPackage.MINERAL_CONTROL: return createMineralControl();
			case MinplanPackage.RESOURCE_RESERVE: return createResourceReserve();
			case MinplanPackage.RESERVE_INCREASE: return createReserveIncrease();
			case MinplanPackage.MINE: return createMine();
			case MinplanPackage.LAYOUT_UNIT: return createLayoutUnit();
			case MinplanPackage.PLANNING_ZONE: return createPlanningZone();
			case MinplanPackage.EXPLORATION_BLOCK: return createExplorationBlock();
			case MinplanPackage.MINING_BLOCK: return createMiningBlock();
			case MinplanPackage.CONCENTRATED_MINING_AREA: return createConcentratedMiningArea();
			case MinplanPackage.ENVIRONMENTAL_ZONE: return createEnvironmentalZone();
			case MinplanPackage.ABANDONED_PIT: return createAbandonedPit();
			case MinplanPackage.INDICATOR: return createIndicator();
			case MinplanPackage.MINIMUM_SCALE_STANDARD: return createMinimumScaleStandard();
			case MinplanPackage.PROJECT: return createProject();
			case MinplanPackage.PROCESSING_BASE: return createProcessingBase();
			case MinplanPackage.PRINTED_STATEMENT: return createPrintedStatement();
			case MinplanPackage.ELEMENT_SELECTOR: return createElementSelector();
			case MinplanPackage.NARRATIVE_TABLE: return createNarrativeTable();
			case MinplanPackage.NARRATIVE_ROW: return createNarrativeRow();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MinplanPackage.AREA_UNIT:
				return createAreaUnitFromString(eDataType, initialValue);
			case MinplanPackage.DIVISION_KIND:
				return createDivisionKindFromString(eDataType, initialValue);
			case MinplanPackage.MINERAL_CATEGORY:
				return createMineralCategoryFromString(eDataType, initialValue);
			case MinplanPackage.MEASURE_BASIS:
				return createMeasureBasisFromString(eDataType, initialValue);
			case MinplanPackage.CONTROL_CLASS:
				return createControlClassFromString(eDataType, initialValue);
			case MinplanPackage.MINE_SCALE:
				return createMineScaleFromString(eDataType, initialValue);
			case MinplanPackage.MINE_STATUS:
				return createMineStatusFromString(eDataType, initialValue);
			case MinplanPackage.LAYOUT_TIER:
				return createLayoutTierFromString(eDataType, initialValue);
			case MinplanPackage.ZONE_KIND:
				return createZoneKindFromString(eDataType, initialValue);
			case MinplanPackage.PLAN_LEVEL:
				return createPlanLevelFromString(eDataType, initialValue);
			case MinplanPackage.EXPLORATION_STAGE:
				return createExplorationStageFromString(eDataType, initialValue);
			case MinplanPackage.ENVIRONMENTAL_GRADE:
				return createEnvironmentalGradeFromString(eDataType, initialValue);
			case MinplanPackage.COMPARATOR:
				return createComparatorFromString(eDataType, initialValue);
			case MinplanPackage.INDICATOR_ATTRIBUTE:
				return createIndicatorAttributeFromString(eDataType, initialValue);
			case MinplanPackage.INDICATOR_MEASURE:
				return createIndicatorMeasureFromString(eDataType, initialValue);
			case MinplanPackage.PROJECT_KIND:
				return createProjectKindFromString(eDataType, initialValue);
			case MinplanPackage.STATEMENT_MEASURE:
				return createStatementMeasureFromString(eDataType, initialValue);
			case MinplanPackage.SHAPE:
				return createShapeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MinplanPackage.AREA_UNIT:
				return convertAreaUnitToString(eDataType, instanceValue);
			case MinplanPackage.DIVISION_KIND:
				return convertDivisionKindToString(eDataType, instanceValue);
			case MinplanPackage.MINERAL_CATEGORY:
				return convertMineralCategoryToString(eDataType, instanceValue);
			case MinplanPackage.MEASURE_BASIS:
				return convertMeasureBasisToString(eDataType, instanceValue);
			case MinplanPackage.CONTROL_CLASS:
				return convertControlClassToString(eDataType, instanceValue);
			case MinplanPackage.MINE_SCALE:
				return convertMineScaleToString(eDataType, instanceValue);
			case MinplanPackage.MINE_STATUS:
				return convertMineStatusToString(eDataType, instanceValue);
			case MinplanPackage.LAYOUT_TIER:
				return convertLayoutTierToString(eDataType, instanceValue);
			case MinplanPackage.ZONE_KIND:
				return convertZoneKindToString(eDataType, instanceValue);
			case MinplanPackage.PLAN_LEVEL:
				return convertPlanLevelToString(eDataType, instanceValue);
			case MinplanPackage.EXPLORATION_STAGE:
				return convertExplorationStageToString(eDataType, instanceValue);
			case MinplanPackage.ENVIRONMENTAL_GRADE:
				return convertEnvironmentalGradeToString(eDataType, instanceValue);
			case MinplanPackage.COMPARATOR:
				return convertComparatorToString(eDataType, instanceValue);
			case MinplanPackage.INDICATOR_ATTRIBUTE:
				return convertIndicatorAttributeToString(eDataType, instanceValue);
			case MinplanPackage.INDICATOR_MEASURE:
				return convertIndicatorMeasureToString(eDataType, instanceValue);
			case MinplanPackage.PROJECT_KIND:
				return convertProjectKindToString(eDataType, instanceValue);
			case MinplanPackage.STATEMENT_MEASURE:
				return convertStatementMeasureToString(eDataType, instanceValue);
			case MinplanPackage.SHAPE:
				return convertShapeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Plan createPlan() {
		PlanImpl plan = new PlanImpl();
		return plan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeDivision createAdministrativeDivision() {
		AdministrativeDivisionImpl administrativeDivision = new AdministrativeDivisionImpl();
		return administrativeDivision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mineral createMineral() {
		MineralImpl mineral = new MineralImpl();
		return mineral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineralControl createMineralControl() {
		MineralControlImpl mineralControl = new MineralControlImpl();
		return mineralControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceReserve createResourceReserve() {
		ResourceReserveImpl resourceReserve = new ResourceReserveImpl();
		return resourceReserve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReserveIncrease createReserveIncrease() {
		ReserveIncreaseImpl reserveIncrease = new ReserveIncreaseImpl();
		return reserveIncrease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mine createMine() {
		MineImpl mine = new MineImpl();
		return mine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutUnit createLayoutUnit() {
		LayoutUnitImpl layoutUnit = new LayoutUnitImpl();
		return layoutUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanningZone createPlanningZone() {
		PlanningZoneImpl planningZone = new PlanningZoneImpl();
		return planningZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExplorationBlock createExplorationBlock() {
		ExplorationBlockImpl explorationBlock = new ExplorationBlockImpl();
		return explorationBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MiningBlock createMiningBlock() {
		MiningBlockImpl miningBlock = new MiningBlockImpl();
		return miningBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConcentratedMiningArea createConcentratedMiningArea() {
		ConcentratedMiningAreaImpl concentratedMiningArea = new ConcentratedMiningAreaImpl();
		return concentratedMiningArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentalZone createEnvironmentalZone() {
		EnvironmentalZoneImpl environmentalZone = new EnvironmentalZoneImpl();
		return environmentalZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AbandonedPit createAbandonedPit() {
		AbandonedPitImpl abandonedPit = new AbandonedPitImpl();
		return abandonedPit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MinimumScaleStandard createMinimumScaleStandard() {
		MinimumScaleStandardImpl minimumScaleStandard = new MinimumScaleStandardImpl();
		return minimumScaleStandard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessingBase createProcessingBase() {
		ProcessingBaseImpl processingBase = new ProcessingBaseImpl();
		return processingBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrintedStatement createPrintedStatement() {
		PrintedStatementImpl printedStatement = new PrintedStatementImpl();
		return printedStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementSelector createElementSelector() {
		ElementSelectorImpl elementSelector = new ElementSelectorImpl();
		return elementSelector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NarrativeTable createNarrativeTable() {
		NarrativeTableImpl narrativeTable = new NarrativeTableImpl();
		return narrativeTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NarrativeRow createNarrativeRow() {
		NarrativeRowImpl narrativeRow = new NarrativeRowImpl();
		return narrativeRow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AreaUnit createAreaUnitFromString(EDataType eDataType, String initialValue) {
		AreaUnit result = AreaUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAreaUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DivisionKind createDivisionKindFromString(EDataType eDataType, String initialValue) {
		DivisionKind result = DivisionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDivisionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MineralCategory createMineralCategoryFromString(EDataType eDataType, String initialValue) {
		MineralCategory result = MineralCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMineralCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureBasis createMeasureBasisFromString(EDataType eDataType, String initialValue) {
		MeasureBasis result = MeasureBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ControlClass createControlClassFromString(EDataType eDataType, String initialValue) {
		ControlClass result = ControlClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertControlClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MineScale createMineScaleFromString(EDataType eDataType, String initialValue) {
		MineScale result = MineScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMineScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MineStatus createMineStatusFromString(EDataType eDataType, String initialValue) {
		MineStatus result = MineStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMineStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutTier createLayoutTierFromString(EDataType eDataType, String initialValue) {
		LayoutTier result = LayoutTier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutTierToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZoneKind createZoneKindFromString(EDataType eDataType, String initialValue) {
		ZoneKind result = ZoneKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertZoneKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanLevel createPlanLevelFromString(EDataType eDataType, String initialValue) {
		PlanLevel result = PlanLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExplorationStage createExplorationStageFromString(EDataType eDataType, String initialValue) {
		ExplorationStage result = ExplorationStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExplorationStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnvironmentalGrade createEnvironmentalGradeFromString(EDataType eDataType, String initialValue) {
		EnvironmentalGrade result = EnvironmentalGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnvironmentalGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Comparator createComparatorFromString(EDataType eDataType, String initialValue) {
		Comparator result = Comparator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorAttribute createIndicatorAttributeFromString(EDataType eDataType, String initialValue) {
		IndicatorAttribute result = IndicatorAttribute.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorAttributeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorMeasure createIndicatorMeasureFromString(EDataType eDataType, String initialValue) {
		IndicatorMeasure result = IndicatorMeasure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorMeasureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectKind createProjectKindFromString(EDataType eDataType, String initialValue) {
		ProjectKind result = ProjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatementMeasure createStatementMeasureFromString(EDataType eDataType, String initialValue) {
		StatementMeasure result = StatementMeasure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatementMeasureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Shape createShapeFromString(EDataType eDataType, String initialValue) {
		return (Shape)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertShapeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MinplanPackage getMinplanPackage() {
		return (MinplanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MinplanPackage getPackage() {
		return MinplanPackage.eINSTANCE;
	}

} //MinplanFactoryImpl
