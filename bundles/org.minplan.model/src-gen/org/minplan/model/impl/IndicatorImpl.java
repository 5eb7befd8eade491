/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.Comparator;
import org.minplan.model.Indicator;
import org.minplan.model.IndicatorAttribute;
import org.minplan.model.IndicatorMeasure;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getTable <em>Table</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getBaselineText <em>Baseline Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getTargetLow <em>Target Low</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getTargetHigh <em>Target High</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getAchieved <em>Achieved</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getMineral <em>Mineral</em>}</li>
 *   <li>{@link org.minplan.model.impl.IndicatorImpl#getMeasure <em>Measure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends PlanElementImpl implements Indicator {
	/**
	 * The default value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTable() <em>Table</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTable()
	 * @generated
	 * @ordered
	 */
	protected String table = TABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineText() <em>Baseline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineText()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineText() <em>Baseline Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineText()
	 * @generated
	 * @ordered
	 */
	protected String baselineText = BASELINE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected String targetText = TARGET_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final Comparator COMPARATOR_EDEFAULT = Comparator.AT_MOST;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected Comparator comparator = COMPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetLow() <em>Target Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLow()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_LOW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetLow() <em>Target Low</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetLow()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetLow = TARGET_LOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetHigh() <em>Target High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHigh()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_HIGH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetHigh() <em>Target High</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetHigh()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetHigh = TARGET_HIGH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACHIEVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAchieved() <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAchieved()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal achieved = ACHIEVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorAttribute ATTRIBUTE_EDEFAULT = IndicatorAttribute.EXPECTED;

	/**
	 * The cached value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected IndicatorAttribute attribute = ATTRIBUTE_EDEFAULT;

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
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final IndicatorMeasure MEASURE_EDEFAULT = IndicatorMeasure.NONE;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected IndicatorMeasure measure = MEASURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTable() {
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTable(String newTable) {
		String oldTable = table;
		table = newTable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(BigDecimal newBaseline) {
		BigDecimal oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaselineText() {
		return baselineText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineText(String newBaselineText) {
		String oldBaselineText = baselineText;
		baselineText = newBaselineText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__BASELINE_TEXT, oldBaselineText, baselineText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetText() {
		return targetText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetText(String newTargetText) {
		String oldTargetText = targetText;
		targetText = newTargetText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__TARGET_TEXT, oldTargetText, targetText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparator getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(Comparator newComparator) {
		Comparator oldComparator = comparator;
		comparator = newComparator == null ? COMPARATOR_EDEFAULT : newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetLow() {
		return targetLow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetLow(BigDecimal newTargetLow) {
		BigDecimal oldTargetLow = targetLow;
		targetLow = newTargetLow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__TARGET_LOW, oldTargetLow, targetLow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetHigh() {
		return targetHigh;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetHigh(BigDecimal newTargetHigh) {
		BigDecimal oldTargetHigh = targetHigh;
		targetHigh = newTargetHigh;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__TARGET_HIGH, oldTargetHigh, targetHigh));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAchieved() {
		return achieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAchieved(BigDecimal newAchieved) {
		BigDecimal oldAchieved = achieved;
		achieved = newAchieved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__ACHIEVED, oldAchieved, achieved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorAttribute getAttribute() {
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribute(IndicatorAttribute newAttribute) {
		IndicatorAttribute oldAttribute = attribute;
		attribute = newAttribute == null ? ATTRIBUTE_EDEFAULT : newAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__ATTRIBUTE, oldAttribute, attribute));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MinplanPackage.INDICATOR__MINERAL, oldMineral, mineral));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__MINERAL, oldMineral, mineral));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorMeasure getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(IndicatorMeasure newMeasure) {
		IndicatorMeasure oldMeasure = measure;
		measure = newMeasure == null ? MEASURE_EDEFAULT : newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.INDICATOR__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.INDICATOR__TABLE:
				return getTable();
			case MinplanPackage.INDICATOR__NUMBER:
				return getNumber();
			case MinplanPackage.INDICATOR__GROUP:
				return getGroup();
			case MinplanPackage.INDICATOR__UNIT:
				return getUnit();
			case MinplanPackage.INDICATOR__BASELINE:
				return getBaseline();
			case MinplanPackage.INDICATOR__BASELINE_TEXT:
				return getBaselineText();
			case MinplanPackage.INDICATOR__TARGET_TEXT:
				return getTargetText();
			case MinplanPackage.INDICATOR__COMPARATOR:
				return getComparator();
			case MinplanPackage.INDICATOR__TARGET_LOW:
				return getTargetLow();
			case MinplanPackage.INDICATOR__TARGET_HIGH:
				return getTargetHigh();
			case MinplanPackage.INDICATOR__ACHIEVED:
				return getAchieved();
			case MinplanPackage.INDICATOR__ATTRIBUTE:
				return getAttribute();
			case MinplanPackage.INDICATOR__MINERAL:
				if (resolve) return getMineral();
				return basicGetMineral();
			case MinplanPackage.INDICATOR__MEASURE:
				return getMeasure();
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
			case MinplanPackage.INDICATOR__TABLE:
				setTable((String)newValue);
				return;
			case MinplanPackage.INDICATOR__NUMBER:
				setNumber((String)newValue);
				return;
			case MinplanPackage.INDICATOR__GROUP:
				setGroup((String)newValue);
				return;
			case MinplanPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.INDICATOR__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case MinplanPackage.INDICATOR__BASELINE_TEXT:
				setBaselineText((String)newValue);
				return;
			case MinplanPackage.INDICATOR__TARGET_TEXT:
				setTargetText((String)newValue);
				return;
			case MinplanPackage.INDICATOR__COMPARATOR:
				setComparator((Comparator)newValue);
				return;
			case MinplanPackage.INDICATOR__TARGET_LOW:
				setTargetLow((BigDecimal)newValue);
				return;
			case MinplanPackage.INDICATOR__TARGET_HIGH:
				setTargetHigh((BigDecimal)newValue);
				return;
			case MinplanPackage.INDICATOR__ACHIEVED:
				setAchieved((BigDecimal)newValue);
				return;
			case MinplanPackage.INDICATOR__ATTRIBUTE:
				setAttribute((IndicatorAttribute)newValue);
				return;
			case MinplanPackage.INDICATOR__MINERAL:
				setMineral((Mineral)newValue);
				return;
			case MinplanPackage.INDICATOR__MEASURE:
				setMeasure((IndicatorMeasure)newValue);
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
			case MinplanPackage.INDICATOR__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__BASELINE_TEXT:
				setBaselineText(BASELINE_TEXT_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__TARGET_TEXT:
				setTargetText(TARGET_TEXT_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__TARGET_LOW:
				setTargetLow(TARGET_LOW_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__TARGET_HIGH:
				setTargetHigh(TARGET_HIGH_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__ACHIEVED:
				setAchieved(ACHIEVED_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case MinplanPackage.INDICATOR__MINERAL:
				setMineral((Mineral)null);
				return;
			case MinplanPackage.INDICATOR__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
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
			case MinplanPackage.INDICATOR__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case MinplanPackage.INDICATOR__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case MinplanPackage.INDICATOR__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case MinplanPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.INDICATOR__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case MinplanPackage.INDICATOR__BASELINE_TEXT:
				return BASELINE_TEXT_EDEFAULT == null ? baselineText != null : !BASELINE_TEXT_EDEFAULT.equals(baselineText);
			case MinplanPackage.INDICATOR__TARGET_TEXT:
				return TARGET_TEXT_EDEFAULT == null ? targetText != null : !TARGET_TEXT_EDEFAULT.equals(targetText);
			case MinplanPackage.INDICATOR__COMPARATOR:
				return comparator != COMPARATOR_EDEFAULT;
			case MinplanPackage.INDICATOR__TARGET_LOW:
				return TARGET_LOW_EDEFAULT == null ? targetLow != null : !TARGET_LOW_EDEFAULT.equals(targetLow);
			case MinplanPackage.INDICATOR__TARGET_HIGH:
				return TARGET_HIGH_EDEFAULT == null ? targetHigh != null : !TARGET_HIGH_EDEFAULT.equals(targetHigh);
			case MinplanPackage.INDICATOR__ACHIEVED:
				return ACHIEVED_EDEFAULT == null ? achieved != null : !ACHIEVED_EDEFAULT.equals(achieved);
			case MinplanPackage.INDICATOR__ATTRIBUTE:
				return attribute != ATTRIBUTE_EDEFAULT;
			case MinplanPackage.INDICATOR__MINERAL:
				return mineral != null;
			case MinplanPackage.INDICATOR__MEASURE:
				return measure != MEASURE_EDEFAULT;
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
		result.append(" (table: "); //$NON-NLS-1$
		result.append(table);
		result.append(", number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", group: "); //$NON-NLS-1$
		result.append(group);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", baseline: "); //$NON-NLS-1$
		result.append(baseline);
		result.append(", baselineText: "); //$NON-NLS-1$
		result.append(baselineText);
		result.append(", targetText: "); //$NON-NLS-1$
		result.append(targetText);
		result.append(", comparator: "); //$NON-NLS-1$
		result.append(comparator);
		result.append(", targetLow: "); //$NON-NLS-1$
		result.append(targetLow);
		result.append(", targetHigh: "); //$NON-NLS-1$
		result.append(targetHigh);
		result.append(", achieved: "); //$NON-NLS-1$
		result.append(achieved);
		result.append(", attribute: "); //$NON-NLS-1$
		result.append(attribute);
		result.append(", measure: "); //$NON-NLS-1$
		result.append(measure);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
