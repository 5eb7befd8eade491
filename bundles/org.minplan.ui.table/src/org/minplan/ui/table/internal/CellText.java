package org.minplan.ui.table.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.minplan.model.PlanElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.table.ColumnDefinition;

/**
 * Turns cell values into the texts a table shows, copies and pastes, and typed or pasted texts back into
 * values: plan elements by their label (also by code or name), enum values by their display name (also by the
 * model's literal), yes/no, numbers in plain notation (thousands separators accepted).
 */
public final class CellText {

	private CellText() {
	}

	/** @return the text of a value, "" for none */
	public static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof EObject element) {
			return PlanLabels.text(element);
		}
		if (value instanceof Enumerator enumerator) {
			return PlanLabels.literal(enumerator);
		}
		if (value instanceof Boolean b) {
			return TableTexts.get(b ? "cell.yes" : "cell.no");
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (value instanceof Collection<?> many) {
			List<String> parts = new ArrayList<>();
			for (Object o : many) {
				parts.add(format(o));
			}
			return String.join("、", parts);
		}
		return value.toString();
	}

	/**
	 * @param column the column the text is for
	 * @param row    the row element (its choices, e.g. the plan's minerals, depend on the plan it is in)
	 * @param text   as typed or pasted
	 * @return the value the text stands for
	 * @throws CellTextException when the text is not a value of the column, with a message for the user
	 */
	public static Object parse(ColumnDefinition column, EObject row, String text) throws CellTextException {
		String t = text == null ? "" : text.strip();
		List<Object> choices = column.value().choices(row);
		if (!choices.isEmpty()) {
			return choose(column, choices, t);
		}
		Class<?> type = column.value().valueType();
		if (t.isEmpty()) {
			return null;
		}
		try {
			if (type == BigDecimal.class) {
				return new BigDecimal(number(t));
			}
			if (type == Integer.class || type == int.class) {
				return Integer.valueOf(number(t));
			}
			if (type == Long.class || type == long.class) {
				return Long.valueOf(number(t));
			}
			if (type == Double.class || type == double.class) {
				return Double.valueOf(number(t));
			}
			if (type == BigInteger.class) {
				return new BigInteger(number(t));
			}
		} catch (NumberFormatException e) {
			throw new CellTextException(TableTexts.get("cell.notANumber", t, column.header()));
		}
		if (type == String.class || type == Object.class) {
			return text == null ? null : text.strip();
		}
		throw new CellTextException(TableTexts.get("cell.invalid", t, column.header()));
	}

	private static Object choose(ColumnDefinition column, List<Object> choices, String t) throws CellTextException {
		if (t.isEmpty()) {
			if (choices.contains(null)) {
				return null;
			}
			throw new CellTextException(TableTexts.get("cell.required", column.header()));
		}
		for (Object choice : choices) {
			if (choice != null && format(choice).equals(t)) {
				return choice;
			}
		}
		List<Object> matches = new ArrayList<>();
		for (Object choice : choices) {
			if (choice != null && names(choice).stream().anyMatch(n -> n.equalsIgnoreCase(t))) {
				matches.add(choice);
			}
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.size() > 1) {
			throw new CellTextException(TableTexts.get("cell.ambiguous", t, column.header(), matches.size()));
		}
		throw new CellTextException(TableTexts.get("cell.noChoice", t, column.header()));
	}

	/** @return other texts that name a choice: code and name of an element, the literal of an enum value */
	private static List<String> names(Object choice) {
		List<String> names = new ArrayList<>();
		names.add(format(choice));
		if (choice instanceof PlanElement element) {
			add(names, element.getCode());
			add(names, element.getName());
		}
		if (choice instanceof Enumerator enumerator) {
			names.add(enumerator.getName());
			names.add(enumerator.getLiteral());
		}
		if (choice instanceof Boolean b) {
			names.addAll(b ? List.of("true", "yes", "1", "是", "Yes") : List.of("false", "no", "0", "否", "No"));
		}
		return names;
	}

	private static void add(List<String> names, String name) {
		if (name != null && !name.isBlank()) {
			names.add(name.strip());
		}
	}

	private static String number(String t) {
		return t.replace(",", "").replace("，", "").replace(" ", "").replace("\u00a0", "").toLowerCase(Locale.ROOT);
	}

	/** A text that is not a value of its column. */
	public static final class CellTextException extends Exception {
		private static final long serialVersionUID = 1L;

		public CellTextException(String message) {
			super(message);
		}
	}
}
