/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.AreaUnit;
import org.minplan.model.Block;
import org.minplan.model.Comparator;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.ControlClass;
import org.minplan.model.DivisionKind;
import org.minplan.model.ElementSelector;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.ExplorationStage;
import org.minplan.model.Identified;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.LayoutTier;
import org.minplan.model.LayoutUnit;
import org.minplan.model.MeasureBasis;
import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.MineralCategory;
import org.minplan.model.MineralControl;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.MinplanPackage;
import org.minplan.model.NarrativeRow;
import org.minplan.model.NarrativeTable;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.model.PlanLevel;
import org.minplan.model.PlanningZone;
import org.minplan.model.PrintedStatement;
import org.minplan.model.ProcessingBase;
import org.minplan.model.Project;
import org.minplan.model.ProjectKind;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;
import org.minplan.model.SpatialElement;
import org.minplan.model.StatementMeasure;
import org.minplan.model.ZoneKind;

import org.minplan.model.spatial.Shape;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MinplanPackageImpl extends EPackageImpl implements MinplanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spatialElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass administrativeDivisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mineralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mineralControlEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceReserveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reserveIncreaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layoutUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planningZoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass explorationBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass miningBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass concentratedMiningAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentalZoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abandonedPitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass minimumScaleStandardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass projectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processingBaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass printedStatementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementSelectorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass narrativeTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass narrativeRowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum areaUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum divisionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mineralCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureBasisEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum controlClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mineScaleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mineStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum layoutTierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum zoneKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum explorationStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum environmentalGradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorAttributeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum indicatorMeasureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statementMeasureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType shapeEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.minplan.model.MinplanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MinplanPackageImpl() {
		super(eNS_URI, MinplanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MinplanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MinplanPackage init() {
		if (isInited) return (MinplanPackage)EPackage.Registry.INSTANCE.getEPackage(MinplanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMinplanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MinplanPackageImpl theMinplanPackage = registeredMinplanPackage instanceof MinplanPackageImpl ? (MinplanPackageImpl)registeredMinplanPackage : new MinplanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theMinplanPackage.createPackageContents();

		// Initialize created meta-data
		theMinplanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMinplanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MinplanPackage.eNS_URI, theMinplanPackage);
		return theMinplanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanElement() {
		return planElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Code() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Name() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Remarks() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Source() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Synthetic() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpatialElement() {
		return spatialElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialElement_Geometry() {
		return (EAttribute)spatialElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialElement_ApproximateGeometry() {
		return (EAttribute)spatialElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialElement_StatedArea() {
		return (EAttribute)spatialElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpatialElement_StatedAreaUnit() {
		return (EAttribute)spatialElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpatialElement_County() {
		return (EReference)spatialElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlan() {
		return planEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Name() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Region() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_RegionCode() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_BaseYear() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_StartYear() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_EndYear() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_OutlookYear() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_FormatVersion() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Issuer() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Issued() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Synthetic() {
		return (EAttribute)planEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Divisions() {
		return (EReference)planEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Minerals() {
		return (EReference)planEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_MineralControls() {
		return (EReference)planEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Reserves() {
		return (EReference)planEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ReserveIncreases() {
		return (EReference)planEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Mines() {
		return (EReference)planEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_LayoutUnits() {
		return (EReference)planEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Zones() {
		return (EReference)planEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ExplorationBlocks() {
		return (EReference)planEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_MiningBlocks() {
		return (EReference)planEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ConcentratedAreas() {
		return (EReference)planEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_EnvironmentalZones() {
		return (EReference)planEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_AbandonedPits() {
		return (EReference)planEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Indicators() {
		return (EReference)planEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_MinimumScales() {
		return (EReference)planEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Projects() {
		return (EReference)planEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_ProcessingBases() {
		return (EReference)planEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Statements() {
		return (EReference)planEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_NarrativeTables() {
		return (EReference)planEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdministrativeDivision() {
		return administrativeDivisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeDivision_Kind() {
		return (EAttribute)administrativeDivisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeDivision_NameEn() {
		return (EAttribute)administrativeDivisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdministrativeDivision_Seat() {
		return (EAttribute)administrativeDivisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdministrativeDivision_Parent() {
		return (EReference)administrativeDivisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMineral() {
		return mineralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineral_Category() {
		return (EAttribute)mineralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineral_Unit() {
		return (EAttribute)mineralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineral_MeasureBasis() {
		return (EAttribute)mineralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineral_Advantage() {
		return (EAttribute)mineralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineral_Aliases() {
		return (EAttribute)mineralEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMineralControl() {
		return mineralControlEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineralControl_ControlClass() {
		return (EAttribute)mineralControlEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMineralControl_Mineral() {
		return (EReference)mineralControlEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineralControl_MineralText() {
		return (EAttribute)mineralControlEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMineralControl_Condition() {
		return (EAttribute)mineralControlEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceReserve() {
		return resourceReserveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResourceReserve_Mineral() {
		return (EReference)resourceReserveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceReserve_Unit() {
		return (EAttribute)resourceReserveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceReserve_CumulativeIdentified() {
		return (EAttribute)resourceReserveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceReserve_Retained() {
		return (EAttribute)resourceReserveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResourceReserve_Withheld() {
		return (EAttribute)resourceReserveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReserveIncrease() {
		return reserveIncreaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReserveIncrease_Mineral() {
		return (EReference)reserveIncreaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReserveIncrease_Unit() {
		return (EAttribute)reserveIncreaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReserveIncrease_Target() {
		return (EAttribute)reserveIncreaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReserveIncrease_Added() {
		return (EAttribute)reserveIncreaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMine() {
		return mineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMine_Mineral() {
		return (EReference)mineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_MineralText() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Scale() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_LicenceNumber() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Employees() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Output() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_OutputValue() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_Status() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_GreenMine() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMine_OilGas() {
		return (EAttribute)mineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayoutUnit() {
		return layoutUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayoutUnit_Tier() {
		return (EAttribute)layoutUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayoutUnit_Resources() {
		return (EAttribute)layoutUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayoutUnit_Direction() {
		return (EAttribute)layoutUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayoutUnit_Zones() {
		return (EReference)layoutUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanningZone() {
		return planningZoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningZone_Kind() {
		return (EAttribute)planningZoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningZone_Level() {
		return (EAttribute)planningZoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningZone_Minerals() {
		return (EReference)planningZoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanningZone_MineralText() {
		return (EAttribute)planningZoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlanningZone_LayoutUnit() {
		return (EReference)planningZoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlock() {
		return blockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_Mineral() {
		return (EReference)blockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlock_MineralText() {
		return (EAttribute)blockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_Zone() {
		return (EReference)blockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_LayoutUnit() {
		return (EReference)blockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExplorationBlock() {
		return explorationBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExplorationBlock_Stage() {
		return (EAttribute)explorationBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMiningBlock() {
		return miningBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiningBlock_DesignScale() {
		return (EAttribute)miningBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiningBlock_DesignScaleUnit() {
		return (EAttribute)miningBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiningBlock_Scale() {
		return (EAttribute)miningBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMiningBlock_ConvertedFrom() {
		return (EReference)miningBlockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMiningBlock_Justification() {
		return (EAttribute)miningBlockEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConcentratedMiningArea() {
		return concentratedMiningAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConcentratedMiningArea_DesignScale() {
		return (EAttribute)concentratedMiningAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironmentalZone() {
		return environmentalZoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentalZone_Grade() {
		return (EAttribute)environmentalZoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentalZone_GroupNumber() {
		return (EAttribute)environmentalZoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentalZone_MainMines() {
		return (EAttribute)environmentalZoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentalZone_Hazards() {
		return (EAttribute)environmentalZoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironmentalZone_Tasks() {
		return (EAttribute)environmentalZoneEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbandonedPit() {
		return abandonedPitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbandonedPit_Number() {
		return (EAttribute)abandonedPitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbandonedPit_CountyText() {
		return (EAttribute)abandonedPitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbandonedPit_Funding() {
		return (EAttribute)abandonedPitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbandonedPit_EnvironmentalZone() {
		return (EReference)abandonedPitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Table() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Number() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Group() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Baseline() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_BaselineText() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetText() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Comparator() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetLow() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetHigh() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Achieved() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Attribute() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Mineral() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Measure() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMinimumScaleStandard() {
		return minimumScaleStandardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_Number() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMinimumScaleStandard_Minerals() {
		return (EReference)minimumScaleStandardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_Unit() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_Large() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_Medium() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_Small() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMinimumScaleStandard_ServiceLife() {
		return (EAttribute)minimumScaleStandardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProject() {
		return projectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Kind() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Table() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Number() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Target() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProject_Stage() {
		return (EAttribute)projectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessingBase() {
		return processingBaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingBase_Number() {
		return (EAttribute)processingBaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingBase_CountyText() {
		return (EAttribute)processingBaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessingBase_County() {
		return (EReference)processingBaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingBase_MineralText() {
		return (EAttribute)processingBaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessingBase_Minerals() {
		return (EReference)processingBaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessingBase_MiningAreas() {
		return (EAttribute)processingBaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrintedStatement() {
		return printedStatementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_Table() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_RowLabel() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_ColumnLabel() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_ValueText() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_Value() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_Unit() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_Quote() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_SeedLine() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrintedStatement_Total() {
		return (EAttribute)printedStatementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrintedStatement_Parts() {
		return (EReference)printedStatementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrintedStatement_Selector() {
		return (EReference)printedStatementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElementSelector() {
		return elementSelectorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementSelector_ElementType() {
		return (EAttribute)elementSelectorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElementSelector_County() {
		return (EReference)elementSelectorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getElementSelector_Minerals() {
		return (EReference)elementSelectorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementSelector_MineralText() {
		return (EAttribute)elementSelectorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementSelector_Scale() {
		return (EAttribute)elementSelectorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementSelector_UseScale() {
		return (EAttribute)elementSelectorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementSelector_Measure() {
		return (EAttribute)elementSelectorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNarrativeTable() {
		return narrativeTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeTable_Columns() {
		return (EAttribute)narrativeTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNarrativeTable_Rows() {
		return (EReference)narrativeTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNarrativeRow() {
		return narrativeRowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeRow_Cells() {
		return (EAttribute)narrativeRowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAreaUnit() {
		return areaUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDivisionKind() {
		return divisionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMineralCategory() {
		return mineralCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureBasis() {
		return measureBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getControlClass() {
		return controlClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMineScale() {
		return mineScaleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMineStatus() {
		return mineStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLayoutTier() {
		return layoutTierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getZoneKind() {
		return zoneKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanLevel() {
		return planLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExplorationStage() {
		return explorationStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEnvironmentalGrade() {
		return environmentalGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparator() {
		return comparatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorAttribute() {
		return indicatorAttributeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getIndicatorMeasure() {
		return indicatorMeasureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectKind() {
		return projectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatementMeasure() {
		return statementMeasureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getShape() {
		return shapeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MinplanFactory getMinplanFactory() {
		return (MinplanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		planElementEClass = createEClass(PLAN_ELEMENT);
		createEAttribute(planElementEClass, PLAN_ELEMENT__CODE);
		createEAttribute(planElementEClass, PLAN_ELEMENT__NAME);
		createEAttribute(planElementEClass, PLAN_ELEMENT__REMARKS);
		createEAttribute(planElementEClass, PLAN_ELEMENT__SOURCE);
		createEAttribute(planElementEClass, PLAN_ELEMENT__SYNTHETIC);

		spatialElementEClass = createEClass(SPATIAL_ELEMENT);
		createEAttribute(spatialElementEClass, SPATIAL_ELEMENT__GEOMETRY);
		createEAttribute(spatialElementEClass, SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY);
		createEAttribute(spatialElementEClass, SPATIAL_ELEMENT__STATED_AREA);
		createEAttribute(spatialElementEClass, SPATIAL_ELEMENT__STATED_AREA_UNIT);
		createEReference(spatialElementEClass, SPATIAL_ELEMENT__COUNTY);

		planEClass = createEClass(PLAN);
		createEAttribute(planEClass, PLAN__NAME);
		createEAttribute(planEClass, PLAN__REGION);
		createEAttribute(planEClass, PLAN__REGION_CODE);
		createEAttribute(planEClass, PLAN__BASE_YEAR);
		createEAttribute(planEClass, PLAN__START_YEAR);
		createEAttribute(planEClass, PLAN__END_YEAR);
		createEAttribute(planEClass, PLAN__OUTLOOK_YEAR);
		createEAttribute(planEClass, PLAN__FORMAT_VERSION);
		createEAttribute(planEClass, PLAN__ISSUER);
		createEAttribute(planEClass, PLAN__ISSUED);
		createEAttribute(planEClass, PLAN__SYNTHETIC);
		createEReference(planEClass, PLAN__DIVISIONS);
		createEReference(planEClass, PLAN__MINERALS);
		createEReference(planEClass, PLAN__MINERAL_CONTROLS);
		createEReference(planEClass, PLAN__RESERVES);
		createEReference(planEClass, PLAN__RESERVE_INCREASES);
		createEReference(planEClass, PLAN__MINES);
		createEReference(planEClass, PLAN__LAYOUT_UNITS);
		createEReference(planEClass, PLAN__ZONES);
		createEReference(planEClass, PLAN__EXPLORATION_BLOCKS);
		createEReference(planEClass, PLAN__MINING_BLOCKS);
		createEReference(planEClass, PLAN__CONCENTRATED_AREAS);
		createEReference(planEClass, PLAN__ENVIRONMENTAL_ZONES);
		createEReference(planEClass, PLAN__ABANDONED_PITS);
		createEReference(planEClass, PLAN__INDICATORS);
		createEReference(planEClass, PLAN__MINIMUM_SCALES);
		createEReference(planEClass, PLAN__PROJECTS);
		createEReference(planEClass, PLAN__PROCESSING_BASES);
		createEReference(planEClass, PLAN__STATEMENTS);
		createEReference(planEClass, PLAN__NARRATIVE_TABLES);

		administrativeDivisionEClass = createEClass(ADMINISTRATIVE_DIVISION);
		createEAttribute(administrativeDivisionEClass, ADMINISTRATIVE_DIVISION__KIND);
		createEAttribute(administrativeDivisionEClass, ADMINISTRATIVE_DIVISION__NAME_EN);
		createEAttribute(administrativeDivisionEClass, ADMINISTRATIVE_DIVISION__SEAT);
		createEReference(administrativeDivisionEClass, ADMINISTRATIVE_DIVISION__PARENT);

		mineralEClass = createEClass(MINERAL);
		createEAttribute(mineralEClass, MINERAL__CATEGORY);
		createEAttribute(mineralEClass, MINERAL__UNIT);
		createEAttribute(mineralEClass, MINERAL__MEASURE_BASIS);
		createEAttribute(mineralEClass, MINERAL__ADVANTAGE);
		createEAttribute(mineralEClass, MINERAL__ALIASES);

		mineralControlEClass = createEClass(MINERAL_CONTROL);
		createEAttribute(mineralControlEClass, MINERAL_CONTROL__CONTROL_CLASS);
		createEReference(mineralControlEClass, MINERAL_CONTROL__MINERAL);
		createEAttribute(mineralControlEClass, MINERAL_CONTROL__MINERAL_TEXT);
		createEAttribute(mineralControlEClass, MINERAL_CONTROL__CONDITION);

		resourceReserveEClass = createEClass(RESOURCE_RESERVE);
		createEReference(resourceReserveEClass, RESOURCE_RESERVE__MINERAL);
		createEAttribute(resourceReserveEClass, RESOURCE_RESERVE__UNIT);
		createEAttribute(resourceReserveEClass, RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED);
		createEAttribute(resourceReserveEClass, RESOURCE_RESERVE__RETAINED);
		createEAttribute(resourceReserveEClass, RESOURCE_RESERVE__WITHHELD);

		reserveIncreaseEClass = createEClass(RESERVE_INCREASE);
		createEReference(reserveIncreaseEClass, RESERVE_INCREASE__MINERAL);
		createEAttribute(reserveIncreaseEClass, RESERVE_INCREASE__UNIT);
		createEAttribute(reserveIncreaseEClass, RESERVE_INCREASE__TARGET);
		createEAttribute(reserveIncreaseEClass, RESERVE_INCREASE__ADDED);

		mineEClass = createEClass(MINE);
		createEReference(mineEClass, MINE__MINERAL);
		createEAttribute(mineEClass, MINE__MINERAL_TEXT);
		createEAttribute(mineEClass, MINE__SCALE);
		createEAttribute(mineEClass, MINE__LICENCE_NUMBER);
		createEAttribute(mineEClass, MINE__EMPLOYEES);
		createEAttribute(mineEClass, MINE__OUTPUT);
		createEAttribute(mineEClass, MINE__OUTPUT_VALUE);
		createEAttribute(mineEClass, MINE__STATUS);
		createEAttribute(mineEClass, MINE__GREEN_MINE);
		createEAttribute(mineEClass, MINE__OIL_GAS);

		layoutUnitEClass = createEClass(LAYOUT_UNIT);
		createEAttribute(layoutUnitEClass, LAYOUT_UNIT__TIER);
		createEAttribute(layoutUnitEClass, LAYOUT_UNIT__RESOURCES);
		createEAttribute(layoutUnitEClass, LAYOUT_UNIT__DIRECTION);
		createEReference(layoutUnitEClass, LAYOUT_UNIT__ZONES);

		planningZoneEClass = createEClass(PLANNING_ZONE);
		createEAttribute(planningZoneEClass, PLANNING_ZONE__KIND);
		createEAttribute(planningZoneEClass, PLANNING_ZONE__LEVEL);
		createEReference(planningZoneEClass, PLANNING_ZONE__MINERALS);
		createEAttribute(planningZoneEClass, PLANNING_ZONE__MINERAL_TEXT);
		createEReference(planningZoneEClass, PLANNING_ZONE__LAYOUT_UNIT);

		blockEClass = createEClass(BLOCK);
		createEReference(blockEClass, BLOCK__MINERAL);
		createEAttribute(blockEClass, BLOCK__MINERAL_TEXT);
		createEReference(blockEClass, BLOCK__ZONE);
		createEReference(blockEClass, BLOCK__LAYOUT_UNIT);

		explorationBlockEClass = createEClass(EXPLORATION_BLOCK);
		createEAttribute(explorationBlockEClass, EXPLORATION_BLOCK__STAGE);

		miningBlockEClass = createEClass(MINING_BLOCK);
		createEAttribute(miningBlockEClass, MINING_BLOCK__DESIGN_SCALE);
		createEAttribute(miningBlockEClass, MINING_BLOCK__DESIGN_SCALE_UNIT);
		createEAttribute(miningBlockEClass, MINING_BLOCK__SCALE);
		createEReference(miningBlockEClass, MINING_BLOCK__CONVERTED_FROM);
		createEAttribute(miningBlockEClass, MINING_BLOCK__JUSTIFICATION);

		concentratedMiningAreaEClass = createEClass(CONCENTRATED_MINING_AREA);
		createEAttribute(concentratedMiningAreaEClass, CONCENTRATED_MINING_AREA__DESIGN_SCALE);

		environmentalZoneEClass = createEClass(ENVIRONMENTAL_ZONE);
		createEAttribute(environmentalZoneEClass, ENVIRONMENTAL_ZONE__GRADE);
		createEAttribute(environmentalZoneEClass, ENVIRONMENTAL_ZONE__GROUP_NUMBER);
		createEAttribute(environmentalZoneEClass, ENVIRONMENTAL_ZONE__MAIN_MINES);
		createEAttribute(environmentalZoneEClass, ENVIRONMENTAL_ZONE__HAZARDS);
		createEAttribute(environmentalZoneEClass, ENVIRONMENTAL_ZONE__TASKS);

		abandonedPitEClass = createEClass(ABANDONED_PIT);
		createEAttribute(abandonedPitEClass, ABANDONED_PIT__NUMBER);
		createEAttribute(abandonedPitEClass, ABANDONED_PIT__COUNTY_TEXT);
		createEAttribute(abandonedPitEClass, ABANDONED_PIT__FUNDING);
		createEReference(abandonedPitEClass, ABANDONED_PIT__ENVIRONMENTAL_ZONE);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__TABLE);
		createEAttribute(indicatorEClass, INDICATOR__NUMBER);
		createEAttribute(indicatorEClass, INDICATOR__GROUP);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE);
		createEAttribute(indicatorEClass, INDICATOR__BASELINE_TEXT);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_TEXT);
		createEAttribute(indicatorEClass, INDICATOR__COMPARATOR);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_LOW);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_HIGH);
		createEAttribute(indicatorEClass, INDICATOR__ACHIEVED);
		createEAttribute(indicatorEClass, INDICATOR__ATTRIBUTE);
		createEReference(indicatorEClass, INDICATOR__MINERAL);
		createEAttribute(indicatorEClass, INDICATOR__MEASURE);

		minimumScaleStandardEClass = createEClass(MINIMUM_SCALE_STANDARD);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__NUMBER);
		createEReference(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__MINERALS);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__UNIT);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__LARGE);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__MEDIUM);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__SMALL);
		createEAttribute(minimumScaleStandardEClass, MINIMUM_SCALE_STANDARD__SERVICE_LIFE);

		projectEClass = createEClass(PROJECT);
		createEAttribute(projectEClass, PROJECT__KIND);
		createEAttribute(projectEClass, PROJECT__TABLE);
		createEAttribute(projectEClass, PROJECT__NUMBER);
		createEAttribute(projectEClass, PROJECT__TARGET);
		createEAttribute(projectEClass, PROJECT__STAGE);

		processingBaseEClass = createEClass(PROCESSING_BASE);
		createEAttribute(processingBaseEClass, PROCESSING_BASE__NUMBER);
		createEAttribute(processingBaseEClass, PROCESSING_BASE__COUNTY_TEXT);
		createEReference(processingBaseEClass, PROCESSING_BASE__COUNTY);
		createEAttribute(processingBaseEClass, PROCESSING_BASE__MINERAL_TEXT);
		createEReference(processingBaseEClass, PROCESSING_BASE__MINERALS);
		createEAttribute(processingBaseEClass, PROCESSING_BASE__MINING_AREAS);

		printedStatementEClass = createEClass(PRINTED_STATEMENT);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__TABLE);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__ROW_LABEL);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__COLUMN_LABEL);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__VALUE_TEXT);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__VALUE);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__UNIT);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__QUOTE);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__SEED_LINE);
		createEAttribute(printedStatementEClass, PRINTED_STATEMENT__TOTAL);
		createEReference(printedStatementEClass, PRINTED_STATEMENT__PARTS);
		createEReference(printedStatementEClass, PRINTED_STATEMENT__SELECTOR);

		elementSelectorEClass = createEClass(ELEMENT_SELECTOR);
		createEAttribute(elementSelectorEClass, ELEMENT_SELECTOR__ELEMENT_TYPE);
		createEReference(elementSelectorEClass, ELEMENT_SELECTOR__COUNTY);
		createEReference(elementSelectorEClass, ELEMENT_SELECTOR__MINERALS);
		createEAttribute(elementSelectorEClass, ELEMENT_SELECTOR__MINERAL_TEXT);
		createEAttribute(elementSelectorEClass, ELEMENT_SELECTOR__SCALE);
		createEAttribute(elementSelectorEClass, ELEMENT_SELECTOR__USE_SCALE);
		createEAttribute(elementSelectorEClass, ELEMENT_SELECTOR__MEASURE);

		narrativeTableEClass = createEClass(NARRATIVE_TABLE);
		createEAttribute(narrativeTableEClass, NARRATIVE_TABLE__COLUMNS);
		createEReference(narrativeTableEClass, NARRATIVE_TABLE__ROWS);

		narrativeRowEClass = createEClass(NARRATIVE_ROW);
		createEAttribute(narrativeRowEClass, NARRATIVE_ROW__CELLS);

		// Create enums
		areaUnitEEnum = createEEnum(AREA_UNIT);
		divisionKindEEnum = createEEnum(DIVISION_KIND);
		mineralCategoryEEnum = createEEnum(MINERAL_CATEGORY);
		measureBasisEEnum = createEEnum(MEASURE_BASIS);
		controlClassEEnum = createEEnum(CONTROL_CLASS);
		mineScaleEEnum = createEEnum(MINE_SCALE);
		mineStatusEEnum = createEEnum(MINE_STATUS);
		layoutTierEEnum = createEEnum(LAYOUT_TIER);
		zoneKindEEnum = createEEnum(ZONE_KIND);
		planLevelEEnum = createEEnum(PLAN_LEVEL);
		explorationStageEEnum = createEEnum(EXPLORATION_STAGE);
		environmentalGradeEEnum = createEEnum(ENVIRONMENTAL_GRADE);
		comparatorEEnum = createEEnum(COMPARATOR);
		indicatorAttributeEEnum = createEEnum(INDICATOR_ATTRIBUTE);
		indicatorMeasureEEnum = createEEnum(INDICATOR_MEASURE);
		projectKindEEnum = createEEnum(PROJECT_KIND);
		statementMeasureEEnum = createEEnum(STATEMENT_MEASURE);

		// Create data types
		shapeEDataType = createEDataType(SHAPE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		planElementEClass.getESuperTypes().add(this.getIdentified());
		spatialElementEClass.getESuperTypes().add(this.getPlanElement());
		planEClass.getESuperTypes().add(this.getIdentified());
		administrativeDivisionEClass.getESuperTypes().add(this.getSpatialElement());
		mineralEClass.getESuperTypes().add(this.getPlanElement());
		mineralControlEClass.getESuperTypes().add(this.getPlanElement());
		resourceReserveEClass.getESuperTypes().add(this.getPlanElement());
		reserveIncreaseEClass.getESuperTypes().add(this.getPlanElement());
		mineEClass.getESuperTypes().add(this.getSpatialElement());
		layoutUnitEClass.getESuperTypes().add(this.getSpatialElement());
		planningZoneEClass.getESuperTypes().add(this.getSpatialElement());
		blockEClass.getESuperTypes().add(this.getSpatialElement());
		explorationBlockEClass.getESuperTypes().add(this.getBlock());
		miningBlockEClass.getESuperTypes().add(this.getBlock());
		concentratedMiningAreaEClass.getESuperTypes().add(this.getBlock());
		environmentalZoneEClass.getESuperTypes().add(this.getSpatialElement());
		abandonedPitEClass.getESuperTypes().add(this.getSpatialElement());
		indicatorEClass.getESuperTypes().add(this.getPlanElement());
		minimumScaleStandardEClass.getESuperTypes().add(this.getPlanElement());
		projectEClass.getESuperTypes().add(this.getPlanElement());
		processingBaseEClass.getESuperTypes().add(this.getPlanElement());
		printedStatementEClass.getESuperTypes().add(this.getPlanElement());
		narrativeTableEClass.getESuperTypes().add(this.getPlanElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(planElementEClass, PlanElement.class, "PlanElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPlanElement_Code(), ecorePackage.getEString(), "code", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanElement_Remarks(), ecorePackage.getEString(), "remarks", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanElement_Source(), ecorePackage.getEString(), "source", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanElement_Synthetic(), ecorePackage.getEBoolean(), "synthetic", null, 0, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(spatialElementEClass, SpatialElement.class, "SpatialElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSpatialElement_Geometry(), this.getShape(), "geometry", null, 0, 1, SpatialElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpatialElement_ApproximateGeometry(), ecorePackage.getEBoolean(), "approximateGeometry", null, 0, 1, SpatialElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpatialElement_StatedArea(), ecorePackage.getEBigDecimal(), "statedArea", null, 0, 1, SpatialElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpatialElement_StatedAreaUnit(), this.getAreaUnit(), "statedAreaUnit", null, 0, 1, SpatialElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSpatialElement_County(), this.getAdministrativeDivision(), null, "county", null, 0, 1, SpatialElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(planEClass, Plan.class, "Plan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_Region(), ecorePackage.getEString(), "region", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_RegionCode(), ecorePackage.getEString(), "regionCode", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_BaseYear(), ecorePackage.getEInt(), "baseYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_StartYear(), ecorePackage.getEInt(), "startYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_EndYear(), ecorePackage.getEInt(), "endYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_OutlookYear(), ecorePackage.getEInt(), "outlookYear", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_Issuer(), ecorePackage.getEString(), "issuer", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_Issued(), ecorePackage.getEString(), "issued", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_Synthetic(), ecorePackage.getEBoolean(), "synthetic", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Divisions(), this.getAdministrativeDivision(), null, "divisions", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Minerals(), this.getMineral(), null, "minerals", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_MineralControls(), this.getMineralControl(), null, "mineralControls", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Reserves(), this.getResourceReserve(), null, "reserves", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_ReserveIncreases(), this.getReserveIncrease(), null, "reserveIncreases", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Mines(), this.getMine(), null, "mines", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_LayoutUnits(), this.getLayoutUnit(), null, "layoutUnits", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Zones(), this.getPlanningZone(), null, "zones", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_ExplorationBlocks(), this.getExplorationBlock(), null, "explorationBlocks", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_MiningBlocks(), this.getMiningBlock(), null, "miningBlocks", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_ConcentratedAreas(), this.getConcentratedMiningArea(), null, "concentratedAreas", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_EnvironmentalZones(), this.getEnvironmentalZone(), null, "environmentalZones", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_AbandonedPits(), this.getAbandonedPit(), null, "abandonedPits", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_MinimumScales(), this.getMinimumScaleStandard(), null, "minimumScales", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Projects(), this.getProject(), null, "projects", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_ProcessingBases(), this.getProcessingBase(), null, "processingBases", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Statements(), this.getPrintedStatement(), null, "statements", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_NarrativeTables(), this.getNarrativeTable(), null, "narrativeTables", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(administrativeDivisionEClass, AdministrativeDivision.class, "AdministrativeDivision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAdministrativeDivision_Kind(), this.getDivisionKind(), "kind", null, 0, 1, AdministrativeDivision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAdministrativeDivision_NameEn(), ecorePackage.getEString(), "nameEn", null, 0, 1, AdministrativeDivision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAdministrativeDivision_Seat(), this.getShape(), "seat", null, 0, 1, AdministrativeDivision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAdministrativeDivision_Parent(), this.getAdministrativeDivision(), null, "parent", null, 0, 1, AdministrativeDivision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(mineralEClass, Mineral.class, "Mineral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMineral_Category(), this.getMineralCategory(), "category", null, 0, 1, Mineral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineral_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Mineral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineral_MeasureBasis(), this.getMeasureBasis(), "measureBasis", null, 0, 1, Mineral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineral_Advantage(), ecorePackage.getEBoolean(), "advantage", null, 0, 1, Mineral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineral_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, Mineral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(mineralControlEClass, MineralControl.class, "MineralControl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMineralControl_ControlClass(), this.getControlClass(), "controlClass", null, 0, 1, MineralControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMineralControl_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, MineralControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineralControl_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, MineralControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMineralControl_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, MineralControl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(resourceReserveEClass, ResourceReserve.class, "ResourceReserve", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getResourceReserve_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, ResourceReserve.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResourceReserve_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ResourceReserve.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResourceReserve_CumulativeIdentified(), ecorePackage.getEBigDecimal(), "cumulativeIdentified", null, 0, 1, ResourceReserve.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResourceReserve_Retained(), ecorePackage.getEBigDecimal(), "retained", null, 0, 1, ResourceReserve.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResourceReserve_Withheld(), ecorePackage.getEBoolean(), "withheld", null, 0, 1, ResourceReserve.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(reserveIncreaseEClass, ReserveIncrease.class, "ReserveIncrease", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getReserveIncrease_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, ReserveIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReserveIncrease_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, ReserveIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReserveIncrease_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, ReserveIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReserveIncrease_Added(), ecorePackage.getEBigDecimal(), "added", null, 0, 1, ReserveIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(mineEClass, Mine.class, "Mine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMine_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_Scale(), this.getMineScale(), "scale", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_LicenceNumber(), ecorePackage.getEString(), "licenceNumber", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_Employees(), ecorePackage.getEIntegerObject(), "employees", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_Output(), ecorePackage.getEBigDecimal(), "output", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_OutputValue(), ecorePackage.getEBigDecimal(), "outputValue", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_Status(), this.getMineStatus(), "status", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_GreenMine(), ecorePackage.getEBoolean(), "greenMine", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMine_OilGas(), ecorePackage.getEBoolean(), "oilGas", null, 0, 1, Mine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(layoutUnitEClass, LayoutUnit.class, "LayoutUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLayoutUnit_Tier(), this.getLayoutTier(), "tier", null, 0, 1, LayoutUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLayoutUnit_Resources(), ecorePackage.getEString(), "resources", null, 0, 1, LayoutUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLayoutUnit_Direction(), ecorePackage.getEString(), "direction", null, 0, 1, LayoutUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLayoutUnit_Zones(), this.getPlanningZone(), null, "zones", null, 0, -1, LayoutUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(planningZoneEClass, PlanningZone.class, "PlanningZone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPlanningZone_Kind(), this.getZoneKind(), "kind", null, 0, 1, PlanningZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanningZone_Level(), this.getPlanLevel(), "level", null, 0, 1, PlanningZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlanningZone_Minerals(), this.getMineral(), null, "minerals", null, 0, -1, PlanningZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlanningZone_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, PlanningZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlanningZone_LayoutUnit(), this.getLayoutUnit(), null, "layoutUnit", null, 0, 1, PlanningZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(blockEClass, Block.class, "Block", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getBlock_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBlock_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBlock_Zone(), this.getPlanningZone(), null, "zone", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBlock_LayoutUnit(), this.getLayoutUnit(), null, "layoutUnit", null, 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(explorationBlockEClass, ExplorationBlock.class, "ExplorationBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getExplorationBlock_Stage(), this.getExplorationStage(), "stage", null, 0, 1, ExplorationBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(miningBlockEClass, MiningBlock.class, "MiningBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMiningBlock_DesignScale(), ecorePackage.getEBigDecimal(), "designScale", null, 0, 1, MiningBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiningBlock_DesignScaleUnit(), ecorePackage.getEString(), "designScaleUnit", null, 0, 1, MiningBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiningBlock_Scale(), this.getMineScale(), "scale", null, 0, 1, MiningBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMiningBlock_ConvertedFrom(), this.getExplorationBlock(), null, "convertedFrom", null, 0, 1, MiningBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMiningBlock_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, MiningBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(concentratedMiningAreaEClass, ConcentratedMiningArea.class, "ConcentratedMiningArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getConcentratedMiningArea_DesignScale(), ecorePackage.getEBigDecimal(), "designScale", null, 0, 1, ConcentratedMiningArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(environmentalZoneEClass, EnvironmentalZone.class, "EnvironmentalZone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEnvironmentalZone_Grade(), this.getEnvironmentalGrade(), "grade", null, 0, 1, EnvironmentalZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnvironmentalZone_GroupNumber(), ecorePackage.getEString(), "groupNumber", null, 0, 1, EnvironmentalZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnvironmentalZone_MainMines(), ecorePackage.getEString(), "mainMines", null, 0, 1, EnvironmentalZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnvironmentalZone_Hazards(), ecorePackage.getEString(), "hazards", null, 0, 1, EnvironmentalZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnvironmentalZone_Tasks(), ecorePackage.getEString(), "tasks", null, 0, 1, EnvironmentalZone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(abandonedPitEClass, AbandonedPit.class, "AbandonedPit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAbandonedPit_Number(), ecorePackage.getEString(), "number", null, 0, 1, AbandonedPit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAbandonedPit_CountyText(), ecorePackage.getEString(), "countyText", null, 0, 1, AbandonedPit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAbandonedPit_Funding(), ecorePackage.getEString(), "funding", null, 0, 1, AbandonedPit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getAbandonedPit_EnvironmentalZone(), this.getEnvironmentalZone(), null, "environmentalZone", null, 0, 1, AbandonedPit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIndicator_Table(), ecorePackage.getEString(), "table", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Number(), ecorePackage.getEString(), "number", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Group(), ecorePackage.getEString(), "group", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Baseline(), ecorePackage.getEBigDecimal(), "baseline", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_BaselineText(), ecorePackage.getEString(), "baselineText", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetText(), ecorePackage.getEString(), "targetText", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Comparator(), this.getComparator(), "comparator", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetLow(), ecorePackage.getEBigDecimal(), "targetLow", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetHigh(), ecorePackage.getEBigDecimal(), "targetHigh", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Achieved(), ecorePackage.getEBigDecimal(), "achieved", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Attribute(), this.getIndicatorAttribute(), "attribute", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIndicator_Mineral(), this.getMineral(), null, "mineral", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Measure(), this.getIndicatorMeasure(), "measure", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(minimumScaleStandardEClass, MinimumScaleStandard.class, "MinimumScaleStandard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_Number(), ecorePackage.getEString(), "number", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMinimumScaleStandard_Minerals(), this.getMineral(), null, "minerals", null, 0, -1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_Large(), ecorePackage.getEString(), "large", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_Medium(), ecorePackage.getEString(), "medium", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_Small(), ecorePackage.getEString(), "small", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMinimumScaleStandard_ServiceLife(), ecorePackage.getEString(), "serviceLife", null, 0, 1, MinimumScaleStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(projectEClass, Project.class, "Project", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProject_Kind(), this.getProjectKind(), "kind", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProject_Table(), ecorePackage.getEString(), "table", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProject_Number(), ecorePackage.getEString(), "number", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProject_Target(), ecorePackage.getEString(), "target", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProject_Stage(), ecorePackage.getEString(), "stage", null, 0, 1, Project.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(processingBaseEClass, ProcessingBase.class, "ProcessingBase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getProcessingBase_Number(), ecorePackage.getEString(), "number", null, 0, 1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessingBase_CountyText(), ecorePackage.getEString(), "countyText", null, 0, 1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessingBase_County(), this.getAdministrativeDivision(), null, "county", null, 0, 1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessingBase_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getProcessingBase_Minerals(), this.getMineral(), null, "minerals", null, 0, -1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getProcessingBase_MiningAreas(), ecorePackage.getEString(), "miningAreas", null, 0, 1, ProcessingBase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(printedStatementEClass, PrintedStatement.class, "PrintedStatement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_Table(), ecorePackage.getEString(), "table", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_RowLabel(), ecorePackage.getEString(), "rowLabel", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_ColumnLabel(), ecorePackage.getEString(), "columnLabel", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_ValueText(), ecorePackage.getEString(), "valueText", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_Value(), ecorePackage.getEBigDecimal(), "value", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_SeedLine(), ecorePackage.getEInt(), "seedLine", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPrintedStatement_Total(), ecorePackage.getEBoolean(), "total", null, 0, 1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPrintedStatement_Parts(), this.getPrintedStatement(), null, "parts", null, 0, -1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPrintedStatement_Selector(), this.getElementSelector(), null, "selector", null, 0, -1, PrintedStatement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(elementSelectorEClass, ElementSelector.class, "ElementSelector", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getElementSelector_ElementType(), ecorePackage.getEString(), "elementType", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getElementSelector_County(), this.getAdministrativeDivision(), null, "county", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getElementSelector_Minerals(), this.getMineral(), null, "minerals", null, 0, -1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getElementSelector_MineralText(), ecorePackage.getEString(), "mineralText", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getElementSelector_Scale(), this.getMineScale(), "scale", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getElementSelector_UseScale(), ecorePackage.getEBoolean(), "useScale", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getElementSelector_Measure(), this.getStatementMeasure(), "measure", null, 0, 1, ElementSelector.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(narrativeTableEClass, NarrativeTable.class, "NarrativeTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNarrativeTable_Columns(), ecorePackage.getEString(), "columns", null, 0, -1, NarrativeTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getNarrativeTable_Rows(), this.getNarrativeRow(), null, "rows", null, 0, -1, NarrativeTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(narrativeRowEClass, NarrativeRow.class, "NarrativeRow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNarrativeRow_Cells(), ecorePackage.getEString(), "cells", null, 0, -1, NarrativeRow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(areaUnitEEnum, AreaUnit.class, "AreaUnit"); //$NON-NLS-1$
		addEEnumLiteral(areaUnitEEnum, AreaUnit.SQUARE_KILOMETRE);
		addEEnumLiteral(areaUnitEEnum, AreaUnit.HECTARE);
		addEEnumLiteral(areaUnitEEnum, AreaUnit.SQUARE_METRE);

		initEEnum(divisionKindEEnum, DivisionKind.class, "DivisionKind"); //$NON-NLS-1$
		addEEnumLiteral(divisionKindEEnum, DivisionKind.PREFECTURE);
		addEEnumLiteral(divisionKindEEnum, DivisionKind.COUNTY_LEVEL_CITY);
		addEEnumLiteral(divisionKindEEnum, DivisionKind.COUNTY);
		addEEnumLiteral(divisionKindEEnum, DivisionKind.AUTONOMOUS_COUNTY);
		addEEnumLiteral(divisionKindEEnum, DivisionKind.XPCC_DIVISION);
		addEEnumLiteral(divisionKindEEnum, DivisionKind.XPCC_UNIT);

		initEEnum(mineralCategoryEEnum, MineralCategory.class, "MineralCategory"); //$NON-NLS-1$
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.ENERGY);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.FERROUS);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.NON_FERROUS);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.PRECIOUS);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.RARE);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.METALLURGICAL_AUXILIARY);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.CHEMICAL);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.BUILDING_MATERIAL);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.GEMSTONE);
		addEEnumLiteral(mineralCategoryEEnum, MineralCategory.WATER_GAS);

		initEEnum(measureBasisEEnum, MeasureBasis.class, "MeasureBasis"); //$NON-NLS-1$
		addEEnumLiteral(measureBasisEEnum, MeasureBasis.ORE);
		addEEnumLiteral(measureBasisEEnum, MeasureBasis.METAL);
		addEEnumLiteral(measureBasisEEnum, MeasureBasis.OXIDE);
		addEEnumLiteral(measureBasisEEnum, MeasureBasis.COMPOUND);

		initEEnum(controlClassEEnum, ControlClass.class, "ControlClass"); //$NON-NLS-1$
		addEEnumLiteral(controlClassEEnum, ControlClass.KEY_EXPLORATION);
		addEEnumLiteral(controlClassEEnum, ControlClass.KEY_MINING);
		addEEnumLiteral(controlClassEEnum, ControlClass.RESTRICTED_EXPLORATION);
		addEEnumLiteral(controlClassEEnum, ControlClass.RESTRICTED_MINING);
		addEEnumLiteral(controlClassEEnum, ControlClass.PROHIBITED);

		initEEnum(mineScaleEEnum, MineScale.class, "MineScale"); //$NON-NLS-1$
		addEEnumLiteral(mineScaleEEnum, MineScale.LARGE);
		addEEnumLiteral(mineScaleEEnum, MineScale.MEDIUM);
		addEEnumLiteral(mineScaleEEnum, MineScale.SMALL);
		addEEnumLiteral(mineScaleEEnum, MineScale.TINY);

		initEEnum(mineStatusEEnum, MineStatus.class, "MineStatus"); //$NON-NLS-1$
		addEEnumLiteral(mineStatusEEnum, MineStatus.PRODUCING);
		addEEnumLiteral(mineStatusEEnum, MineStatus.BUILDING);
		addEEnumLiteral(mineStatusEEnum, MineStatus.SUSPENDED);
		addEEnumLiteral(mineStatusEEnum, MineStatus.CLOSED);

		initEEnum(layoutTierEEnum, LayoutTier.class, "LayoutTier"); //$NON-NLS-1$
		addEEnumLiteral(layoutTierEEnum, LayoutTier.WING);
		addEEnumLiteral(layoutTierEEnum, LayoutTier.BELT);
		addEEnumLiteral(layoutTierEEnum, LayoutTier.DISTRICT);

		initEEnum(zoneKindEEnum, ZoneKind.class, "ZoneKind"); //$NON-NLS-1$
		addEEnumLiteral(zoneKindEEnum, ZoneKind.ENERGY_BASE);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.NATIONAL_PLANNED_MINING_AREA);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.KEY_EXPLORATION_ZONE);
		addEEnumLiteral(zoneKindEEnum, ZoneKind.KEY_MINING_ZONE);

		initEEnum(planLevelEEnum, PlanLevel.class, "PlanLevel"); //$NON-NLS-1$
		addEEnumLiteral(planLevelEEnum, PlanLevel.NATIONAL);
		addEEnumLiteral(planLevelEEnum, PlanLevel.AUTONOMOUS_REGION);
		addEEnumLiteral(planLevelEEnum, PlanLevel.PREFECTURE);

		initEEnum(explorationStageEEnum, ExplorationStage.class, "ExplorationStage"); //$NON-NLS-1$
		addEEnumLiteral(explorationStageEEnum, ExplorationStage.SURVEY);
		addEEnumLiteral(explorationStageEEnum, ExplorationStage.PROSPECTING);
		addEEnumLiteral(explorationStageEEnum, ExplorationStage.GENERAL_EXPLORATION);
		addEEnumLiteral(explorationStageEEnum, ExplorationStage.DETAILED_EXPLORATION);

		initEEnum(environmentalGradeEEnum, EnvironmentalGrade.class, "EnvironmentalGrade"); //$NON-NLS-1$
		addEEnumLiteral(environmentalGradeEEnum, EnvironmentalGrade.KEY_TREATMENT);
		addEEnumLiteral(environmentalGradeEEnum, EnvironmentalGrade.GENERAL_TREATMENT);
		addEEnumLiteral(environmentalGradeEEnum, EnvironmentalGrade.PROTECTION_PREVENTION);

		initEEnum(comparatorEEnum, Comparator.class, "Comparator"); //$NON-NLS-1$
		addEEnumLiteral(comparatorEEnum, Comparator.AT_MOST);
		addEEnumLiteral(comparatorEEnum, Comparator.AT_LEAST);
		addEEnumLiteral(comparatorEEnum, Comparator.EQUAL);
		addEEnumLiteral(comparatorEEnum, Comparator.RANGE);
		addEEnumLiteral(comparatorEEnum, Comparator.ABOUT);

		initEEnum(indicatorAttributeEEnum, IndicatorAttribute.class, "IndicatorAttribute"); //$NON-NLS-1$
		addEEnumLiteral(indicatorAttributeEEnum, IndicatorAttribute.EXPECTED);
		addEEnumLiteral(indicatorAttributeEEnum, IndicatorAttribute.BINDING);

		initEEnum(indicatorMeasureEEnum, IndicatorMeasure.class, "IndicatorMeasure"); //$NON-NLS-1$
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.NONE);
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.MINE_COUNT);
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.LARGE_MEDIUM_SHARE);
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.ANNUAL_OUTPUT);
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.MINE_COUNT_OF_MINERAL);
		addEEnumLiteral(indicatorMeasureEEnum, IndicatorMeasure.GREEN_MINE_COUNT);

		initEEnum(projectKindEEnum, ProjectKind.class, "ProjectKind"); //$NON-NLS-1$
		addEEnumLiteral(projectKindEEnum, ProjectKind.GEOLOGICAL_SURVEY);
		addEEnumLiteral(projectKindEEnum, ProjectKind.EVALUATION);

		initEEnum(statementMeasureEEnum, StatementMeasure.class, "StatementMeasure"); //$NON-NLS-1$
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.COUNT);
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.SUM_AREA);
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.SUM_EMPLOYEES);
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.SUM_OUTPUT);
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.SUM_OUTPUT_VALUE);
		addEEnumLiteral(statementMeasureEEnum, StatementMeasure.DISTINCT_MINERALS);

		// Initialize data types
		initEDataType(shapeEDataType, Shape.class, "Shape", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //MinplanPackageImpl
