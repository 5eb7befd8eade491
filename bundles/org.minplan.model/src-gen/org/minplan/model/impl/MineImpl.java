/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.Mine;
import org.minplan.model.MineScale;
import org.minplan.model.MineStatus;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.MineImpl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getMineralText <em>Mineral Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getLicenceNumber <em>Licence Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getEmployees <em>Employees</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getOutputValue <em>Output Value</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#isGreenMine <em>Green Mine</em>}</li>
 *   <li>{@link org.minplan.model.impl.MineImpl#isOilGas <em>Oil Gas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MineImpl extends SpatialElementImpl implements Mine {
	/**
	 * The cached value of the '{@link #getMineral() <em>Mineral</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineral()
	 * @generated
	 * @ordered
	 */
	protected Mineral mineral;

	/**
	 * The default value of the '{@link #getMineralText() <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineralText()
	 * @generated
	 * @ordered
	 */
	protected static final String MINERAL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMineralText() <em>Mineral Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMineralText()
	 * @generated
	 * @ordered
	 */
	protected String mineralText = MINERAL_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final MineScale SCALE_EDEFAULT = MineScale.LARGE;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected MineScale scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicenceNumber() <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenceNumber() <em>Licence Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenceNumber()
	 * @generated
	 * @ordered
	 */
	protected String licenceNumber = LICENCE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployees() <em>Employees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected static final Integer EMPLOYEES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployees() <em>Employees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployees()
	 * @generated
	 * @ordered
	 */
	protected Integer employees = EMPLOYEES_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal output = OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputValue() <em>Output Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal OUTPUT_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutputValue() <em>Output Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal outputValue = OUTPUT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MineStatus STATUS_EDEFAULT = MineStatus.PRODUCING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MineStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #isGreenMine() <em>Green Mine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGreenMine()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GREEN_MINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGreenMine() <em>Green Mine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGreenMine()
	 * @generated
	 * @ordered
	 */
	protected boolean greenMine = GREEN_MINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOilGas() <em>Oil Gas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOilGas()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OIL_GAS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOilGas() <em>Oil Gas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOilGas()
	 * @generated
	 * @ordered
	 */
	protected boolean oilGas = OIL_GAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.MINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mineral getMineral() {
		if (mineral != null && mineral.eIsProxy()) {
			InternalEObject oldMineral = (InternalEObject)mineral;
			mineral = (Mineral)eResolveProxy(oldMineral);
			if (mineral != oldMineral) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.MINE__MINERAL, oldMineral, mineral));
			}
		}
		return mineral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mineral basicGetMineral() {
		return mineral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMineral(Mineral newMineral) {
		Mineral oldMineral = mineral;
		mineral = newMineral;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__MINERAL, oldMineral, mineral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMineralText() {
		return mineralText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMineralText(String newMineralText) {
		String oldMineralText = mineralText;
		mineralText = newMineralText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__MINERAL_TEXT, oldMineralText, mineralText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineScale getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(MineScale newScale) {
		MineScale oldScale = scale;
		scale = newScale == null ? SCALE_EDEFAULT : newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicenceNumber() {
		return licenceNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenceNumber(String newLicenceNumber) {
		String oldLicenceNumber = licenceNumber;
		licenceNumber = newLicenceNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__LICENCE_NUMBER, oldLicenceNumber, licenceNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEmployees() {
		return employees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployees(Integer newEmployees) {
		Integer oldEmployees = employees;
		employees = newEmployees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__EMPLOYEES, oldEmployees, employees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutput(BigDecimal newOutput) {
		BigDecimal oldOutput = output;
		output = newOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__OUTPUT, oldOutput, output));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getOutputValue() {
		return outputValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputValue(BigDecimal newOutputValue) {
		BigDecimal oldOutputValue = outputValue;
		outputValue = newOutputValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__OUTPUT_VALUE, oldOutputValue, outputValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MineStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MineStatus newStatus) {
		MineStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGreenMine() {
		return greenMine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenMine(boolean newGreenMine) {
		boolean oldGreenMine = greenMine;
		greenMine = newGreenMine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__GREEN_MINE, oldGreenMine, greenMine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOilGas() {
		return oilGas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOilGas(boolean newOilGas) {
		boolean oldOilGas = oilGas;
		oilGas = newOilGas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.MINE__OIL_GAS, oldOilGas, oilGas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.MINE__MINERAL:
				if (resolve) return getMineral();
				return basicGetMineral();
			case MinplanPackage.MINE__MINERAL_TEXT:
				return getMineralText();
			case MinplanPackage.MINE__SCALE:
				return getScale();
			case MinplanPackage.MINE__LICENCE_NUMBER:
				return getLicenceNumber();
			case MinplanPackage.MINE__EMPLOYEES:
				return getEmployees();
			case MinplanPackage.MINE__OUTPUT:
				return getOutput();
			case MinplanPackage.MINE__OUTPUT_VALUE:
				return getOutputValue();
			case MinplanPackage.MINE__STATUS:
				return getStatus();
			case MinplanPackage.MINE__GREEN_MINE:
				return isGreenMine();
			case MinplanPackage.MINE__OIL_GAS:
				return isOilGas();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MinplanPackage.MINE__MINERAL:
				setMineral((Mineral)newValue);
				return;
			case MinplanPackage.MINE__MINERAL_TEXT:
				setMineralText((String)newValue);
				return;
			case MinplanPackage.MINE__SCALE:
				setScale((MineScale)newValue);
				return;
			case MinplanPackage.MINE__LICENCE_NUMBER:
				setLicenceNumber((String)newValue);
				return;
			case MinplanPackage.MINE__EMPLOYEES:
				setEmployees((Integer)newValue);
				return;
			case MinplanPackage.MINE__OUTPUT:
				setOutput((BigDecimal)newValue);
				return;
			case MinplanPackage.MINE__OUTPUT_VALUE:
				setOutputValue((BigDecimal)newValue);
				return;
			case MinplanPackage.MINE__STATUS:
				setStatus((MineStatus)newValue);
				return;
			case MinplanPackage.MINE__GREEN_MINE:
				setGreenMine((Boolean)newValue);
				return;
			case MinplanPackage.MINE__OIL_GAS:
				setOilGas((Boolean)newValue);
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
			case MinplanPackage.MINE__MINERAL:
				setMineral((Mineral)null);
				return;
			case MinplanPackage.MINE__MINERAL_TEXT:
				setMineralText(MINERAL_TEXT_EDEFAULT);
				return;
			case MinplanPackage.MINE__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case MinplanPackage.MINE__LICENCE_NUMBER:
				setLicenceNumber(LICENCE_NUMBER_EDEFAULT);
				return;
			case MinplanPackage.MINE__EMPLOYEES:
				setEmployees(EMPLOYEES_EDEFAULT);
				return;
			case MinplanPackage.MINE__OUTPUT:
				setOutput(OUTPUT_EDEFAULT);
				return;
			case MinplanPackage.MINE__OUTPUT_VALUE:
				setOutputValue(OUTPUT_VALUE_EDEFAULT);
				return;
			case MinplanPackage.MINE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MinplanPackage.MINE__GREEN_MINE:
				setGreenMine(GREEN_MINE_EDEFAULT);
				return;
			case MinplanPackage.MINE__OIL_GAS:
				setOilGas(OIL_GAS_EDEFAULT);
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
			case MinplanPackage.MINE__MINERAL:
				return mineral != null;
			case MinplanPackage.MINE__MINERAL_TEXT:
				return MINERAL_TEXT_EDEFAULT == null ? mineralText != null : !MINERAL_TEXT_EDEFAULT.equals(mineralText);
			case MinplanPackage.MINE__SCALE:
				return scale != SCALE_EDEFAULT;
			case MinplanPackage.MINE__LICENCE_NUMBER:
				return LICENCE_NUMBER_EDEFAULT == null ? licenceNumber != null : !LICENCE_NUMBER_EDEFAULT.equals(licenceNumber);
			case MinplanPackage.MINE__EMPLOYEES:
				return EMPLOYEES_EDEFAULT == null ? employees != null : !EMPLOYEES_EDEFAULT.equals(employees);
			case MinplanPackage.MINE__OUTPUT:
				return OUTPUT_EDEFAULT == null ? output != null : !OUTPUT_EDEFAULT.equals(output);
			case MinplanPackage.MINE__OUTPUT_VALUE:
				return OUTPUT_VALUE_EDEFAULT == null ? outputValue != null : !OUTPUT_VALUE_EDEFAULT.equals(outputValue);
			case MinplanPackage.MINE__STATUS:
				return status != STATUS_EDEFAULT;
			case MinplanPackage.MINE__GREEN_MINE:
				return greenMine != GREEN_MINE_EDEFAULT;
			case MinplanPackage.MINE__OIL_GAS:
				return oilGas != OIL_GAS_EDEFAULT;
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
		result.append(" (mineralText: "); //$NON-NLS-1$
		result.append(mineralText);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", licenceNumber: "); //$NON-NLS-1$
		result.append(licenceNumber);
		result.append(", employees: "); //$NON-NLS-1$
		result.append(employees);
		result.append(", output: "); //$NON-NLS-1$
		result.append(output);
		result.append(", outputValue: "); //$NON-NLS-1$
		result.append(outputValue);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", greenMine: "); //$NON-NLS-1$
		result.append(greenMine);
		result.append(", oilGas: "); //$NON-NLS-1$
		result.append(oilGas);
		result.append(')');
		return result.toString();
	}

} //MineImpl
