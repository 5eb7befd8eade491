/**
 */
package org.minplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.model.MinplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Environmental Zone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.EnvironmentalZoneImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.minplan.model.impl.EnvironmentalZoneImpl#getGroupNumber <em>Group Number</em>}</li>
 *   <li>{@link org.minplan.model.impl.EnvironmentalZoneImpl#getMainMines <em>Main Mines</em>}</li>
 *   <li>{@link org.minplan.model.impl.EnvironmentalZoneImpl#getHazards <em>Hazards</em>}</li>
 *   <li>{@link org.minplan.model.impl.EnvironmentalZoneImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentalZoneImpl extends SpatialElementImpl implements EnvironmentalZone {
	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final EnvironmentalGrade GRADE_EDEFAULT = EnvironmentalGrade.KEY_TREATMENT;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected EnvironmentalGrade grade = GRADE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupNumber() <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupNumber() <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupNumber()
	 * @generated
	 * @ordered
	 */
	protected String groupNumber = GROUP_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMainMines() <em>Main Mines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainMines()
	 * @generated
	 * @ordered
	 */
	protected static final String MAIN_MINES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMainMines() <em>Main Mines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMainMines()
	 * @generated
	 * @ordered
	 */
	protected String mainMines = MAIN_MINES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHazards() <em>Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected static final String HAZARDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHazards() <em>Hazards</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHazards()
	 * @generated
	 * @ordered
	 */
	protected String hazards = HAZARDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTasks() <em>Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected static final String TASKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected String tasks = TASKS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvironmentalZoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.ENVIRONMENTAL_ZONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentalGrade getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(EnvironmentalGrade newGrade) {
		EnvironmentalGrade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ENVIRONMENTAL_ZONE__GRADE, oldGrade, grade));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupNumber() {
		return groupNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupNumber(String newGroupNumber) {
		String oldGroupNumber = groupNumber;
		groupNumber = newGroupNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ENVIRONMENTAL_ZONE__GROUP_NUMBER, oldGroupNumber, groupNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMainMines() {
		return mainMines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMainMines(String newMainMines) {
		String oldMainMines = mainMines;
		mainMines = newMainMines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ENVIRONMENTAL_ZONE__MAIN_MINES, oldMainMines, mainMines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHazards() {
		return hazards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHazards(String newHazards) {
		String oldHazards = hazards;
		hazards = newHazards;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ENVIRONMENTAL_ZONE__HAZARDS, oldHazards, hazards));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTasks() {
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTasks(String newTasks) {
		String oldTasks = tasks;
		tasks = newTasks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.ENVIRONMENTAL_ZONE__TASKS, oldTasks, tasks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MinplanPackage.ENVIRONMENTAL_ZONE__GRADE:
				return getGrade();
			case MinplanPackage.ENVIRONMENTAL_ZONE__GROUP_NUMBER:
				return getGroupNumber();
			case MinplanPackage.ENVIRONMENTAL_ZONE__MAIN_MINES:
				return getMainMines();
			case MinplanPackage.ENVIRONMENTAL_ZONE__HAZARDS:
				return getHazards();
			case MinplanPackage.ENVIRONMENTAL_ZONE__TASKS:
				return getTasks();
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
			case MinplanPackage.ENVIRONMENTAL_ZONE__GRADE:
				setGrade((EnvironmentalGrade)newValue);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__GROUP_NUMBER:
				setGroupNumber((String)newValue);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__MAIN_MINES:
				setMainMines((String)newValue);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__HAZARDS:
				setHazards((String)newValue);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__TASKS:
				setTasks((String)newValue);
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
			case MinplanPackage.ENVIRONMENTAL_ZONE__GRADE:
				setGrade(GRADE_EDEFAULT);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__GROUP_NUMBER:
				setGroupNumber(GROUP_NUMBER_EDEFAULT);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__MAIN_MINES:
				setMainMines(MAIN_MINES_EDEFAULT);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__HAZARDS:
				setHazards(HAZARDS_EDEFAULT);
				return;
			case MinplanPackage.ENVIRONMENTAL_ZONE__TASKS:
				setTasks(TASKS_EDEFAULT);
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
			case MinplanPackage.ENVIRONMENTAL_ZONE__GRADE:
				return grade != GRADE_EDEFAULT;
			case MinplanPackage.ENVIRONMENTAL_ZONE__GROUP_NUMBER:
				return GROUP_NUMBER_EDEFAULT == null ? groupNumber != null : !GROUP_NUMBER_EDEFAULT.equals(groupNumber);
			case MinplanPackage.ENVIRONMENTAL_ZONE__MAIN_MINES:
				return MAIN_MINES_EDEFAULT == null ? mainMines != null : !MAIN_MINES_EDEFAULT.equals(mainMines);
			case MinplanPackage.ENVIRONMENTAL_ZONE__HAZARDS:
				return HAZARDS_EDEFAULT == null ? hazards != null : !HAZARDS_EDEFAULT.equals(hazards);
			case MinplanPackage.ENVIRONMENTAL_ZONE__TASKS:
				return TASKS_EDEFAULT == null ? tasks != null : !TASKS_EDEFAULT.equals(tasks);
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
		result.append(" (grade: "); //$NON-NLS-1$
		result.append(grade);
		result.append(", groupNumber: "); //$NON-NLS-1$
		result.append(groupNumber);
		result.append(", mainMines: "); //$NON-NLS-1$
		result.append(mainMines);
		result.append(", hazards: "); //$NON-NLS-1$
		result.append(hazards);
		result.append(", tasks: "); //$NON-NLS-1$
		result.append(tasks);
		result.append(')');
		return result.toString();
	}

} //EnvironmentalZoneImpl
