/**
 */
package org.minplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regional mineral resources master plan (矿产资源总体规划): the root of a .minplan file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.Plan#getName <em>Name</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getRegion <em>Region</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getOutlookYear <em>Outlook Year</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getIssued <em>Issued</em>}</li>
 *   <li>{@link org.minplan.model.Plan#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getDivisions <em>Divisions</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getMineralControls <em>Mineral Controls</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getReserves <em>Reserves</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getReserveIncreases <em>Reserve Increases</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getMines <em>Mines</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getLayoutUnits <em>Layout Units</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getZones <em>Zones</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getExplorationBlocks <em>Exploration Blocks</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getMiningBlocks <em>Mining Blocks</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getConcentratedAreas <em>Concentrated Areas</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getEnvironmentalZones <em>Environmental Zones</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getAbandonedPits <em>Abandoned Pits</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getMinimumScales <em>Minimum Scales</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getProcessingBases <em>Processing Bases</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.minplan.model.Plan#getNarrativeTables <em>Narrative Tables</em>}</li>
 * </ul>
 *
 * @see org.minplan.model.MinplanPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Region the plan covers, e.g. 塔城地区.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Region Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GB/T 2260 code of the region, e.g. 654200.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region Code</em>' attribute.
	 * @see #setRegionCode(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_RegionCode()
	 * @model
	 * @generated
	 */
	String getRegionCode();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getRegionCode <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Code</em>' attribute.
	 * @see #getRegionCode()
	 * @generated
	 */
	void setRegionCode(String value);

	/**
	 * Returns the value of the '<em><b>Base Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base year (基准年).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Year</em>' attribute.
	 * @see #setBaseYear(int)
	 * @see org.minplan.model.MinplanPackage#getPlan_BaseYear()
	 * @model
	 * @generated
	 */
	int getBaseYear();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getBaseYear <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Year</em>' attribute.
	 * @see #getBaseYear()
	 * @generated
	 */
	void setBaseYear(int value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First year of the planning period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(int)
	 * @see org.minplan.model.MinplanPackage#getPlan_StartYear()
	 * @model
	 * @generated
	 */
	int getStartYear();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(int value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last year of the planning period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(int)
	 * @see org.minplan.model.MinplanPackage#getPlan_EndYear()
	 * @model
	 * @generated
	 */
	int getEndYear();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(int value);

	/**
	 * Returns the value of the '<em><b>Outlook Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outlook year (展望年).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outlook Year</em>' attribute.
	 * @see #setOutlookYear(int)
	 * @see org.minplan.model.MinplanPackage#getPlan_OutlookYear()
	 * @model
	 * @generated
	 */
	int getOutlookYear();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getOutlookYear <em>Outlook Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlook Year</em>' attribute.
	 * @see #getOutlookYear()
	 * @generated
	 */
	void setOutlookYear(int value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the .minplan file format the plan was written in, e.g. "1.0".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authority that issued the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Issued</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of issue as printed, e.g. 二〇二二年十月.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued</em>' attribute.
	 * @see #setIssued(String)
	 * @see org.minplan.model.MinplanPackage#getPlan_Issued()
	 * @model
	 * @generated
	 */
	String getIssued();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#getIssued <em>Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued</em>' attribute.
	 * @see #getIssued()
	 * @generated
	 */
	void setIssued(String value);

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the whole plan is synthetic test data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' attribute.
	 * @see #setSynthetic(boolean)
	 * @see org.minplan.model.MinplanPackage#getPlan_Synthetic()
	 * @model
	 * @generated
	 */
	boolean isSynthetic();

	/**
	 * Sets the value of the '{@link org.minplan.model.Plan#isSynthetic <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' attribute.
	 * @see #isSynthetic()
	 * @generated
	 */
	void setSynthetic(boolean value);

	/**
	 * Returns the value of the '<em><b>Divisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.AdministrativeDivision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Administrative divisions (行政区): the prefecture, its county-level units and XPCC units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Divisions</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Divisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdministrativeDivision> getDivisions();

	/**
	 * Returns the value of the '<em><b>Minerals</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.Mineral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mineral catalogue (矿种目录, 专栏4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minerals</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Minerals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mineral> getMinerals();

	/**
	 * Returns the value of the '<em><b>Mineral Controls</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.MineralControl}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Control classes of minerals (勘查开采调控方向, section 三(一)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mineral Controls</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_MineralControls()
	 * @model containment="true"
	 * @generated
	 */
	EList<MineralControl> getMineralControls();

	/**
	 * Returns the value of the '<em><b>Reserves</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ResourceReserve}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resource reserves at the base year (专栏5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserves</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Reserves()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResourceReserve> getReserves();

	/**
	 * Returns the value of the '<em><b>Reserve Increases</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ReserveIncrease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Newly added reserves in the previous period (专栏9).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reserve Increases</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_ReserveIncreases()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReserveIncrease> getReserveIncreases();

	/**
	 * Returns the value of the '<em><b>Mines</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.Mine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mines (矿山, 专栏6 and mines named in the text).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mines</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Mines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mine> getMines();

	/**
	 * Returns the value of the '<em><b>Layout Units</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.LayoutUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exploration and development layout (勘查开发总体布局, 一翼两带五区, 专栏15).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Units</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_LayoutUnits()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayoutUnit> getLayoutUnits();

	/**
	 * Returns the value of the '<em><b>Zones</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.PlanningZone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Energy resource bases, national planned mining areas, key exploration and key mining zones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zones</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Zones()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanningZone> getZones();

	/**
	 * Returns the value of the '<em><b>Exploration Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ExplorationBlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exploration planning blocks (勘查规划区块, 专栏17).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exploration Blocks</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_ExplorationBlocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<ExplorationBlock> getExplorationBlocks();

	/**
	 * Returns the value of the '<em><b>Mining Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.MiningBlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mining planning blocks (开采规划区块, 专栏18).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mining Blocks</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_MiningBlocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<MiningBlock> getMiningBlocks();

	/**
	 * Returns the value of the '<em><b>Concentrated Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ConcentratedMiningArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sand-gravel-soil concentrated mining areas (砂石土集中开采区, 专栏20).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Concentrated Areas</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_ConcentratedAreas()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConcentratedMiningArea> getConcentratedAreas();

	/**
	 * Returns the value of the '<em><b>Environmental Zones</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.EnvironmentalZone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mine geological-environment zones (矿山地质环境治理分区, 专栏22).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environmental Zones</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_EnvironmentalZones()
	 * @model containment="true"
	 * @generated
	 */
	EList<EnvironmentalZone> getEnvironmentalZones();

	/**
	 * Returns the value of the '<em><b>Abandoned Pits</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.AbandonedPit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Historic abandoned open pits (历史遗留露天采坑, 专栏23).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Abandoned Pits</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_AbandonedPits()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbandonedPit> getAbandonedPits();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plan indicators (规划指标, 专栏8, 11-14, 19).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Minimum Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.MinimumScaleStandard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum mining scale standards for new mines (最低开采规模, 专栏21).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Scales</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_MinimumScales()
	 * @model containment="true"
	 * @generated
	 */
	EList<MinimumScaleStandard> getMinimumScales();

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key projects (重点项目, 专栏24-25).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

	/**
	 * Returns the value of the '<em><b>Processing Bases</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.ProcessingBase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Deep-processing bases (精深加工基地, 专栏26).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Processing Bases</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_ProcessingBases()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProcessingBase> getProcessingBases();

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.PrintedStatement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Numbers the plan prints (table totals, counts stated in the text), kept so rules can compare them with the elements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statements</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_Statements()
	 * @model containment="true"
	 * @generated
	 */
	EList<PrintedStatement> getStatements();

	/**
	 * Returns the value of the '<em><b>Narrative Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.minplan.model.NarrativeTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Descriptive tables kept verbatim (专栏1-3, 7, 10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative Tables</em>' containment reference list.
	 * @see org.minplan.model.MinplanPackage#getPlan_NarrativeTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<NarrativeTable> getNarrativeTables();

} // Plan
