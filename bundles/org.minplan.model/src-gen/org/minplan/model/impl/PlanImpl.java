/**
 */
package org.minplan.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minplan.model.AbandonedPit;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Indicator;
import org.minplan.model.LayoutUnit;
import org.minplan.model.Mine;
import org.minplan.model.Mineral;
import org.minplan.model.MineralControl;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.MiningBlock;
import org.minplan.model.MinplanPackage;
import org.minplan.model.NarrativeTable;
import org.minplan.model.Plan;
import org.minplan.model.PlanningZone;
import org.minplan.model.PrintedStatement;
import org.minplan.model.ProcessingBase;
import org.minplan.model.Project;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getRegionCode <em>Region Code</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getBaseYear <em>Base Year</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getEndYear <em>End Year</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getOutlookYear <em>Outlook Year</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getIssued <em>Issued</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getDivisions <em>Divisions</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getMinerals <em>Minerals</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getMineralControls <em>Mineral Controls</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getReserves <em>Reserves</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getReserveIncreases <em>Reserve Increases</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getMines <em>Mines</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getLayoutUnits <em>Layout Units</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getZones <em>Zones</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getExplorationBlocks <em>Exploration Blocks</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getMiningBlocks <em>Mining Blocks</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getConcentratedAreas <em>Concentrated Areas</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getEnvironmentalZones <em>Environmental Zones</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getAbandonedPits <em>Abandoned Pits</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getMinimumScales <em>Minimum Scales</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getProcessingBases <em>Processing Bases</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.minplan.model.impl.PlanImpl#getNarrativeTables <em>Narrative Tables</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends IdentifiedImpl implements Plan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionCode() <em>Region Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionCode()
	 * @generated
	 * @ordered
	 */
	protected String regionCode = REGION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected static final int BASE_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBaseYear() <em>Base Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseYear()
	 * @generated
	 * @ordered
	 */
	protected int baseYear = BASE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final int START_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected int startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final int END_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected int endYear = END_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutlookYear() <em>Outlook Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlookYear()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTLOOK_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutlookYear() <em>Outlook Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutlookYear()
	 * @generated
	 * @ordered
	 */
	protected int outlookYear = OUTLOOK_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuer() <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuer()
	 * @generated
	 * @ordered
	 */
	protected String issuer = ISSUER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssued() <em>Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssued()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssued() <em>Issued</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssued()
	 * @generated
	 * @ordered
	 */
	protected String issued = ISSUED_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHETIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected boolean synthetic = SYNTHETIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDivisions() <em>Divisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDivisions()
	 * @generated
	 * @ordered
	 */
	protected EList<AdministrativeDivision> divisions;

	/**
	 * The cached value of the '{@link #getMinerals() <em>Minerals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinerals()
	 * @generated
	 * @ordered
	 */
	protected EList<Mineral> minerals;

	/**
	 * The cached value of the '{@link #getMineralControls() <em>Mineral Controls</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineralControls()
	 * @generated
	 * @ordered
	 */
	protected EList<MineralControl> mineralControls;

	/**
	 * The cached value of the '{@link #getReserves() <em>Reserves</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReserves()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceReserve> reserves;

	/**
	 * The cached value of the '{@link #getReserveIncreases() <em>Reserve Increases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReserveIncreases()
	 * @generated
	 * @ordered
	 */
	protected EList<ReserveIncrease> reserveIncreases;

	/**
	 * The cached value of the '{@link #getMines() <em>Mines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMines()
	 * @generated
	 * @ordered
	 */
	protected EList<Mine> mines;

	/**
	 * The cached value of the '{@link #getLayoutUnits() <em>Layout Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<LayoutUnit> layoutUnits;

	/**
	 * The cached value of the '{@link #getZones() <em>Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZones()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanningZone> zones;

	/**
	 * The cached value of the '{@link #getExplorationBlocks() <em>Exploration Blocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplorationBlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<ExplorationBlock> explorationBlocks;

	/**
	 * The cached value of the '{@link #getMiningBlocks() <em>Mining Blocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMiningBlocks()
	 * @generated
	 * @ordered
	 */
	protected EList<MiningBlock> miningBlocks;

	/**
	 * The cached value of the '{@link #getConcentratedAreas() <em>Concentrated Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConcentratedAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<ConcentratedMiningArea> concentratedAreas;

	/**
	 * The cached value of the '{@link #getEnvironmentalZones() <em>Environmental Zones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironmentalZones()
	 * @generated
	 * @ordered
	 */
	protected EList<EnvironmentalZone> environmentalZones;

	/**
	 * The cached value of the '{@link #getAbandonedPits() <em>Abandoned Pits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbandonedPits()
	 * @generated
	 * @ordered
	 */
	protected EList<AbandonedPit> abandonedPits;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getMinimumScales() <em>Minimum Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumScales()
	 * @generated
	 * @ordered
	 */
	protected EList<MinimumScaleStandard> minimumScales;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<Project> projects;

	/**
	 * The cached value of the '{@link #getProcessingBases() <em>Processing Bases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingBases()
	 * @generated
	 * @ordered
	 */
	protected EList<ProcessingBase> processingBases;

	/**
	 * The cached value of the '{@link #getStatements() <em>Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<PrintedStatement> statements;

	/**
	 * The cached value of the '{@link #getNarrativeTables() <em>Narrative Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrativeTables()
	 * @generated
	 * @ordered
	 */
	protected EList<NarrativeTable> narrativeTables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.PLAN;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionCode() {
		return regionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionCode(String newRegionCode) {
		String oldRegionCode = regionCode;
		regionCode = newRegionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__REGION_CODE, oldRegionCode, regionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBaseYear() {
		return baseYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseYear(int newBaseYear) {
		int oldBaseYear = baseYear;
		baseYear = newBaseYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__BASE_YEAR, oldBaseYear, baseYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartYear() {
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(int newStartYear) {
		int oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEndYear() {
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(int newEndYear) {
		int oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__END_YEAR, oldEndYear, endYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutlookYear() {
		return outlookYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutlookYear(int newOutlookYear) {
		int oldOutlookYear = outlookYear;
		outlookYear = newOutlookYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__OUTLOOK_YEAR, oldOutlookYear, outlookYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuer() {
		return issuer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuer(String newIssuer) {
		String oldIssuer = issuer;
		issuer = newIssuer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__ISSUER, oldIssuer, issuer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssued() {
		return issued;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssued(String newIssued) {
		String oldIssued = issued;
		issued = newIssued;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__ISSUED, oldIssued, issued));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(boolean newSynthetic) {
		boolean oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PLAN__SYNTHETIC, oldSynthetic, synthetic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdministrativeDivision> getDivisions() {
		if (divisions == null) {
			divisions = new EObjectContainmentEList<AdministrativeDivision>(AdministrativeDivision.class, this, MinplanPackage.PLAN__DIVISIONS);
		}
		return divisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mineral> getMinerals() {
		if (minerals == null) {
			minerals = new EObjectContainmentEList<Mineral>(Mineral.class, this, MinplanPackage.PLAN__MINERALS);
		}
		return minerals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MineralControl> getMineralControls() {
		if (mineralControls == null) {
			mineralControls = new EObjectContainmentEList<MineralControl>(MineralControl.class, this, MinplanPackage.PLAN__MINERAL_CONTROLS);
		}
		return mineralControls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceReserve> getReserves() {
		if (reserves == null) {
			reserves = new EObjectContainmentEList<ResourceReserve>(ResourceReserve.class, this, MinplanPackage.PLAN__RESERVES);
		}
		return reserves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReserveIncrease> getReserveIncreases() {
		if (reserveIncreases == null) {
			reserveIncreases = new EObjectContainmentEList<ReserveIncrease>(ReserveIncrease.class, this, MinplanPackage.PLAN__RESERVE_INCREASES);
		}
		return reserveIncreases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mine> getMines() {
		if (mines == null) {
			mines = new EObjectContainmentEList<Mine>(Mine.class, this, MinplanPackage.PLAN__MINES);
		}
		return mines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayoutUnit> getLayoutUnits() {
		if (layoutUnits == null) {
			layoutUnits = new EObjectContainmentEList<LayoutUnit>(LayoutUnit.class, this, MinplanPackage.PLAN__LAYOUT_UNITS);
		}
		return layoutUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanningZone> getZones() {
		if (zones == null) {
			zones = new EObjectContainmentEList<PlanningZone>(PlanningZone.class, this, MinplanPackage.PLAN__ZONES);
		}
		return zones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ExplorationBlock> getExplorationBlocks() {
		if (explorationBlocks == null) {
			explorationBlocks = new EObjectContainmentEList<ExplorationBlock>(ExplorationBlock.class, this, MinplanPackage.PLAN__EXPLORATION_BLOCKS);
		}
		return explorationBlocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MiningBlock> getMiningBlocks() {
		if (miningBlocks == null) {
			miningBlocks = new EObjectContainmentEList<MiningBlock>(MiningBlock.class, this, MinplanPackage.PLAN__MINING_BLOCKS);
		}
		return miningBlocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConcentratedMiningArea> getConcentratedAreas() {
		if (concentratedAreas == null) {
			concentratedAreas = new EObjectContainmentEList<ConcentratedMiningArea>(ConcentratedMiningArea.class, this, MinplanPackage.PLAN__CONCENTRATED_AREAS);
		}
		return concentratedAreas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnvironmentalZone> getEnvironmentalZones() {
		if (environmentalZones == null) {
			environmentalZones = new EObjectContainmentEList<EnvironmentalZone>(EnvironmentalZone.class, this, MinplanPackage.PLAN__ENVIRONMENTAL_ZONES);
		}
		return environmentalZones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbandonedPit> getAbandonedPits() {
		if (abandonedPits == null) {
			abandonedPits = new EObjectContainmentEList<AbandonedPit>(AbandonedPit.class, this, MinplanPackage.PLAN__ABANDONED_PITS);
		}
		return abandonedPits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, MinplanPackage.PLAN__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MinimumScaleStandard> getMinimumScales() {
		if (minimumScales == null) {
			minimumScales = new EObjectContainmentEList<MinimumScaleStandard>(MinimumScaleStandard.class, this, MinplanPackage.PLAN__MINIMUM_SCALES);
		}
		return minimumScales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Project> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<Project>(Project.class, this, MinplanPackage.PLAN__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProcessingBase> getProcessingBases() {
		if (processingBases == null) {
			processingBases = new EObjectContainmentEList<ProcessingBase>(ProcessingBase.class, this, MinplanPackage.PLAN__PROCESSING_BASES);
		}
		return processingBases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PrintedStatement> getStatements() {
		if (statements == null) {
			statements = new EObjectContainmentEList<PrintedStatement>(PrintedStatement.class, this, MinplanPackage.PLAN__STATEMENTS);
		}
		return statements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NarrativeTable> getNarrativeTables() {
		if (narrativeTables == null) {
			narrativeTables = new EObjectContainmentEList<NarrativeTable>(NarrativeTable.class, this, MinplanPackage.PLAN__NARRATIVE_TABLES);
		}
		return narrativeTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MinplanPackage.PLAN__DIVISIONS:
				return ((InternalEList<?>)getDivisions()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__MINERALS:
				return ((InternalEList<?>)getMinerals()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
				return ((InternalEList<?>)getMineralControls()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__RESERVES:
				return ((InternalEList<?>)getReserves()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__RESERVE_INCREASES:
				return ((InternalEList<?>)getReserveIncreases()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__MINES:
				return ((InternalEList<?>)getMines()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__LAYOUT_UNITS:
				return ((InternalEList<?>)getLayoutUnits()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__ZONES:
				return ((InternalEList<?>)getZones()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
				return ((InternalEList<?>)getExplorationBlocks()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__MINING_BLOCKS:
				return ((InternalEList<?>)getMiningBlocks()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
				return ((InternalEList<?>)getConcentratedAreas()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
				return ((InternalEList<?>)getEnvironmentalZones()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__ABANDONED_PITS:
				return ((InternalEList<?>)getAbandonedPits()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__MINIMUM_SCALES:
				return ((InternalEList<?>)getMinimumScales()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__PROCESSING_BASES:
				return ((InternalEList<?>)getProcessingBases()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__STATEMENTS:
				return ((InternalEList<?>)getStatements()).basicRemove(otherEnd, msgs);
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
				return ((InternalEList<?>)getNarrativeTables()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.PLAN__NAME:
				return getName();
			case MinplanPackage.PLAN__REGION:
				return getRegion();
			case MinplanPackage.PLAN__REGION_CODE:
				return getRegionCode();
			case MinplanPackage.PLAN__BASE_YEAR:
				return getBaseYear();
			case MinplanPackage.PLAN__START_YEAR:
				return getStartYear();
			case MinplanPackage.PLAN__END_YEAR:
				return getEndYear();
			case MinplanPackage.PLAN__OUTLOOK_YEAR:
				return getOutlookYear();
			case MinplanPackage.PLAN__FORMAT_VERSION:
				return getFormatVersion();
			case MinplanPackage.PLAN__ISSUER:
				return getIssuer();
			case MinplanPackage.PLAN__ISSUED:
				return getIssued();
			case MinplanPackage.PLAN__SYNTHETIC:
				return isSynthetic();
			case MinplanPackage.PLAN__DIVISIONS:
				return getDivisions();
			case MinplanPackage.PLAN__MINERALS:
				return getMinerals();
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
				return getMineralControls();
			case MinplanPackage.PLAN__RESERVES:
				return getReserves();
			case MinplanPackage.PLAN__RESERVE_INCREASES:
				return getReserveIncreases();
			case MinplanPackage.PLAN__MINES:
				return getMines();
			case MinplanPackage.PLAN__LAYOUT_UNITS:
				return getLayoutUnits();
			case MinplanPackage.PLAN__ZONES:
				return getZones();
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
				return getExplorationBlocks();
			case MinplanPackage.PLAN__MINING_BLOCKS:
				return getMiningBlocks();
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
				return getConcentratedAreas();
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
				return getEnvironmentalZones();
			case MinplanPackage.PLAN__ABANDONED_PITS:
				return getAbandonedPits();
			case MinplanPackage.PLAN__INDICATORS:
				return getIndicators();
			case MinplanPackage.PLAN__MINIMUM_SCALES:
				return getMinimumScales();
			case MinplanPackage.PLAN__PROJECTS:
				return getProjects();
			case MinplanPackage.PLAN__PROCESSING_BASES:
				return getProcessingBases();
			case MinplanPackage.PLAN__STATEMENTS:
				return getStatements();
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
				return getNarrativeTables();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MinplanPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case MinplanPackage.PLAN__REGION:
				setRegion((String)newValue);
				return;
			case MinplanPackage.PLAN__REGION_CODE:
				setRegionCode((String)newValue);
				return;
			case MinplanPackage.PLAN__BASE_YEAR:
				setBaseYear((Integer)newValue);
				return;
			case MinplanPackage.PLAN__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case MinplanPackage.PLAN__END_YEAR:
				setEndYear((Integer)newValue);
				return;
			case MinplanPackage.PLAN__OUTLOOK_YEAR:
				setOutlookYear((Integer)newValue);
				return;
			case MinplanPackage.PLAN__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case MinplanPackage.PLAN__ISSUER:
				setIssuer((String)newValue);
				return;
			case MinplanPackage.PLAN__ISSUED:
				setIssued((String)newValue);
				return;
			case MinplanPackage.PLAN__SYNTHETIC:
				setSynthetic((Boolean)newValue);
				return;
			case MinplanPackage.PLAN__DIVISIONS:
				getDivisions().clear();
				getDivisions().addAll((Collection<? extends AdministrativeDivision>)newValue);
				return;
			case MinplanPackage.PLAN__MINERALS:
				getMinerals().clear();
				getMinerals().addAll((Collection<? extends Mineral>)newValue);
				return;
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
				getMineralControls().clear();
				getMineralControls().addAll((Collection<? extends MineralControl>)newValue);
				return;
			case MinplanPackage.PLAN__RESERVES:
				getReserves().clear();
				getReserves().addAll((Collection<? extends ResourceReserve>)newValue);
				return;
			case MinplanPackage.PLAN__RESERVE_INCREASES:
				getReserveIncreases().clear();
				getReserveIncreases().addAll((Collection<? extends ReserveIncrease>)newValue);
				return;
			case MinplanPackage.PLAN__MINES:
				getMines().clear();
				getMines().addAll((Collection<? extends Mine>)newValue);
				return;
			case MinplanPackage.PLAN__LAYOUT_UNITS:
				getLayoutUnits().clear();
				getLayoutUnits().addAll((Collection<? extends LayoutUnit>)newValue);
				return;
			case MinplanPackage.PLAN__ZONES:
				getZones().clear();
				getZones().addAll((Collection<? extends PlanningZone>)newValue);
				return;
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
				getExplorationBlocks().clear();
				getExplorationBlocks().addAll((Collection<? extends ExplorationBlock>)newValue);
				return;
			case MinplanPackage.PLAN__MINING_BLOCKS:
				getMiningBlocks().clear();
				getMiningBlocks().addAll((Collection<? extends MiningBlock>)newValue);
				return;
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
				getConcentratedAreas().clear();
				getConcentratedAreas().addAll((Collection<? extends ConcentratedMiningArea>)newValue);
				return;
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
				getEnvironmentalZones().clear();
				getEnvironmentalZones().addAll((Collection<? extends EnvironmentalZone>)newValue);
				return;
			case MinplanPackage.PLAN__ABANDONED_PITS:
				getAbandonedPits().clear();
				getAbandonedPits().addAll((Collection<? extends AbandonedPit>)newValue);
				return;
			case MinplanPackage.PLAN__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case MinplanPackage.PLAN__MINIMUM_SCALES:
				getMinimumScales().clear();
				getMinimumScales().addAll((Collection<? extends MinimumScaleStandard>)newValue);
				return;
			case MinplanPackage.PLAN__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends Project>)newValue);
				return;
			case MinplanPackage.PLAN__PROCESSING_BASES:
				getProcessingBases().clear();
				getProcessingBases().addAll((Collection<? extends ProcessingBase>)newValue);
				return;
			case MinplanPackage.PLAN__STATEMENTS:
				getStatements().clear();
				getStatements().addAll((Collection<? extends PrintedStatement>)newValue);
				return;
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
				getNarrativeTables().clear();
				getNarrativeTables().addAll((Collection<? extends NarrativeTable>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MinplanPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MinplanPackage.PLAN__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case MinplanPackage.PLAN__REGION_CODE:
				setRegionCode(REGION_CODE_EDEFAULT);
				return;
			case MinplanPackage.PLAN__BASE_YEAR:
				setBaseYear(BASE_YEAR_EDEFAULT);
				return;
			case MinplanPackage.PLAN__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case MinplanPackage.PLAN__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
				return;
			case MinplanPackage.PLAN__OUTLOOK_YEAR:
				setOutlookYear(OUTLOOK_YEAR_EDEFAULT);
				return;
			case MinplanPackage.PLAN__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case MinplanPackage.PLAN__ISSUER:
				setIssuer(ISSUER_EDEFAULT);
				return;
			case MinplanPackage.PLAN__ISSUED:
				setIssued(ISSUED_EDEFAULT);
				return;
			case MinplanPackage.PLAN__SYNTHETIC:
				setSynthetic(SYNTHETIC_EDEFAULT);
				return;
			case MinplanPackage.PLAN__DIVISIONS:
				getDivisions().clear();
				return;
			case MinplanPackage.PLAN__MINERALS:
				getMinerals().clear();
				return;
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
				getMineralControls().clear();
				return;
			case MinplanPackage.PLAN__RESERVES:
				getReserves().clear();
				return;
			case MinplanPackage.PLAN__RESERVE_INCREASES:
				getReserveIncreases().clear();
				return;
			case MinplanPackage.PLAN__MINES:
				getMines().clear();
				return;
			case MinplanPackage.PLAN__LAYOUT_UNITS:
				getLayoutUnits().clear();
				return;
			case MinplanPackage.PLAN__ZONES:
				getZones().clear();
				return;
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
				getExplorationBlocks().clear();
				return;
			case MinplanPackage.PLAN__MINING_BLOCKS:
				getMiningBlocks().clear();
				return;
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
				getConcentratedAreas().clear();
				return;
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
				getEnvironmentalZones().clear();
				return;
			case MinplanPackage.PLAN__ABANDONED_PITS:
				getAbandonedPits().clear();
				return;
			case MinplanPackage.PLAN__INDICATORS:
				getIndicators().clear();
				return;
			case MinplanPackage.PLAN__MINIMUM_SCALES:
				getMinimumScales().clear();
				return;
			case MinplanPackage.PLAN__PROJECTS:
				getProjects().clear();
				return;
			case MinplanPackage.PLAN__PROCESSING_BASES:
				getProcessingBases().clear();
				return;
			case MinplanPackage.PLAN__STATEMENTS:
				getStatements().clear();
				return;
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
				getNarrativeTables().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MinplanPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MinplanPackage.PLAN__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case MinplanPackage.PLAN__REGION_CODE:
				return REGION_CODE_EDEFAULT == null ? regionCode != null : !REGION_CODE_EDEFAULT.equals(regionCode);
			case MinplanPackage.PLAN__BASE_YEAR:
				return baseYear != BASE_YEAR_EDEFAULT;
			case MinplanPackage.PLAN__START_YEAR:
				return startYear != START_YEAR_EDEFAULT;
			case MinplanPackage.PLAN__END_YEAR:
				return endYear != END_YEAR_EDEFAULT;
			case MinplanPackage.PLAN__OUTLOOK_YEAR:
				return outlookYear != OUTLOOK_YEAR_EDEFAULT;
			case MinplanPackage.PLAN__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case MinplanPackage.PLAN__ISSUER:
				return ISSUER_EDEFAULT == null ? issuer != null : !ISSUER_EDEFAULT.equals(issuer);
			case MinplanPackage.PLAN__ISSUED:
				return ISSUED_EDEFAULT == null ? issued != null : !ISSUED_EDEFAULT.equals(issued);
			case MinplanPackage.PLAN__SYNTHETIC:
				return synthetic != SYNTHETIC_EDEFAULT;
			case MinplanPackage.PLAN__DIVISIONS:
				return divisions != null && !divisions.isEmpty();
			case MinplanPackage.PLAN__MINERALS:
				return minerals != null && !minerals.isEmpty();
			case MinplanPackage.PLAN__MINERAL_CONTROLS:
				return mineralControls != null && !mineralControls.isEmpty();
			case MinplanPackage.PLAN__RESERVES:
				return reserves != null && !reserves.isEmpty();
			case MinplanPackage.PLAN__RESERVE_INCREASES:
				return reserveIncreases != null && !reserveIncreases.isEmpty();
			case MinplanPackage.PLAN__MINES:
				return mines != null && !mines.isEmpty();
			case MinplanPackage.PLAN__LAYOUT_UNITS:
				return layoutUnits != null && !layoutUnits.isEmpty();
			case MinplanPackage.PLAN__ZONES:
				return zones != null && !zones.isEmpty();
			case MinplanPackage.PLAN__EXPLORATION_BLOCKS:
				return explorationBlocks != null && !explorationBlocks.isEmpty();
			case MinplanPackage.PLAN__MINING_BLOCKS:
				return miningBlocks != null && !miningBlocks.isEmpty();
			case MinplanPackage.PLAN__CONCENTRATED_AREAS:
				return concentratedAreas != null && !concentratedAreas.isEmpty();
			case MinplanPackage.PLAN__ENVIRONMENTAL_ZONES:
				return environmentalZones != null && !environmentalZones.isEmpty();
			case MinplanPackage.PLAN__ABANDONED_PITS:
				return abandonedPits != null && !abandonedPits.isEmpty();
			case MinplanPackage.PLAN__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case MinplanPackage.PLAN__MINIMUM_SCALES:
				return minimumScales != null && !minimumScales.isEmpty();
			case MinplanPackage.PLAN__PROJECTS:
				return projects != null && !projects.isEmpty();
			case MinplanPackage.PLAN__PROCESSING_BASES:
				return processingBases != null && !processingBases.isEmpty();
			case MinplanPackage.PLAN__STATEMENTS:
				return statements != null && !statements.isEmpty();
			case MinplanPackage.PLAN__NARRATIVE_TABLES:
				return narrativeTables != null && !narrativeTables.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", region: "); //$NON-NLS-1$
		result.append(region);
		result.append(", regionCode: "); //$NON-NLS-1$
		result.append(regionCode);
		result.append(", baseYear: "); //$NON-NLS-1$
		result.append(baseYear);
		result.append(", startYear: "); //$NON-NLS-1$
		result.append(startYear);
		result.append(", endYear: "); //$NON-NLS-1$
		result.append(endYear);
		result.append(", outlookYear: "); //$NON-NLS-1$
		result.append(outlookYear);
		result.append(", formatVersion: "); //$NON-NLS-1$
		result.append(formatVersion);
		result.append(", issuer: "); //$NON-NLS-1$
		result.append(issuer);
		result.append(", issued: "); //$NON-NLS-1$
		result.append(issued);
		result.append(", synthetic: "); //$NON-NLS-1$
		result.append(synthetic);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
