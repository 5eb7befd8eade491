/**
 */
package org.minplan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The plan model of Mineral Plan Workbench: a regional mineral resources master plan (矿产资源总体规划) and everything it contains. Format 1.0.
 * <!-- end-model-doc -->
 * @see org.minplan.model.MinplanFactory
 * @model kind="package"
 * @generated
 */
public interface MinplanPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://minplan.org/model/plan/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "minplan"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MinplanPackage eINSTANCE = org.minplan.model.impl.MinplanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.IdentifiedImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.PlanElementImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__REMARKS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__SOURCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__SYNTHETIC = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.SpatialElementImpl <em>Spatial Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.SpatialElementImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getSpatialElement()
	 * @generated
	 */
	int SPATIAL_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__GEOMETRY = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__STATED_AREA = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__STATED_AREA_UNIT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT__COUNTY = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Spatial Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Spatial Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPATIAL_ELEMENT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.PlanImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REGION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__REGION_CODE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BASE_YEAR = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__START_YEAR = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__END_YEAR = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Outlook Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__OUTLOOK_YEAR = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__FORMAT_VERSION = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ISSUER = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ISSUED = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__SYNTHETIC = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Divisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DIVISIONS = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Minerals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MINERALS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Mineral Controls</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MINERAL_CONTROLS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Reserves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RESERVES = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Reserve Increases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__RESERVE_INCREASES = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Mines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MINES = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Layout Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__LAYOUT_UNITS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ZONES = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Exploration Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__EXPLORATION_BLOCKS = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Mining Blocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MINING_BLOCKS = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Concentrated Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CONCENTRATED_AREAS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Environmental Zones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ENVIRONMENTAL_ZONES = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Abandoned Pits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ABANDONED_PITS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__INDICATORS = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Minimum Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__MINIMUM_SCALES = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROJECTS = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The feature id for the '<em><b>Processing Bases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PROCESSING_BASES = IDENTIFIED_FEATURE_COUNT + 27;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__STATEMENTS = IDENTIFIED_FEATURE_COUNT + 28;

	/**
	 * The feature id for the '<em><b>Narrative Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NARRATIVE_TABLES = IDENTIFIED_FEATURE_COUNT + 29;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 30;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.AdministrativeDivisionImpl <em>Administrative Division</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.AdministrativeDivisionImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getAdministrativeDivision()
	 * @generated
	 */
	int ADMINISTRATIVE_DIVISION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__KIND = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__NAME_EN = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Seat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__SEAT = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION__PARENT = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Administrative Division</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Administrative Division</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADMINISTRATIVE_DIVISION_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.MineralImpl <em>Mineral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.MineralImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMineral()
	 * @generated
	 */
	int MINERAL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__CATEGORY = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Measure Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__MEASURE_BASIS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Advantage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__ADVANTAGE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL__ALIASES = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Mineral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Mineral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.MineralControlImpl <em>Mineral Control</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.MineralControlImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMineralControl()
	 * @generated
	 */
	int MINERAL_CONTROL = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Control Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__CONTROL_CLASS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__MINERAL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__MINERAL_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL__CONDITION = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Mineral Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Mineral Control</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINERAL_CONTROL_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ResourceReserveImpl <em>Resource Reserve</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ResourceReserveImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getResourceReserve()
	 * @generated
	 */
	int RESOURCE_RESERVE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__MINERAL = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cumulative Identified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Retained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__RETAINED = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Withheld</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE__WITHHELD = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Resource Reserve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Resource Reserve</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_RESERVE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ReserveIncreaseImpl <em>Reserve Increase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ReserveIncreaseImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getReserveIncrease()
	 * @generated
	 */
	int RESERVE_INCREASE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__MINERAL = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__TARGET = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE__ADDED = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Reserve Increase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Reserve Increase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESERVE_INCREASE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.MineImpl <em>Mine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.MineImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMine()
	 * @generated
	 */
	int MINE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__MINERAL = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__MINERAL_TEXT = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__SCALE = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Licence Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__LICENCE_NUMBER = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Employees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__EMPLOYEES = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__OUTPUT = SPATIAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Output Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__OUTPUT_VALUE = SPATIAL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__STATUS = SPATIAL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Green Mine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__GREEN_MINE = SPATIAL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Oil Gas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE__OIL_GAS = SPATIAL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Mine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Mine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINE_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.LayoutUnitImpl <em>Layout Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.LayoutUnitImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getLayoutUnit()
	 * @generated
	 */
	int LAYOUT_UNIT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__TIER = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__RESOURCES = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__DIRECTION = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Zones</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT__ZONES = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layout Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layout Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_UNIT_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.PlanningZoneImpl <em>Planning Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.PlanningZoneImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanningZone()
	 * @generated
	 */
	int PLANNING_ZONE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__KIND = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__LEVEL = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minerals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__MINERALS = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__MINERAL_TEXT = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE__LAYOUT_UNIT = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Planning Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Planning Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLANNING_ZONE_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.BlockImpl <em>Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.BlockImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getBlock()
	 * @generated
	 */
	int BLOCK = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__MINERAL = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__MINERAL_TEXT = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__ZONE = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__LAYOUT_UNIT = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ExplorationBlockImpl <em>Exploration Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ExplorationBlockImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getExplorationBlock()
	 * @generated
	 */
	int EXPLORATION_BLOCK = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__CODE = BLOCK__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__NAME = BLOCK__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__REMARKS = BLOCK__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__SOURCE = BLOCK__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__SYNTHETIC = BLOCK__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__GEOMETRY = BLOCK__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__APPROXIMATE_GEOMETRY = BLOCK__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__STATED_AREA = BLOCK__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__STATED_AREA_UNIT = BLOCK__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__COUNTY = BLOCK__COUNTY;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__MINERAL = BLOCK__MINERAL;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__MINERAL_TEXT = BLOCK__MINERAL_TEXT;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__ZONE = BLOCK__ZONE;

	/**
	 * The feature id for the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__LAYOUT_UNIT = BLOCK__LAYOUT_UNIT;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK__STAGE = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Exploration Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Exploration Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPLORATION_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.MiningBlockImpl <em>Mining Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.MiningBlockImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMiningBlock()
	 * @generated
	 */
	int MINING_BLOCK = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__CODE = BLOCK__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__NAME = BLOCK__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__REMARKS = BLOCK__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__SOURCE = BLOCK__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__SYNTHETIC = BLOCK__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__GEOMETRY = BLOCK__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__APPROXIMATE_GEOMETRY = BLOCK__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__STATED_AREA = BLOCK__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__STATED_AREA_UNIT = BLOCK__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__COUNTY = BLOCK__COUNTY;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__MINERAL = BLOCK__MINERAL;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__MINERAL_TEXT = BLOCK__MINERAL_TEXT;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__ZONE = BLOCK__ZONE;

	/**
	 * The feature id for the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__LAYOUT_UNIT = BLOCK__LAYOUT_UNIT;

	/**
	 * The feature id for the '<em><b>Design Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__DESIGN_SCALE = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Design Scale Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__DESIGN_SCALE_UNIT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__SCALE = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Converted From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__CONVERTED_FROM = BLOCK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK__JUSTIFICATION = BLOCK_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Mining Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Mining Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINING_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ConcentratedMiningAreaImpl <em>Concentrated Mining Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ConcentratedMiningAreaImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getConcentratedMiningArea()
	 * @generated
	 */
	int CONCENTRATED_MINING_AREA = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__ID = BLOCK__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__CODE = BLOCK__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__NAME = BLOCK__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__REMARKS = BLOCK__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__SOURCE = BLOCK__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__SYNTHETIC = BLOCK__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__GEOMETRY = BLOCK__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__APPROXIMATE_GEOMETRY = BLOCK__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__STATED_AREA = BLOCK__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__STATED_AREA_UNIT = BLOCK__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__COUNTY = BLOCK__COUNTY;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__MINERAL = BLOCK__MINERAL;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__MINERAL_TEXT = BLOCK__MINERAL_TEXT;

	/**
	 * The feature id for the '<em><b>Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__ZONE = BLOCK__ZONE;

	/**
	 * The feature id for the '<em><b>Layout Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__LAYOUT_UNIT = BLOCK__LAYOUT_UNIT;

	/**
	 * The feature id for the '<em><b>Design Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA__DESIGN_SCALE = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Concentrated Mining Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Concentrated Mining Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONCENTRATED_MINING_AREA_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.EnvironmentalZoneImpl <em>Environmental Zone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.EnvironmentalZoneImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getEnvironmentalZone()
	 * @generated
	 */
	int ENVIRONMENTAL_ZONE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__GRADE = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Group Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__GROUP_NUMBER = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Main Mines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__MAIN_MINES = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hazards</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__HAZARDS = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE__TASKS = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Environmental Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Environmental Zone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENTAL_ZONE_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.AbandonedPitImpl <em>Abandoned Pit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.AbandonedPitImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getAbandonedPit()
	 * @generated
	 */
	int ABANDONED_PIT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__ID = SPATIAL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__CODE = SPATIAL_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__NAME = SPATIAL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__REMARKS = SPATIAL_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__SOURCE = SPATIAL_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__SYNTHETIC = SPATIAL_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__GEOMETRY = SPATIAL_ELEMENT__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Approximate Geometry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__APPROXIMATE_GEOMETRY = SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY;

	/**
	 * The feature id for the '<em><b>Stated Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__STATED_AREA = SPATIAL_ELEMENT__STATED_AREA;

	/**
	 * The feature id for the '<em><b>Stated Area Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__STATED_AREA_UNIT = SPATIAL_ELEMENT__STATED_AREA_UNIT;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__COUNTY = SPATIAL_ELEMENT__COUNTY;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__NUMBER = SPATIAL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>County Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__COUNTY_TEXT = SPATIAL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Funding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__FUNDING = SPATIAL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Environmental Zone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT__ENVIRONMENTAL_ZONE = SPATIAL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Abandoned Pit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT_FEATURE_COUNT = SPATIAL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Abandoned Pit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABANDONED_PIT_OPERATION_COUNT = SPATIAL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.IndicatorImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TABLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NUMBER = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__GROUP = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Baseline Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COMPARATOR = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Target Low</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_LOW = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Target High</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_HIGH = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACHIEVED = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ATTRIBUTE = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Mineral</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MINERAL = PLAN_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASURE = PLAN_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.MinimumScaleStandardImpl <em>Minimum Scale Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.MinimumScaleStandardImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMinimumScaleStandard()
	 * @generated
	 */
	int MINIMUM_SCALE_STANDARD = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__NUMBER = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Minerals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__MINERALS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Large</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__LARGE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__MEDIUM = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Small</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__SMALL = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Service Life</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD__SERVICE_LIFE = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Minimum Scale Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Minimum Scale Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MINIMUM_SCALE_STANDARD_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ProjectImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__KIND = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TABLE = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NUMBER = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__TARGET = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STAGE = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ProcessingBaseImpl <em>Processing Base</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ProcessingBaseImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getProcessingBase()
	 * @generated
	 */
	int PROCESSING_BASE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__NUMBER = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>County Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__COUNTY_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__COUNTY = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__MINERAL_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Minerals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__MINERALS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Mining Areas</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE__MINING_AREAS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Processing Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Processing Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESSING_BASE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.PrintedStatementImpl <em>Printed Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.PrintedStatementImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getPrintedStatement()
	 * @generated
	 */
	int PRINTED_STATEMENT = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Table</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__TABLE = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Row Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__ROW_LABEL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Column Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__COLUMN_LABEL = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Value Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__VALUE_TEXT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__VALUE = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__UNIT = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__QUOTE = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Seed Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__SEED_LINE = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__TOTAL = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Parts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__PARTS = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT__SELECTOR = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Printed Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Printed Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRINTED_STATEMENT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.ElementSelectorImpl <em>Element Selector</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.ElementSelectorImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getElementSelector()
	 * @generated
	 */
	int ELEMENT_SELECTOR = 23;

	/**
	 * The feature id for the '<em><b>Element Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__ELEMENT_TYPE = 0;

	/**
	 * The feature id for the '<em><b>County</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__COUNTY = 1;

	/**
	 * The feature id for the '<em><b>Minerals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__MINERALS = 2;

	/**
	 * The feature id for the '<em><b>Mineral Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__MINERAL_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__SCALE = 4;

	/**
	 * The feature id for the '<em><b>Use Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__USE_SCALE = 5;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR__MEASURE = 6;

	/**
	 * The number of structural features of the '<em>Element Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Element Selector</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_SELECTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.NarrativeTableImpl <em>Narrative Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.NarrativeTableImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getNarrativeTable()
	 * @generated
	 */
	int NARRATIVE_TABLE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__CODE = PLAN_ELEMENT__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__NAME = PLAN_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Remarks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__REMARKS = PLAN_ELEMENT__REMARKS;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__SOURCE = PLAN_ELEMENT__SOURCE;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__SYNTHETIC = PLAN_ELEMENT__SYNTHETIC;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__COLUMNS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE__ROWS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Narrative Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Narrative Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_TABLE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.impl.NarrativeRowImpl <em>Narrative Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.impl.NarrativeRowImpl
	 * @see org.minplan.model.impl.MinplanPackageImpl#getNarrativeRow()
	 * @generated
	 */
	int NARRATIVE_ROW = 25;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_ROW__CELLS = 0;

	/**
	 * The number of structural features of the '<em>Narrative Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_ROW_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Narrative Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_ROW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.minplan.model.AreaUnit <em>Area Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.AreaUnit
	 * @see org.minplan.model.impl.MinplanPackageImpl#getAreaUnit()
	 * @generated
	 */
	int AREA_UNIT = 26;

	/**
	 * The meta object id for the '{@link org.minplan.model.DivisionKind <em>Division Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.DivisionKind
	 * @see org.minplan.model.impl.MinplanPackageImpl#getDivisionKind()
	 * @generated
	 */
	int DIVISION_KIND = 27;

	/**
	 * The meta object id for the '{@link org.minplan.model.MineralCategory <em>Mineral Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.MineralCategory
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMineralCategory()
	 * @generated
	 */
	int MINERAL_CATEGORY = 28;

	/**
	 * The meta object id for the '{@link org.minplan.model.MeasureBasis <em>Measure Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.MeasureBasis
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMeasureBasis()
	 * @generated
	 */
	int MEASURE_BASIS = 29;

	/**
	 * The meta object id for the '{@link org.minplan.model.ControlClass <em>Control Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.ControlClass
	 * @see org.minplan.model.impl.MinplanPackageImpl#getControlClass()
	 * @generated
	 */
	int CONTROL_CLASS = 30;

	/**
	 * The meta object id for the '{@link org.minplan.model.MineScale <em>Mine Scale</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.MineScale
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMineScale()
	 * @generated
	 */
	int MINE_SCALE = 31;

	/**
	 * The meta object id for the '{@link org.minplan.model.MineStatus <em>Mine Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.MineStatus
	 * @see org.minplan.model.impl.MinplanPackageImpl#getMineStatus()
	 * @generated
	 */
	int MINE_STATUS = 32;

	/**
	 * The meta object id for the '{@link org.minplan.model.LayoutTier <em>Layout Tier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.LayoutTier
	 * @see org.minplan.model.impl.MinplanPackageImpl#getLayoutTier()
	 * @generated
	 */
	int LAYOUT_TIER = 33;

	/**
	 * The meta object id for the '{@link org.minplan.model.ZoneKind <em>Zone Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.ZoneKind
	 * @see org.minplan.model.impl.MinplanPackageImpl#getZoneKind()
	 * @generated
	 */
	int ZONE_KIND = 34;

	/**
	 * The meta object id for the '{@link org.minplan.model.PlanLevel <em>Plan Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.PlanLevel
	 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanLevel()
	 * @generated
	 */
	int PLAN_LEVEL = 35;

	/**
	 * The meta object id for the '{@link org.minplan.model.ExplorationStage <em>Exploration Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.ExplorationStage
	 * @see org.minplan.model.impl.MinplanPackageImpl#getExplorationStage()
	 * @generated
	 */
	int EXPLORATION_STAGE = 36;

	/**
	 * The meta object id for the '{@link org.minplan.model.EnvironmentalGrade <em>Environmental Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.EnvironmentalGrade
	 * @see org.minplan.model.impl.MinplanPackageImpl#getEnvironmentalGrade()
	 * @generated
	 */
	int ENVIRONMENTAL_GRADE = 37;

	/**
	 * The meta object id for the '{@link org.minplan.model.Comparator <em>Comparator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.Comparator
	 * @see org.minplan.model.impl.MinplanPackageImpl#getComparator()
	 * @generated
	 */
	int COMPARATOR = 38;

	/**
	 * The meta object id for the '{@link org.minplan.model.IndicatorAttribute <em>Indicator Attribute</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.IndicatorAttribute
	 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicatorAttribute()
	 * @generated
	 */
	int INDICATOR_ATTRIBUTE = 39;

	/**
	 * The meta object id for the '{@link org.minplan.model.IndicatorMeasure <em>Indicator Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.IndicatorMeasure
	 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicatorMeasure()
	 * @generated
	 */
	int INDICATOR_MEASURE = 40;

	/**
	 * The meta object id for the '{@link org.minplan.model.ProjectKind <em>Project Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.ProjectKind
	 * @see org.minplan.model.impl.MinplanPackageImpl#getProjectKind()
	 * @generated
	 */
	int PROJECT_KIND = 41;

	/**
	 * The meta object id for the '{@link org.minplan.model.StatementMeasure <em>Statement Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.StatementMeasure
	 * @see org.minplan.model.impl.MinplanPackageImpl#getStatementMeasure()
	 * @generated
	 */
	int STATEMENT_MEASURE = 42;

	/**
	 * The meta object id for the '<em>Shape</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.minplan.model.spatial.Shape
	 * @see org.minplan.model.impl.MinplanPackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 43;


	/**
	 * Returns the meta object for class '{@link org.minplan.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.minplan.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.minplan.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see org.minplan.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanElement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.minplan.model.PlanElement#getCode()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minplan.model.PlanElement#getName()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanElement#getRemarks <em>Remarks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remarks</em>'.
	 * @see org.minplan.model.PlanElement#getRemarks()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Remarks();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanElement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.minplan.model.PlanElement#getSource()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanElement#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.minplan.model.PlanElement#isSynthetic()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Synthetic();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.SpatialElement <em>Spatial Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spatial Element</em>'.
	 * @see org.minplan.model.SpatialElement
	 * @generated
	 */
	EClass getSpatialElement();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.SpatialElement#getGeometry <em>Geometry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Geometry</em>'.
	 * @see org.minplan.model.SpatialElement#getGeometry()
	 * @see #getSpatialElement()
	 * @generated
	 */
	EAttribute getSpatialElement_Geometry();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.SpatialElement#isApproximateGeometry <em>Approximate Geometry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approximate Geometry</em>'.
	 * @see org.minplan.model.SpatialElement#isApproximateGeometry()
	 * @see #getSpatialElement()
	 * @generated
	 */
	EAttribute getSpatialElement_ApproximateGeometry();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.SpatialElement#getStatedArea <em>Stated Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stated Area</em>'.
	 * @see org.minplan.model.SpatialElement#getStatedArea()
	 * @see #getSpatialElement()
	 * @generated
	 */
	EAttribute getSpatialElement_StatedArea();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.SpatialElement#getStatedAreaUnit <em>Stated Area Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stated Area Unit</em>'.
	 * @see org.minplan.model.SpatialElement#getStatedAreaUnit()
	 * @see #getSpatialElement()
	 * @generated
	 */
	EAttribute getSpatialElement_StatedAreaUnit();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.SpatialElement#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>County</em>'.
	 * @see org.minplan.model.SpatialElement#getCounty()
	 * @see #getSpatialElement()
	 * @generated
	 */
	EReference getSpatialElement_County();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see org.minplan.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.minplan.model.Plan#getName()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.minplan.model.Plan#getRegion()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getRegionCode <em>Region Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Code</em>'.
	 * @see org.minplan.model.Plan#getRegionCode()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_RegionCode();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getBaseYear <em>Base Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Year</em>'.
	 * @see org.minplan.model.Plan#getBaseYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_BaseYear();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see org.minplan.model.Plan#getStartYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see org.minplan.model.Plan#getEndYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_EndYear();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getOutlookYear <em>Outlook Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlook Year</em>'.
	 * @see org.minplan.model.Plan#getOutlookYear()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_OutlookYear();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.minplan.model.Plan#getFormatVersion()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.minplan.model.Plan#getIssuer()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#getIssued <em>Issued</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued</em>'.
	 * @see org.minplan.model.Plan#getIssued()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Issued();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Plan#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.minplan.model.Plan#isSynthetic()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Synthetic();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getDivisions <em>Divisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Divisions</em>'.
	 * @see org.minplan.model.Plan#getDivisions()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Divisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getMinerals <em>Minerals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Minerals</em>'.
	 * @see org.minplan.model.Plan#getMinerals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Minerals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getMineralControls <em>Mineral Controls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mineral Controls</em>'.
	 * @see org.minplan.model.Plan#getMineralControls()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_MineralControls();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getReserves <em>Reserves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reserves</em>'.
	 * @see org.minplan.model.Plan#getReserves()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Reserves();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getReserveIncreases <em>Reserve Increases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reserve Increases</em>'.
	 * @see org.minplan.model.Plan#getReserveIncreases()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ReserveIncreases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getMines <em>Mines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mines</em>'.
	 * @see org.minplan.model.Plan#getMines()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Mines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getLayoutUnits <em>Layout Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layout Units</em>'.
	 * @see org.minplan.model.Plan#getLayoutUnits()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_LayoutUnits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Zones</em>'.
	 * @see org.minplan.model.Plan#getZones()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Zones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getExplorationBlocks <em>Exploration Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exploration Blocks</em>'.
	 * @see org.minplan.model.Plan#getExplorationBlocks()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ExplorationBlocks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getMiningBlocks <em>Mining Blocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mining Blocks</em>'.
	 * @see org.minplan.model.Plan#getMiningBlocks()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_MiningBlocks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getConcentratedAreas <em>Concentrated Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Concentrated Areas</em>'.
	 * @see org.minplan.model.Plan#getConcentratedAreas()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ConcentratedAreas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getEnvironmentalZones <em>Environmental Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Environmental Zones</em>'.
	 * @see org.minplan.model.Plan#getEnvironmentalZones()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_EnvironmentalZones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getAbandonedPits <em>Abandoned Pits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Abandoned Pits</em>'.
	 * @see org.minplan.model.Plan#getAbandonedPits()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_AbandonedPits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.minplan.model.Plan#getIndicators()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getMinimumScales <em>Minimum Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Minimum Scales</em>'.
	 * @see org.minplan.model.Plan#getMinimumScales()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_MinimumScales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.minplan.model.Plan#getProjects()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Projects();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getProcessingBases <em>Processing Bases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Processing Bases</em>'.
	 * @see org.minplan.model.Plan#getProcessingBases()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_ProcessingBases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statements</em>'.
	 * @see org.minplan.model.Plan#getStatements()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Statements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.Plan#getNarrativeTables <em>Narrative Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Narrative Tables</em>'.
	 * @see org.minplan.model.Plan#getNarrativeTables()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_NarrativeTables();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.AdministrativeDivision <em>Administrative Division</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Administrative Division</em>'.
	 * @see org.minplan.model.AdministrativeDivision
	 * @generated
	 */
	EClass getAdministrativeDivision();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AdministrativeDivision#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minplan.model.AdministrativeDivision#getKind()
	 * @see #getAdministrativeDivision()
	 * @generated
	 */
	EAttribute getAdministrativeDivision_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AdministrativeDivision#getNameEn <em>Name En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name En</em>'.
	 * @see org.minplan.model.AdministrativeDivision#getNameEn()
	 * @see #getAdministrativeDivision()
	 * @generated
	 */
	EAttribute getAdministrativeDivision_NameEn();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AdministrativeDivision#getSeat <em>Seat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seat</em>'.
	 * @see org.minplan.model.AdministrativeDivision#getSeat()
	 * @see #getAdministrativeDivision()
	 * @generated
	 */
	EAttribute getAdministrativeDivision_Seat();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.AdministrativeDivision#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.minplan.model.AdministrativeDivision#getParent()
	 * @see #getAdministrativeDivision()
	 * @generated
	 */
	EReference getAdministrativeDivision_Parent();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Mineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mineral</em>'.
	 * @see org.minplan.model.Mineral
	 * @generated
	 */
	EClass getMineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mineral#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.minplan.model.Mineral#getCategory()
	 * @see #getMineral()
	 * @generated
	 */
	EAttribute getMineral_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mineral#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.Mineral#getUnit()
	 * @see #getMineral()
	 * @generated
	 */
	EAttribute getMineral_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mineral#getMeasureBasis <em>Measure Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure Basis</em>'.
	 * @see org.minplan.model.Mineral#getMeasureBasis()
	 * @see #getMineral()
	 * @generated
	 */
	EAttribute getMineral_MeasureBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mineral#isAdvantage <em>Advantage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advantage</em>'.
	 * @see org.minplan.model.Mineral#isAdvantage()
	 * @see #getMineral()
	 * @generated
	 */
	EAttribute getMineral_Advantage();

	/**
	 * Returns the meta object for the attribute list '{@link org.minplan.model.Mineral#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.minplan.model.Mineral#getAliases()
	 * @see #getMineral()
	 * @generated
	 */
	EAttribute getMineral_Aliases();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.MineralControl <em>Mineral Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mineral Control</em>'.
	 * @see org.minplan.model.MineralControl
	 * @generated
	 */
	EClass getMineralControl();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MineralControl#getControlClass <em>Control Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Class</em>'.
	 * @see org.minplan.model.MineralControl#getControlClass()
	 * @see #getMineralControl()
	 * @generated
	 */
	EAttribute getMineralControl_ControlClass();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.MineralControl#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.MineralControl#getMineral()
	 * @see #getMineralControl()
	 * @generated
	 */
	EReference getMineralControl_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MineralControl#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.MineralControl#getMineralText()
	 * @see #getMineralControl()
	 * @generated
	 */
	EAttribute getMineralControl_MineralText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MineralControl#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.minplan.model.MineralControl#getCondition()
	 * @see #getMineralControl()
	 * @generated
	 */
	EAttribute getMineralControl_Condition();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ResourceReserve <em>Resource Reserve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Reserve</em>'.
	 * @see org.minplan.model.ResourceReserve
	 * @generated
	 */
	EClass getResourceReserve();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.ResourceReserve#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.ResourceReserve#getMineral()
	 * @see #getResourceReserve()
	 * @generated
	 */
	EReference getResourceReserve_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ResourceReserve#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.ResourceReserve#getUnit()
	 * @see #getResourceReserve()
	 * @generated
	 */
	EAttribute getResourceReserve_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ResourceReserve#getCumulativeIdentified <em>Cumulative Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cumulative Identified</em>'.
	 * @see org.minplan.model.ResourceReserve#getCumulativeIdentified()
	 * @see #getResourceReserve()
	 * @generated
	 */
	EAttribute getResourceReserve_CumulativeIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ResourceReserve#getRetained <em>Retained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retained</em>'.
	 * @see org.minplan.model.ResourceReserve#getRetained()
	 * @see #getResourceReserve()
	 * @generated
	 */
	EAttribute getResourceReserve_Retained();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ResourceReserve#isWithheld <em>Withheld</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Withheld</em>'.
	 * @see org.minplan.model.ResourceReserve#isWithheld()
	 * @see #getResourceReserve()
	 * @generated
	 */
	EAttribute getResourceReserve_Withheld();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ReserveIncrease <em>Reserve Increase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reserve Increase</em>'.
	 * @see org.minplan.model.ReserveIncrease
	 * @generated
	 */
	EClass getReserveIncrease();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.ReserveIncrease#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.ReserveIncrease#getMineral()
	 * @see #getReserveIncrease()
	 * @generated
	 */
	EReference getReserveIncrease_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ReserveIncrease#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.ReserveIncrease#getUnit()
	 * @see #getReserveIncrease()
	 * @generated
	 */
	EAttribute getReserveIncrease_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ReserveIncrease#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.minplan.model.ReserveIncrease#getTarget()
	 * @see #getReserveIncrease()
	 * @generated
	 */
	EAttribute getReserveIncrease_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ReserveIncrease#getAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see org.minplan.model.ReserveIncrease#getAdded()
	 * @see #getReserveIncrease()
	 * @generated
	 */
	EAttribute getReserveIncrease_Added();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Mine <em>Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mine</em>'.
	 * @see org.minplan.model.Mine
	 * @generated
	 */
	EClass getMine();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.Mine#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.Mine#getMineral()
	 * @see #getMine()
	 * @generated
	 */
	EReference getMine_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.Mine#getMineralText()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_MineralText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.minplan.model.Mine#getScale()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getLicenceNumber <em>Licence Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence Number</em>'.
	 * @see org.minplan.model.Mine#getLicenceNumber()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_LicenceNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getEmployees <em>Employees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employees</em>'.
	 * @see org.minplan.model.Mine#getEmployees()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Employees();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see org.minplan.model.Mine#getOutput()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Output();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getOutputValue <em>Output Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Value</em>'.
	 * @see org.minplan.model.Mine#getOutputValue()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_OutputValue();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.minplan.model.Mine#getStatus()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#isGreenMine <em>Green Mine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Mine</em>'.
	 * @see org.minplan.model.Mine#isGreenMine()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_GreenMine();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Mine#isOilGas <em>Oil Gas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oil Gas</em>'.
	 * @see org.minplan.model.Mine#isOilGas()
	 * @see #getMine()
	 * @generated
	 */
	EAttribute getMine_OilGas();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.LayoutUnit <em>Layout Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layout Unit</em>'.
	 * @see org.minplan.model.LayoutUnit
	 * @generated
	 */
	EClass getLayoutUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.LayoutUnit#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.minplan.model.LayoutUnit#getTier()
	 * @see #getLayoutUnit()
	 * @generated
	 */
	EAttribute getLayoutUnit_Tier();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.LayoutUnit#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resources</em>'.
	 * @see org.minplan.model.LayoutUnit#getResources()
	 * @see #getLayoutUnit()
	 * @generated
	 */
	EAttribute getLayoutUnit_Resources();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.LayoutUnit#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.minplan.model.LayoutUnit#getDirection()
	 * @see #getLayoutUnit()
	 * @generated
	 */
	EAttribute getLayoutUnit_Direction();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.LayoutUnit#getZones <em>Zones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Zones</em>'.
	 * @see org.minplan.model.LayoutUnit#getZones()
	 * @see #getLayoutUnit()
	 * @generated
	 */
	EReference getLayoutUnit_Zones();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.PlanningZone <em>Planning Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Planning Zone</em>'.
	 * @see org.minplan.model.PlanningZone
	 * @generated
	 */
	EClass getPlanningZone();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanningZone#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minplan.model.PlanningZone#getKind()
	 * @see #getPlanningZone()
	 * @generated
	 */
	EAttribute getPlanningZone_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanningZone#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.minplan.model.PlanningZone#getLevel()
	 * @see #getPlanningZone()
	 * @generated
	 */
	EAttribute getPlanningZone_Level();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.PlanningZone#getMinerals <em>Minerals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Minerals</em>'.
	 * @see org.minplan.model.PlanningZone#getMinerals()
	 * @see #getPlanningZone()
	 * @generated
	 */
	EReference getPlanningZone_Minerals();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PlanningZone#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.PlanningZone#getMineralText()
	 * @see #getPlanningZone()
	 * @generated
	 */
	EAttribute getPlanningZone_MineralText();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.PlanningZone#getLayoutUnit <em>Layout Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layout Unit</em>'.
	 * @see org.minplan.model.PlanningZone#getLayoutUnit()
	 * @see #getPlanningZone()
	 * @generated
	 */
	EReference getPlanningZone_LayoutUnit();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block</em>'.
	 * @see org.minplan.model.Block
	 * @generated
	 */
	EClass getBlock();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.Block#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.Block#getMineral()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Block#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.Block#getMineralText()
	 * @see #getBlock()
	 * @generated
	 */
	EAttribute getBlock_MineralText();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.Block#getZone <em>Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Zone</em>'.
	 * @see org.minplan.model.Block#getZone()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_Zone();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.Block#getLayoutUnit <em>Layout Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Layout Unit</em>'.
	 * @see org.minplan.model.Block#getLayoutUnit()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_LayoutUnit();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ExplorationBlock <em>Exploration Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exploration Block</em>'.
	 * @see org.minplan.model.ExplorationBlock
	 * @generated
	 */
	EClass getExplorationBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ExplorationBlock#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.minplan.model.ExplorationBlock#getStage()
	 * @see #getExplorationBlock()
	 * @generated
	 */
	EAttribute getExplorationBlock_Stage();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.MiningBlock <em>Mining Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mining Block</em>'.
	 * @see org.minplan.model.MiningBlock
	 * @generated
	 */
	EClass getMiningBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MiningBlock#getDesignScale <em>Design Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design Scale</em>'.
	 * @see org.minplan.model.MiningBlock#getDesignScale()
	 * @see #getMiningBlock()
	 * @generated
	 */
	EAttribute getMiningBlock_DesignScale();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MiningBlock#getDesignScaleUnit <em>Design Scale Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design Scale Unit</em>'.
	 * @see org.minplan.model.MiningBlock#getDesignScaleUnit()
	 * @see #getMiningBlock()
	 * @generated
	 */
	EAttribute getMiningBlock_DesignScaleUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MiningBlock#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.minplan.model.MiningBlock#getScale()
	 * @see #getMiningBlock()
	 * @generated
	 */
	EAttribute getMiningBlock_Scale();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.MiningBlock#getConvertedFrom <em>Converted From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Converted From</em>'.
	 * @see org.minplan.model.MiningBlock#getConvertedFrom()
	 * @see #getMiningBlock()
	 * @generated
	 */
	EReference getMiningBlock_ConvertedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MiningBlock#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.minplan.model.MiningBlock#getJustification()
	 * @see #getMiningBlock()
	 * @generated
	 */
	EAttribute getMiningBlock_Justification();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ConcentratedMiningArea <em>Concentrated Mining Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Concentrated Mining Area</em>'.
	 * @see org.minplan.model.ConcentratedMiningArea
	 * @generated
	 */
	EClass getConcentratedMiningArea();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ConcentratedMiningArea#getDesignScale <em>Design Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design Scale</em>'.
	 * @see org.minplan.model.ConcentratedMiningArea#getDesignScale()
	 * @see #getConcentratedMiningArea()
	 * @generated
	 */
	EAttribute getConcentratedMiningArea_DesignScale();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.EnvironmentalZone <em>Environmental Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Environmental Zone</em>'.
	 * @see org.minplan.model.EnvironmentalZone
	 * @generated
	 */
	EClass getEnvironmentalZone();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.EnvironmentalZone#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.minplan.model.EnvironmentalZone#getGrade()
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	EAttribute getEnvironmentalZone_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.EnvironmentalZone#getGroupNumber <em>Group Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Number</em>'.
	 * @see org.minplan.model.EnvironmentalZone#getGroupNumber()
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	EAttribute getEnvironmentalZone_GroupNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.EnvironmentalZone#getMainMines <em>Main Mines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Main Mines</em>'.
	 * @see org.minplan.model.EnvironmentalZone#getMainMines()
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	EAttribute getEnvironmentalZone_MainMines();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.EnvironmentalZone#getHazards <em>Hazards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hazards</em>'.
	 * @see org.minplan.model.EnvironmentalZone#getHazards()
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	EAttribute getEnvironmentalZone_Hazards();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.EnvironmentalZone#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tasks</em>'.
	 * @see org.minplan.model.EnvironmentalZone#getTasks()
	 * @see #getEnvironmentalZone()
	 * @generated
	 */
	EAttribute getEnvironmentalZone_Tasks();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.AbandonedPit <em>Abandoned Pit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abandoned Pit</em>'.
	 * @see org.minplan.model.AbandonedPit
	 * @generated
	 */
	EClass getAbandonedPit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AbandonedPit#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minplan.model.AbandonedPit#getNumber()
	 * @see #getAbandonedPit()
	 * @generated
	 */
	EAttribute getAbandonedPit_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AbandonedPit#getCountyText <em>County Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County Text</em>'.
	 * @see org.minplan.model.AbandonedPit#getCountyText()
	 * @see #getAbandonedPit()
	 * @generated
	 */
	EAttribute getAbandonedPit_CountyText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.AbandonedPit#getFunding <em>Funding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding</em>'.
	 * @see org.minplan.model.AbandonedPit#getFunding()
	 * @see #getAbandonedPit()
	 * @generated
	 */
	EAttribute getAbandonedPit_Funding();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.AbandonedPit#getEnvironmentalZone <em>Environmental Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Environmental Zone</em>'.
	 * @see org.minplan.model.AbandonedPit#getEnvironmentalZone()
	 * @see #getAbandonedPit()
	 * @generated
	 */
	EReference getAbandonedPit_EnvironmentalZone();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.minplan.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.minplan.model.Indicator#getTable()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Table();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minplan.model.Indicator#getNumber()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.minplan.model.Indicator#getGroup()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.minplan.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getBaselineText <em>Baseline Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Text</em>'.
	 * @see org.minplan.model.Indicator#getBaselineText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_BaselineText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getTargetText <em>Target Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Text</em>'.
	 * @see org.minplan.model.Indicator#getTargetText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.minplan.model.Indicator#getComparator()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Comparator();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getTargetLow <em>Target Low</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Low</em>'.
	 * @see org.minplan.model.Indicator#getTargetLow()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetLow();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getTargetHigh <em>Target High</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target High</em>'.
	 * @see org.minplan.model.Indicator#getTargetHigh()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetHigh();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see org.minplan.model.Indicator#getAchieved()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Achieved();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.minplan.model.Indicator#getAttribute()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Attribute();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.Indicator#getMineral <em>Mineral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mineral</em>'.
	 * @see org.minplan.model.Indicator#getMineral()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Mineral();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Indicator#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.minplan.model.Indicator#getMeasure()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Measure();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.MinimumScaleStandard <em>Minimum Scale Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Minimum Scale Standard</em>'.
	 * @see org.minplan.model.MinimumScaleStandard
	 * @generated
	 */
	EClass getMinimumScaleStandard();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getNumber()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_Number();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.MinimumScaleStandard#getMinerals <em>Minerals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Minerals</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getMinerals()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EReference getMinimumScaleStandard_Minerals();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getUnit()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getLarge <em>Large</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Large</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getLarge()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_Large();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getMedium <em>Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Medium</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getMedium()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_Medium();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getSmall <em>Small</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Small</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getSmall()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_Small();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.MinimumScaleStandard#getServiceLife <em>Service Life</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Life</em>'.
	 * @see org.minplan.model.MinimumScaleStandard#getServiceLife()
	 * @see #getMinimumScaleStandard()
	 * @generated
	 */
	EAttribute getMinimumScaleStandard_ServiceLife();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.minplan.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Project#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.minplan.model.Project#getKind()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Project#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.minplan.model.Project#getTable()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Table();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Project#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minplan.model.Project#getNumber()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Project#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.minplan.model.Project#getTarget()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.Project#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.minplan.model.Project#getStage()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Stage();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ProcessingBase <em>Processing Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Processing Base</em>'.
	 * @see org.minplan.model.ProcessingBase
	 * @generated
	 */
	EClass getProcessingBase();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ProcessingBase#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.minplan.model.ProcessingBase#getNumber()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EAttribute getProcessingBase_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ProcessingBase#getCountyText <em>County Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>County Text</em>'.
	 * @see org.minplan.model.ProcessingBase#getCountyText()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EAttribute getProcessingBase_CountyText();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.ProcessingBase#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>County</em>'.
	 * @see org.minplan.model.ProcessingBase#getCounty()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EReference getProcessingBase_County();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ProcessingBase#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.ProcessingBase#getMineralText()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EAttribute getProcessingBase_MineralText();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.ProcessingBase#getMinerals <em>Minerals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Minerals</em>'.
	 * @see org.minplan.model.ProcessingBase#getMinerals()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EReference getProcessingBase_Minerals();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ProcessingBase#getMiningAreas <em>Mining Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mining Areas</em>'.
	 * @see org.minplan.model.ProcessingBase#getMiningAreas()
	 * @see #getProcessingBase()
	 * @generated
	 */
	EAttribute getProcessingBase_MiningAreas();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.PrintedStatement <em>Printed Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Printed Statement</em>'.
	 * @see org.minplan.model.PrintedStatement
	 * @generated
	 */
	EClass getPrintedStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getTable <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table</em>'.
	 * @see org.minplan.model.PrintedStatement#getTable()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_Table();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getRowLabel <em>Row Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Label</em>'.
	 * @see org.minplan.model.PrintedStatement#getRowLabel()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_RowLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getColumnLabel <em>Column Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column Label</em>'.
	 * @see org.minplan.model.PrintedStatement#getColumnLabel()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_ColumnLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getValueText <em>Value Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Text</em>'.
	 * @see org.minplan.model.PrintedStatement#getValueText()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_ValueText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.minplan.model.PrintedStatement#getValue()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.minplan.model.PrintedStatement#getUnit()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.minplan.model.PrintedStatement#getQuote()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#getSeedLine <em>Seed Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed Line</em>'.
	 * @see org.minplan.model.PrintedStatement#getSeedLine()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_SeedLine();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.PrintedStatement#isTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see org.minplan.model.PrintedStatement#isTotal()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EAttribute getPrintedStatement_Total();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.PrintedStatement#getParts <em>Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parts</em>'.
	 * @see org.minplan.model.PrintedStatement#getParts()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EReference getPrintedStatement_Parts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.PrintedStatement#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Selector</em>'.
	 * @see org.minplan.model.PrintedStatement#getSelector()
	 * @see #getPrintedStatement()
	 * @generated
	 */
	EReference getPrintedStatement_Selector();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.ElementSelector <em>Element Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Selector</em>'.
	 * @see org.minplan.model.ElementSelector
	 * @generated
	 */
	EClass getElementSelector();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ElementSelector#getElementType <em>Element Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Type</em>'.
	 * @see org.minplan.model.ElementSelector#getElementType()
	 * @see #getElementSelector()
	 * @generated
	 */
	EAttribute getElementSelector_ElementType();

	/**
	 * Returns the meta object for the reference '{@link org.minplan.model.ElementSelector#getCounty <em>County</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>County</em>'.
	 * @see org.minplan.model.ElementSelector#getCounty()
	 * @see #getElementSelector()
	 * @generated
	 */
	EReference getElementSelector_County();

	/**
	 * Returns the meta object for the reference list '{@link org.minplan.model.ElementSelector#getMinerals <em>Minerals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Minerals</em>'.
	 * @see org.minplan.model.ElementSelector#getMinerals()
	 * @see #getElementSelector()
	 * @generated
	 */
	EReference getElementSelector_Minerals();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ElementSelector#getMineralText <em>Mineral Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mineral Text</em>'.
	 * @see org.minplan.model.ElementSelector#getMineralText()
	 * @see #getElementSelector()
	 * @generated
	 */
	EAttribute getElementSelector_MineralText();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ElementSelector#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.minplan.model.ElementSelector#getScale()
	 * @see #getElementSelector()
	 * @generated
	 */
	EAttribute getElementSelector_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ElementSelector#isUseScale <em>Use Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Scale</em>'.
	 * @see org.minplan.model.ElementSelector#isUseScale()
	 * @see #getElementSelector()
	 * @generated
	 */
	EAttribute getElementSelector_UseScale();

	/**
	 * Returns the meta object for the attribute '{@link org.minplan.model.ElementSelector#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.minplan.model.ElementSelector#getMeasure()
	 * @see #getElementSelector()
	 * @generated
	 */
	EAttribute getElementSelector_Measure();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.NarrativeTable <em>Narrative Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Narrative Table</em>'.
	 * @see org.minplan.model.NarrativeTable
	 * @generated
	 */
	EClass getNarrativeTable();

	/**
	 * Returns the meta object for the attribute list '{@link org.minplan.model.NarrativeTable#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see org.minplan.model.NarrativeTable#getColumns()
	 * @see #getNarrativeTable()
	 * @generated
	 */
	EAttribute getNarrativeTable_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.minplan.model.NarrativeTable#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.minplan.model.NarrativeTable#getRows()
	 * @see #getNarrativeTable()
	 * @generated
	 */
	EReference getNarrativeTable_Rows();

	/**
	 * Returns the meta object for class '{@link org.minplan.model.NarrativeRow <em>Narrative Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Narrative Row</em>'.
	 * @see org.minplan.model.NarrativeRow
	 * @generated
	 */
	EClass getNarrativeRow();

	/**
	 * Returns the meta object for the attribute list '{@link org.minplan.model.NarrativeRow#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cells</em>'.
	 * @see org.minplan.model.NarrativeRow#getCells()
	 * @see #getNarrativeRow()
	 * @generated
	 */
	EAttribute getNarrativeRow_Cells();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.AreaUnit <em>Area Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Area Unit</em>'.
	 * @see org.minplan.model.AreaUnit
	 * @generated
	 */
	EEnum getAreaUnit();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.DivisionKind <em>Division Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Division Kind</em>'.
	 * @see org.minplan.model.DivisionKind
	 * @generated
	 */
	EEnum getDivisionKind();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.MineralCategory <em>Mineral Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mineral Category</em>'.
	 * @see org.minplan.model.MineralCategory
	 * @generated
	 */
	EEnum getMineralCategory();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.MeasureBasis <em>Measure Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Basis</em>'.
	 * @see org.minplan.model.MeasureBasis
	 * @generated
	 */
	EEnum getMeasureBasis();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.ControlClass <em>Control Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Control Class</em>'.
	 * @see org.minplan.model.ControlClass
	 * @generated
	 */
	EEnum getControlClass();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.MineScale <em>Mine Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mine Scale</em>'.
	 * @see org.minplan.model.MineScale
	 * @generated
	 */
	EEnum getMineScale();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.MineStatus <em>Mine Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mine Status</em>'.
	 * @see org.minplan.model.MineStatus
	 * @generated
	 */
	EEnum getMineStatus();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.LayoutTier <em>Layout Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Tier</em>'.
	 * @see org.minplan.model.LayoutTier
	 * @generated
	 */
	EEnum getLayoutTier();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.ZoneKind <em>Zone Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Zone Kind</em>'.
	 * @see org.minplan.model.ZoneKind
	 * @generated
	 */
	EEnum getZoneKind();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.PlanLevel <em>Plan Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Level</em>'.
	 * @see org.minplan.model.PlanLevel
	 * @generated
	 */
	EEnum getPlanLevel();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.ExplorationStage <em>Exploration Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exploration Stage</em>'.
	 * @see org.minplan.model.ExplorationStage
	 * @generated
	 */
	EEnum getExplorationStage();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.EnvironmentalGrade <em>Environmental Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Environmental Grade</em>'.
	 * @see org.minplan.model.EnvironmentalGrade
	 * @generated
	 */
	EEnum getEnvironmentalGrade();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.Comparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparator</em>'.
	 * @see org.minplan.model.Comparator
	 * @generated
	 */
	EEnum getComparator();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.IndicatorAttribute <em>Indicator Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Attribute</em>'.
	 * @see org.minplan.model.IndicatorAttribute
	 * @generated
	 */
	EEnum getIndicatorAttribute();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.IndicatorMeasure <em>Indicator Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Indicator Measure</em>'.
	 * @see org.minplan.model.IndicatorMeasure
	 * @generated
	 */
	EEnum getIndicatorMeasure();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.ProjectKind <em>Project Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Kind</em>'.
	 * @see org.minplan.model.ProjectKind
	 * @generated
	 */
	EEnum getProjectKind();

	/**
	 * Returns the meta object for enum '{@link org.minplan.model.StatementMeasure <em>Statement Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statement Measure</em>'.
	 * @see org.minplan.model.StatementMeasure
	 * @generated
	 */
	EEnum getStatementMeasure();

	/**
	 * Returns the meta object for data type '{@link org.minplan.model.spatial.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A geometry value in CGCS2000: coordinate reference (EPSG code) and coordinates of a point, polygon or multipolygon. Serialised as EWKT, e.g. SRID=4516;POLYGON((...)).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Shape</em>'.
	 * @see org.minplan.model.spatial.Shape
	 * @model instanceClass="org.minplan.model.spatial.Shape"
	 * @generated
	 */
	EDataType getShape();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MinplanFactory getMinplanFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.IdentifiedImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.PlanElementImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__CODE = eINSTANCE.getPlanElement_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__NAME = eINSTANCE.getPlanElement_Name();

		/**
		 * The meta object literal for the '<em><b>Remarks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__REMARKS = eINSTANCE.getPlanElement_Remarks();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__SOURCE = eINSTANCE.getPlanElement_Source();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__SYNTHETIC = eINSTANCE.getPlanElement_Synthetic();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.SpatialElementImpl <em>Spatial Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.SpatialElementImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getSpatialElement()
		 * @generated
		 */
		EClass SPATIAL_ELEMENT = eINSTANCE.getSpatialElement();

		/**
		 * The meta object literal for the '<em><b>Geometry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_ELEMENT__GEOMETRY = eINSTANCE.getSpatialElement_Geometry();

		/**
		 * The meta object literal for the '<em><b>Approximate Geometry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_ELEMENT__APPROXIMATE_GEOMETRY = eINSTANCE.getSpatialElement_ApproximateGeometry();

		/**
		 * The meta object literal for the '<em><b>Stated Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_ELEMENT__STATED_AREA = eINSTANCE.getSpatialElement_StatedArea();

		/**
		 * The meta object literal for the '<em><b>Stated Area Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPATIAL_ELEMENT__STATED_AREA_UNIT = eINSTANCE.getSpatialElement_StatedAreaUnit();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPATIAL_ELEMENT__COUNTY = eINSTANCE.getSpatialElement_County();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.PlanImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__NAME = eINSTANCE.getPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__REGION = eINSTANCE.getPlan_Region();

		/**
		 * The meta object literal for the '<em><b>Region Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__REGION_CODE = eINSTANCE.getPlan_RegionCode();

		/**
		 * The meta object literal for the '<em><b>Base Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__BASE_YEAR = eINSTANCE.getPlan_BaseYear();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__START_YEAR = eINSTANCE.getPlan_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__END_YEAR = eINSTANCE.getPlan_EndYear();

		/**
		 * The meta object literal for the '<em><b>Outlook Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__OUTLOOK_YEAR = eINSTANCE.getPlan_OutlookYear();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__FORMAT_VERSION = eINSTANCE.getPlan_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ISSUER = eINSTANCE.getPlan_Issuer();

		/**
		 * The meta object literal for the '<em><b>Issued</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__ISSUED = eINSTANCE.getPlan_Issued();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__SYNTHETIC = eINSTANCE.getPlan_Synthetic();

		/**
		 * The meta object literal for the '<em><b>Divisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__DIVISIONS = eINSTANCE.getPlan_Divisions();

		/**
		 * The meta object literal for the '<em><b>Minerals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MINERALS = eINSTANCE.getPlan_Minerals();

		/**
		 * The meta object literal for the '<em><b>Mineral Controls</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MINERAL_CONTROLS = eINSTANCE.getPlan_MineralControls();

		/**
		 * The meta object literal for the '<em><b>Reserves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__RESERVES = eINSTANCE.getPlan_Reserves();

		/**
		 * The meta object literal for the '<em><b>Reserve Increases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__RESERVE_INCREASES = eINSTANCE.getPlan_ReserveIncreases();

		/**
		 * The meta object literal for the '<em><b>Mines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MINES = eINSTANCE.getPlan_Mines();

		/**
		 * The meta object literal for the '<em><b>Layout Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__LAYOUT_UNITS = eINSTANCE.getPlan_LayoutUnits();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ZONES = eINSTANCE.getPlan_Zones();

		/**
		 * The meta object literal for the '<em><b>Exploration Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__EXPLORATION_BLOCKS = eINSTANCE.getPlan_ExplorationBlocks();

		/**
		 * The meta object literal for the '<em><b>Mining Blocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MINING_BLOCKS = eINSTANCE.getPlan_MiningBlocks();

		/**
		 * The meta object literal for the '<em><b>Concentrated Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CONCENTRATED_AREAS = eINSTANCE.getPlan_ConcentratedAreas();

		/**
		 * The meta object literal for the '<em><b>Environmental Zones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ENVIRONMENTAL_ZONES = eINSTANCE.getPlan_EnvironmentalZones();

		/**
		 * The meta object literal for the '<em><b>Abandoned Pits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__ABANDONED_PITS = eINSTANCE.getPlan_AbandonedPits();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__INDICATORS = eINSTANCE.getPlan_Indicators();

		/**
		 * The meta object literal for the '<em><b>Minimum Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__MINIMUM_SCALES = eINSTANCE.getPlan_MinimumScales();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PROJECTS = eINSTANCE.getPlan_Projects();

		/**
		 * The meta object literal for the '<em><b>Processing Bases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PROCESSING_BASES = eINSTANCE.getPlan_ProcessingBases();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__STATEMENTS = eINSTANCE.getPlan_Statements();

		/**
		 * The meta object literal for the '<em><b>Narrative Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__NARRATIVE_TABLES = eINSTANCE.getPlan_NarrativeTables();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.AdministrativeDivisionImpl <em>Administrative Division</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.AdministrativeDivisionImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getAdministrativeDivision()
		 * @generated
		 */
		EClass ADMINISTRATIVE_DIVISION = eINSTANCE.getAdministrativeDivision();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_DIVISION__KIND = eINSTANCE.getAdministrativeDivision_Kind();

		/**
		 * The meta object literal for the '<em><b>Name En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_DIVISION__NAME_EN = eINSTANCE.getAdministrativeDivision_NameEn();

		/**
		 * The meta object literal for the '<em><b>Seat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADMINISTRATIVE_DIVISION__SEAT = eINSTANCE.getAdministrativeDivision_Seat();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADMINISTRATIVE_DIVISION__PARENT = eINSTANCE.getAdministrativeDivision_Parent();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.MineralImpl <em>Mineral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.MineralImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMineral()
		 * @generated
		 */
		EClass MINERAL = eINSTANCE.getMineral();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL__CATEGORY = eINSTANCE.getMineral_Category();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL__UNIT = eINSTANCE.getMineral_Unit();

		/**
		 * The meta object literal for the '<em><b>Measure Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL__MEASURE_BASIS = eINSTANCE.getMineral_MeasureBasis();

		/**
		 * The meta object literal for the '<em><b>Advantage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL__ADVANTAGE = eINSTANCE.getMineral_Advantage();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL__ALIASES = eINSTANCE.getMineral_Aliases();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.MineralControlImpl <em>Mineral Control</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.MineralControlImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMineralControl()
		 * @generated
		 */
		EClass MINERAL_CONTROL = eINSTANCE.getMineralControl();

		/**
		 * The meta object literal for the '<em><b>Control Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL_CONTROL__CONTROL_CLASS = eINSTANCE.getMineralControl_ControlClass();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINERAL_CONTROL__MINERAL = eINSTANCE.getMineralControl_Mineral();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL_CONTROL__MINERAL_TEXT = eINSTANCE.getMineralControl_MineralText();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINERAL_CONTROL__CONDITION = eINSTANCE.getMineralControl_Condition();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ResourceReserveImpl <em>Resource Reserve</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ResourceReserveImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getResourceReserve()
		 * @generated
		 */
		EClass RESOURCE_RESERVE = eINSTANCE.getResourceReserve();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESOURCE_RESERVE__MINERAL = eINSTANCE.getResourceReserve_Mineral();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RESERVE__UNIT = eINSTANCE.getResourceReserve_Unit();

		/**
		 * The meta object literal for the '<em><b>Cumulative Identified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RESERVE__CUMULATIVE_IDENTIFIED = eINSTANCE.getResourceReserve_CumulativeIdentified();

		/**
		 * The meta object literal for the '<em><b>Retained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RESERVE__RETAINED = eINSTANCE.getResourceReserve_Retained();

		/**
		 * The meta object literal for the '<em><b>Withheld</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESOURCE_RESERVE__WITHHELD = eINSTANCE.getResourceReserve_Withheld();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ReserveIncreaseImpl <em>Reserve Increase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ReserveIncreaseImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getReserveIncrease()
		 * @generated
		 */
		EClass RESERVE_INCREASE = eINSTANCE.getReserveIncrease();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESERVE_INCREASE__MINERAL = eINSTANCE.getReserveIncrease_Mineral();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVE_INCREASE__UNIT = eINSTANCE.getReserveIncrease_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVE_INCREASE__TARGET = eINSTANCE.getReserveIncrease_Target();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESERVE_INCREASE__ADDED = eINSTANCE.getReserveIncrease_Added();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.MineImpl <em>Mine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.MineImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMine()
		 * @generated
		 */
		EClass MINE = eINSTANCE.getMine();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINE__MINERAL = eINSTANCE.getMine_Mineral();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__MINERAL_TEXT = eINSTANCE.getMine_MineralText();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__SCALE = eINSTANCE.getMine_Scale();

		/**
		 * The meta object literal for the '<em><b>Licence Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__LICENCE_NUMBER = eINSTANCE.getMine_LicenceNumber();

		/**
		 * The meta object literal for the '<em><b>Employees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__EMPLOYEES = eINSTANCE.getMine_Employees();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__OUTPUT = eINSTANCE.getMine_Output();

		/**
		 * The meta object literal for the '<em><b>Output Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__OUTPUT_VALUE = eINSTANCE.getMine_OutputValue();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__STATUS = eINSTANCE.getMine_Status();

		/**
		 * The meta object literal for the '<em><b>Green Mine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__GREEN_MINE = eINSTANCE.getMine_GreenMine();

		/**
		 * The meta object literal for the '<em><b>Oil Gas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINE__OIL_GAS = eINSTANCE.getMine_OilGas();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.LayoutUnitImpl <em>Layout Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.LayoutUnitImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getLayoutUnit()
		 * @generated
		 */
		EClass LAYOUT_UNIT = eINSTANCE.getLayoutUnit();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_UNIT__TIER = eINSTANCE.getLayoutUnit_Tier();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_UNIT__RESOURCES = eINSTANCE.getLayoutUnit_Resources();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_UNIT__DIRECTION = eINSTANCE.getLayoutUnit_Direction();

		/**
		 * The meta object literal for the '<em><b>Zones</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYOUT_UNIT__ZONES = eINSTANCE.getLayoutUnit_Zones();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.PlanningZoneImpl <em>Planning Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.PlanningZoneImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanningZone()
		 * @generated
		 */
		EClass PLANNING_ZONE = eINSTANCE.getPlanningZone();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ZONE__KIND = eINSTANCE.getPlanningZone_Kind();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ZONE__LEVEL = eINSTANCE.getPlanningZone_Level();

		/**
		 * The meta object literal for the '<em><b>Minerals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_ZONE__MINERALS = eINSTANCE.getPlanningZone_Minerals();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLANNING_ZONE__MINERAL_TEXT = eINSTANCE.getPlanningZone_MineralText();

		/**
		 * The meta object literal for the '<em><b>Layout Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLANNING_ZONE__LAYOUT_UNIT = eINSTANCE.getPlanningZone_LayoutUnit();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.BlockImpl <em>Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.BlockImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getBlock()
		 * @generated
		 */
		EClass BLOCK = eINSTANCE.getBlock();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__MINERAL = eINSTANCE.getBlock_Mineral();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK__MINERAL_TEXT = eINSTANCE.getBlock_MineralText();

		/**
		 * The meta object literal for the '<em><b>Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__ZONE = eINSTANCE.getBlock_Zone();

		/**
		 * The meta object literal for the '<em><b>Layout Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__LAYOUT_UNIT = eINSTANCE.getBlock_LayoutUnit();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ExplorationBlockImpl <em>Exploration Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ExplorationBlockImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getExplorationBlock()
		 * @generated
		 */
		EClass EXPLORATION_BLOCK = eINSTANCE.getExplorationBlock();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPLORATION_BLOCK__STAGE = eINSTANCE.getExplorationBlock_Stage();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.MiningBlockImpl <em>Mining Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.MiningBlockImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMiningBlock()
		 * @generated
		 */
		EClass MINING_BLOCK = eINSTANCE.getMiningBlock();

		/**
		 * The meta object literal for the '<em><b>Design Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINING_BLOCK__DESIGN_SCALE = eINSTANCE.getMiningBlock_DesignScale();

		/**
		 * The meta object literal for the '<em><b>Design Scale Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINING_BLOCK__DESIGN_SCALE_UNIT = eINSTANCE.getMiningBlock_DesignScaleUnit();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINING_BLOCK__SCALE = eINSTANCE.getMiningBlock_Scale();

		/**
		 * The meta object literal for the '<em><b>Converted From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINING_BLOCK__CONVERTED_FROM = eINSTANCE.getMiningBlock_ConvertedFrom();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINING_BLOCK__JUSTIFICATION = eINSTANCE.getMiningBlock_Justification();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ConcentratedMiningAreaImpl <em>Concentrated Mining Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ConcentratedMiningAreaImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getConcentratedMiningArea()
		 * @generated
		 */
		EClass CONCENTRATED_MINING_AREA = eINSTANCE.getConcentratedMiningArea();

		/**
		 * The meta object literal for the '<em><b>Design Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONCENTRATED_MINING_AREA__DESIGN_SCALE = eINSTANCE.getConcentratedMiningArea_DesignScale();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.EnvironmentalZoneImpl <em>Environmental Zone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.EnvironmentalZoneImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getEnvironmentalZone()
		 * @generated
		 */
		EClass ENVIRONMENTAL_ZONE = eINSTANCE.getEnvironmentalZone();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENTAL_ZONE__GRADE = eINSTANCE.getEnvironmentalZone_Grade();

		/**
		 * The meta object literal for the '<em><b>Group Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENTAL_ZONE__GROUP_NUMBER = eINSTANCE.getEnvironmentalZone_GroupNumber();

		/**
		 * The meta object literal for the '<em><b>Main Mines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENTAL_ZONE__MAIN_MINES = eINSTANCE.getEnvironmentalZone_MainMines();

		/**
		 * The meta object literal for the '<em><b>Hazards</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENTAL_ZONE__HAZARDS = eINSTANCE.getEnvironmentalZone_Hazards();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENTAL_ZONE__TASKS = eINSTANCE.getEnvironmentalZone_Tasks();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.AbandonedPitImpl <em>Abandoned Pit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.AbandonedPitImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getAbandonedPit()
		 * @generated
		 */
		EClass ABANDONED_PIT = eINSTANCE.getAbandonedPit();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABANDONED_PIT__NUMBER = eINSTANCE.getAbandonedPit_Number();

		/**
		 * The meta object literal for the '<em><b>County Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABANDONED_PIT__COUNTY_TEXT = eINSTANCE.getAbandonedPit_CountyText();

		/**
		 * The meta object literal for the '<em><b>Funding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABANDONED_PIT__FUNDING = eINSTANCE.getAbandonedPit_Funding();

		/**
		 * The meta object literal for the '<em><b>Environmental Zone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABANDONED_PIT__ENVIRONMENTAL_ZONE = eINSTANCE.getAbandonedPit_EnvironmentalZone();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.IndicatorImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TABLE = eINSTANCE.getIndicator_Table();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NUMBER = eINSTANCE.getIndicator_Number();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__GROUP = eINSTANCE.getIndicator_Group();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Baseline Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE_TEXT = eINSTANCE.getIndicator_BaselineText();

		/**
		 * The meta object literal for the '<em><b>Target Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_TEXT = eINSTANCE.getIndicator_TargetText();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__COMPARATOR = eINSTANCE.getIndicator_Comparator();

		/**
		 * The meta object literal for the '<em><b>Target Low</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_LOW = eINSTANCE.getIndicator_TargetLow();

		/**
		 * The meta object literal for the '<em><b>Target High</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_HIGH = eINSTANCE.getIndicator_TargetHigh();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACHIEVED = eINSTANCE.getIndicator_Achieved();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ATTRIBUTE = eINSTANCE.getIndicator_Attribute();

		/**
		 * The meta object literal for the '<em><b>Mineral</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MINERAL = eINSTANCE.getIndicator_Mineral();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__MEASURE = eINSTANCE.getIndicator_Measure();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.MinimumScaleStandardImpl <em>Minimum Scale Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.MinimumScaleStandardImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMinimumScaleStandard()
		 * @generated
		 */
		EClass MINIMUM_SCALE_STANDARD = eINSTANCE.getMinimumScaleStandard();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__NUMBER = eINSTANCE.getMinimumScaleStandard_Number();

		/**
		 * The meta object literal for the '<em><b>Minerals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MINIMUM_SCALE_STANDARD__MINERALS = eINSTANCE.getMinimumScaleStandard_Minerals();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__UNIT = eINSTANCE.getMinimumScaleStandard_Unit();

		/**
		 * The meta object literal for the '<em><b>Large</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__LARGE = eINSTANCE.getMinimumScaleStandard_Large();

		/**
		 * The meta object literal for the '<em><b>Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__MEDIUM = eINSTANCE.getMinimumScaleStandard_Medium();

		/**
		 * The meta object literal for the '<em><b>Small</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__SMALL = eINSTANCE.getMinimumScaleStandard_Small();

		/**
		 * The meta object literal for the '<em><b>Service Life</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MINIMUM_SCALE_STANDARD__SERVICE_LIFE = eINSTANCE.getMinimumScaleStandard_ServiceLife();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ProjectImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__KIND = eINSTANCE.getProject_Kind();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__TABLE = eINSTANCE.getProject_Table();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__NUMBER = eINSTANCE.getProject_Number();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__TARGET = eINSTANCE.getProject_Target();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__STAGE = eINSTANCE.getProject_Stage();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ProcessingBaseImpl <em>Processing Base</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ProcessingBaseImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getProcessingBase()
		 * @generated
		 */
		EClass PROCESSING_BASE = eINSTANCE.getProcessingBase();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_BASE__NUMBER = eINSTANCE.getProcessingBase_Number();

		/**
		 * The meta object literal for the '<em><b>County Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_BASE__COUNTY_TEXT = eINSTANCE.getProcessingBase_CountyText();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSING_BASE__COUNTY = eINSTANCE.getProcessingBase_County();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_BASE__MINERAL_TEXT = eINSTANCE.getProcessingBase_MineralText();

		/**
		 * The meta object literal for the '<em><b>Minerals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESSING_BASE__MINERALS = eINSTANCE.getProcessingBase_Minerals();

		/**
		 * The meta object literal for the '<em><b>Mining Areas</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESSING_BASE__MINING_AREAS = eINSTANCE.getProcessingBase_MiningAreas();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.PrintedStatementImpl <em>Printed Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.PrintedStatementImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getPrintedStatement()
		 * @generated
		 */
		EClass PRINTED_STATEMENT = eINSTANCE.getPrintedStatement();

		/**
		 * The meta object literal for the '<em><b>Table</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__TABLE = eINSTANCE.getPrintedStatement_Table();

		/**
		 * The meta object literal for the '<em><b>Row Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__ROW_LABEL = eINSTANCE.getPrintedStatement_RowLabel();

		/**
		 * The meta object literal for the '<em><b>Column Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__COLUMN_LABEL = eINSTANCE.getPrintedStatement_ColumnLabel();

		/**
		 * The meta object literal for the '<em><b>Value Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__VALUE_TEXT = eINSTANCE.getPrintedStatement_ValueText();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__VALUE = eINSTANCE.getPrintedStatement_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__UNIT = eINSTANCE.getPrintedStatement_Unit();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__QUOTE = eINSTANCE.getPrintedStatement_Quote();

		/**
		 * The meta object literal for the '<em><b>Seed Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__SEED_LINE = eINSTANCE.getPrintedStatement_SeedLine();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRINTED_STATEMENT__TOTAL = eINSTANCE.getPrintedStatement_Total();

		/**
		 * The meta object literal for the '<em><b>Parts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRINTED_STATEMENT__PARTS = eINSTANCE.getPrintedStatement_Parts();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRINTED_STATEMENT__SELECTOR = eINSTANCE.getPrintedStatement_Selector();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.ElementSelectorImpl <em>Element Selector</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.ElementSelectorImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getElementSelector()
		 * @generated
		 */
		EClass ELEMENT_SELECTOR = eINSTANCE.getElementSelector();

		/**
		 * The meta object literal for the '<em><b>Element Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SELECTOR__ELEMENT_TYPE = eINSTANCE.getElementSelector_ElementType();

		/**
		 * The meta object literal for the '<em><b>County</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_SELECTOR__COUNTY = eINSTANCE.getElementSelector_County();

		/**
		 * The meta object literal for the '<em><b>Minerals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_SELECTOR__MINERALS = eINSTANCE.getElementSelector_Minerals();

		/**
		 * The meta object literal for the '<em><b>Mineral Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SELECTOR__MINERAL_TEXT = eINSTANCE.getElementSelector_MineralText();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SELECTOR__SCALE = eINSTANCE.getElementSelector_Scale();

		/**
		 * The meta object literal for the '<em><b>Use Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SELECTOR__USE_SCALE = eINSTANCE.getElementSelector_UseScale();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_SELECTOR__MEASURE = eINSTANCE.getElementSelector_Measure();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.NarrativeTableImpl <em>Narrative Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.NarrativeTableImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getNarrativeTable()
		 * @generated
		 */
		EClass NARRATIVE_TABLE = eINSTANCE.getNarrativeTable();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_TABLE__COLUMNS = eINSTANCE.getNarrativeTable_Columns();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NARRATIVE_TABLE__ROWS = eINSTANCE.getNarrativeTable_Rows();

		/**
		 * The meta object literal for the '{@link org.minplan.model.impl.NarrativeRowImpl <em>Narrative Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.impl.NarrativeRowImpl
		 * @see org.minplan.model.impl.MinplanPackageImpl#getNarrativeRow()
		 * @generated
		 */
		EClass NARRATIVE_ROW = eINSTANCE.getNarrativeRow();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_ROW__CELLS = eINSTANCE.getNarrativeRow_Cells();

		/**
		 * The meta object literal for the '{@link org.minplan.model.AreaUnit <em>Area Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.AreaUnit
		 * @see org.minplan.model.impl.MinplanPackageImpl#getAreaUnit()
		 * @generated
		 */
		EEnum AREA_UNIT = eINSTANCE.getAreaUnit();

		/**
		 * The meta object literal for the '{@link org.minplan.model.DivisionKind <em>Division Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.DivisionKind
		 * @see org.minplan.model.impl.MinplanPackageImpl#getDivisionKind()
		 * @generated
		 */
		EEnum DIVISION_KIND = eINSTANCE.getDivisionKind();

		/**
		 * The meta object literal for the '{@link org.minplan.model.MineralCategory <em>Mineral Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.MineralCategory
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMineralCategory()
		 * @generated
		 */
		EEnum MINERAL_CATEGORY = eINSTANCE.getMineralCategory();

		/**
		 * The meta object literal for the '{@link org.minplan.model.MeasureBasis <em>Measure Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.MeasureBasis
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMeasureBasis()
		 * @generated
		 */
		EEnum MEASURE_BASIS = eINSTANCE.getMeasureBasis();

		/**
		 * The meta object literal for the '{@link org.minplan.model.ControlClass <em>Control Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.ControlClass
		 * @see org.minplan.model.impl.MinplanPackageImpl#getControlClass()
		 * @generated
		 */
		EEnum CONTROL_CLASS = eINSTANCE.getControlClass();

		/**
		 * The meta object literal for the '{@link org.minplan.model.MineScale <em>Mine Scale</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.MineScale
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMineScale()
		 * @generated
		 */
		EEnum MINE_SCALE = eINSTANCE.getMineScale();

		/**
		 * The meta object literal for the '{@link org.minplan.model.MineStatus <em>Mine Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.MineStatus
		 * @see org.minplan.model.impl.MinplanPackageImpl#getMineStatus()
		 * @generated
		 */
		EEnum MINE_STATUS = eINSTANCE.getMineStatus();

		/**
		 * The meta object literal for the '{@link org.minplan.model.LayoutTier <em>Layout Tier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.LayoutTier
		 * @see org.minplan.model.impl.MinplanPackageImpl#getLayoutTier()
		 * @generated
		 */
		EEnum LAYOUT_TIER = eINSTANCE.getLayoutTier();

		/**
		 * The meta object literal for the '{@link org.minplan.model.ZoneKind <em>Zone Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.ZoneKind
		 * @see org.minplan.model.impl.MinplanPackageImpl#getZoneKind()
		 * @generated
		 */
		EEnum ZONE_KIND = eINSTANCE.getZoneKind();

		/**
		 * The meta object literal for the '{@link org.minplan.model.PlanLevel <em>Plan Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.PlanLevel
		 * @see org.minplan.model.impl.MinplanPackageImpl#getPlanLevel()
		 * @generated
		 */
		EEnum PLAN_LEVEL = eINSTANCE.getPlanLevel();

		/**
		 * The meta object literal for the '{@link org.minplan.model.ExplorationStage <em>Exploration Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.ExplorationStage
		 * @see org.minplan.model.impl.MinplanPackageImpl#getExplorationStage()
		 * @generated
		 */
		EEnum EXPLORATION_STAGE = eINSTANCE.getExplorationStage();

		/**
		 * The meta object literal for the '{@link org.minplan.model.EnvironmentalGrade <em>Environmental Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.EnvironmentalGrade
		 * @see org.minplan.model.impl.MinplanPackageImpl#getEnvironmentalGrade()
		 * @generated
		 */
		EEnum ENVIRONMENTAL_GRADE = eINSTANCE.getEnvironmentalGrade();

		/**
		 * The meta object literal for the '{@link org.minplan.model.Comparator <em>Comparator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.Comparator
		 * @see org.minplan.model.impl.MinplanPackageImpl#getComparator()
		 * @generated
		 */
		EEnum COMPARATOR = eINSTANCE.getComparator();

		/**
		 * The meta object literal for the '{@link org.minplan.model.IndicatorAttribute <em>Indicator Attribute</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.IndicatorAttribute
		 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicatorAttribute()
		 * @generated
		 */
		EEnum INDICATOR_ATTRIBUTE = eINSTANCE.getIndicatorAttribute();

		/**
		 * The meta object literal for the '{@link org.minplan.model.IndicatorMeasure <em>Indicator Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.IndicatorMeasure
		 * @see org.minplan.model.impl.MinplanPackageImpl#getIndicatorMeasure()
		 * @generated
		 */
		EEnum INDICATOR_MEASURE = eINSTANCE.getIndicatorMeasure();

		/**
		 * The meta object literal for the '{@link org.minplan.model.ProjectKind <em>Project Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.ProjectKind
		 * @see org.minplan.model.impl.MinplanPackageImpl#getProjectKind()
		 * @generated
		 */
		EEnum PROJECT_KIND = eINSTANCE.getProjectKind();

		/**
		 * The meta object literal for the '{@link org.minplan.model.StatementMeasure <em>Statement Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.StatementMeasure
		 * @see org.minplan.model.impl.MinplanPackageImpl#getStatementMeasure()
		 * @generated
		 */
		EEnum STATEMENT_MEASURE = eINSTANCE.getStatementMeasure();

		/**
		 * The meta object literal for the '<em>Shape</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.minplan.model.spatial.Shape
		 * @see org.minplan.model.impl.MinplanPackageImpl#getShape()
		 * @generated
		 */
		EDataType SHAPE = eINSTANCE.getShape();

	}

} //MinplanPackage
