/**
 */
package org.minplan.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.minplan.model.ElementSelector;
import org.minplan.model.MinplanPackage;
import org.minplan.model.PrintedStatement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Printed Statement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getTable <em>Table</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getRowLabel <em>Row Label</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getColumnLabel <em>Column Label</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getValueText <em>Value Text</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getSeedLine <em>Seed Line</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#isTotal <em>Total</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getParts <em>Parts</em>}</li>
 *   <li>{@link org.minplan.model.impl.PrintedStatementImpl#getSelector <em>Selector</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrintedStatementImpl extends PlanElementImpl implements PrintedStatement {
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
	 * The default value of the '{@link #getRowLabel() <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String ROW_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRowLabel() <em>Row Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabel()
	 * @generated
	 * @ordered
	 */
	protected String rowLabel = ROW_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnLabel() <em>Column Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnLabel() <em>Column Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnLabel()
	 * @generated
	 * @ordered
	 */
	protected String columnLabel = COLUMN_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueText() <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueText()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValueText() <em>Value Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueText()
	 * @generated
	 * @ordered
	 */
	protected String valueText = VALUE_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal value = VALUE_EDEFAULT;

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
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeedLine() <em>Seed Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SEED_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeedLine() <em>Seed Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedLine()
	 * @generated
	 * @ordered
	 */
	protected int seedLine = SEED_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTotal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOTAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTotal() <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTotal()
	 * @generated
	 * @ordered
	 */
	protected boolean total = TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParts() <em>Parts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParts()
	 * @generated
	 * @ordered
	 */
	protected EList<PrintedStatement> parts;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected EList<ElementSelector> selector;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrintedStatementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MinplanPackage.Literals.PRINTED_STATEMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__TABLE, oldTable, table));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRowLabel() {
		return rowLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowLabel(String newRowLabel) {
		String oldRowLabel = rowLabel;
		rowLabel = newRowLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__ROW_LABEL, oldRowLabel, rowLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnLabel() {
		return columnLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnLabel(String newColumnLabel) {
		String oldColumnLabel = columnLabel;
		columnLabel = newColumnLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL, oldColumnLabel, columnLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValueText() {
		return valueText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueText(String newValueText) {
		String oldValueText = valueText;
		valueText = newValueText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT, oldValueText, valueText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(BigDecimal newValue) {
		BigDecimal oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeedLine() {
		return seedLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeedLine(int newSeedLine) {
		int oldSeedLine = seedLine;
		seedLine = newSeedLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__SEED_LINE, oldSeedLine, seedLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(boolean newTotal) {
		boolean oldTotal = total;
		total = newTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MinplanPackage.PRINTED_STATEMENT__TOTAL, oldTotal, total));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PrintedStatement> getParts() {
		if (parts == null) {
			parts = new EObjectResolvingEList<PrintedStatement>(PrintedStatement.class, this, MinplanPackage.PRINTED_STATEMENT__PARTS);
		}
		return parts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ElementSelector> getSelector() {
		if (selector == null) {
			selector = new EObjectContainmentEList<ElementSelector>(ElementSelector.class, this, MinplanPackage.PRINTED_STATEMENT__SELECTOR);
		}
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				return ((InternalEList<?>)getSelector()).basicRemove(otherEnd, msgs);
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
			case MinplanPackage.PRINTED_STATEMENT__TABLE:
				return getTable();
			case MinplanPackage.PRINTED_STATEMENT__ROW_LABEL:
				return getRowLabel();
			case MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL:
				return getColumnLabel();
			case MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT:
				return getValueText();
			case MinplanPackage.PRINTED_STATEMENT__VALUE:
				return getValue();
			case MinplanPackage.PRINTED_STATEMENT__UNIT:
				return getUnit();
			case MinplanPackage.PRINTED_STATEMENT__QUOTE:
				return getQuote();
			case MinplanPackage.PRINTED_STATEMENT__SEED_LINE:
				return getSeedLine();
			case MinplanPackage.PRINTED_STATEMENT__TOTAL:
				return isTotal();
			case MinplanPackage.PRINTED_STATEMENT__PARTS:
				return getParts();
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				return getSelector();
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
			case MinplanPackage.PRINTED_STATEMENT__TABLE:
				setTable((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__ROW_LABEL:
				setRowLabel((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL:
				setColumnLabel((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT:
				setValueText((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__VALUE:
				setValue((BigDecimal)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__UNIT:
				setUnit((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__QUOTE:
				setQuote((String)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__SEED_LINE:
				setSeedLine((Integer)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__TOTAL:
				setTotal((Boolean)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__PARTS:
				getParts().clear();
				getParts().addAll((Collection<? extends PrintedStatement>)newValue);
				return;
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				getSelector().clear();
				getSelector().addAll((Collection<? extends ElementSelector>)newValue);
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
			case MinplanPackage.PRINTED_STATEMENT__TABLE:
				setTable(TABLE_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__ROW_LABEL:
				setRowLabel(ROW_LABEL_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL:
				setColumnLabel(COLUMN_LABEL_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT:
				setValueText(VALUE_TEXT_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__SEED_LINE:
				setSeedLine(SEED_LINE_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__TOTAL:
				setTotal(TOTAL_EDEFAULT);
				return;
			case MinplanPackage.PRINTED_STATEMENT__PARTS:
				getParts().clear();
				return;
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				getSelector().clear();
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
			case MinplanPackage.PRINTED_STATEMENT__TABLE:
				return TABLE_EDEFAULT == null ? table != null : !TABLE_EDEFAULT.equals(table);
			case MinplanPackage.PRINTED_STATEMENT__ROW_LABEL:
				return ROW_LABEL_EDEFAULT == null ? rowLabel != null : !ROW_LABEL_EDEFAULT.equals(rowLabel);
			case MinplanPackage.PRINTED_STATEMENT__COLUMN_LABEL:
				return COLUMN_LABEL_EDEFAULT == null ? columnLabel != null : !COLUMN_LABEL_EDEFAULT.equals(columnLabel);
			case MinplanPackage.PRINTED_STATEMENT__VALUE_TEXT:
				return VALUE_TEXT_EDEFAULT == null ? valueText != null : !VALUE_TEXT_EDEFAULT.equals(valueText);
			case MinplanPackage.PRINTED_STATEMENT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case MinplanPackage.PRINTED_STATEMENT__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case MinplanPackage.PRINTED_STATEMENT__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case MinplanPackage.PRINTED_STATEMENT__SEED_LINE:
				return seedLine != SEED_LINE_EDEFAULT;
			case MinplanPackage.PRINTED_STATEMENT__TOTAL:
				return total != TOTAL_EDEFAULT;
			case MinplanPackage.PRINTED_STATEMENT__PARTS:
				return parts != null && !parts.isEmpty();
			case MinplanPackage.PRINTED_STATEMENT__SELECTOR:
				return selector != null && !selector.isEmpty();
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
		result.append(", rowLabel: "); //$NON-NLS-1$
		result.append(rowLabel);
		result.append(", columnLabel: "); //$NON-NLS-1$
		result.append(columnLabel);
		result.append(", valueText: "); //$NON-NLS-1$
		result.append(valueText);
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", quote: "); //$NON-NLS-1$
		result.append(quote);
		result.append(", seedLine: "); //$NON-NLS-1$
		result.append(seedLine);
		result.append(", total: "); //$NON-NLS-1$
		result.append(total);
		result.append(')');
		return result.toString();
	}

} //PrintedStatementImpl
