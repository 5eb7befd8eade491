package org.minplan.report.plan.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.minplan.core.i18n.Texts;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ElementSelector;
import org.minplan.model.Plan;
import org.minplan.model.PrintedStatement;
import org.minplan.validation.support.Quantities;

/**
 * What the plan prints in one table, as the model keeps it ({@link PrintedStatement}s with the table's number,
 * row and column labels): the printed figures the regenerated table is compared with, the printed row order
 * and the names the table prints for counties (和布克赛尔县 for 和布克赛尔蒙古自治县).
 */
final class Printed {

	private final List<PrintedStatement> statements;

	private Printed(List<PrintedStatement> statements) {
		this.statements = statements;
	}

	/** @return the statements of one table, e.g. 专栏17, in plan order */
	static Printed of(Plan plan, String table) {
		return new Printed(plan.getStatements().stream().filter(s -> table.equals(s.getTable())).toList());
	}

	/** @return the statements printed in a row and column */
	List<PrintedStatement> at(String rowLabel, String columnLabel) {
		return statements.stream()
				.filter(s -> Objects.equals(rowLabel, s.getRowLabel()) && Objects.equals(columnLabel, s.getColumnLabel()))
				.toList();
	}

	/**
	 * @return the figure printed in a row and column; when the plan prints the same row label twice (专栏6
	 *         建筑用砂) the figures of both rows added, as the model cannot tell their elements apart
	 */
	Optional<BigDecimal> value(String rowLabel, String columnLabel) {
		BigDecimal sum = null;
		for (PrintedStatement s : at(rowLabel, columnLabel)) {
			Optional<BigDecimal> v = value(s);
			if (v.isPresent()) {
				sum = sum == null ? v.get() : sum.add(v.get());
			}
		}
		return Optional.ofNullable(sum);
	}

	/** @return the number a statement prints, if it prints one (not "xxx" or blank) */
	static Optional<BigDecimal> value(PrintedStatement statement) {
		return statement.getValue() != null ? Optional.of(statement.getValue())
				: Quantities.parseNumber(statement.getValueText());
	}

	/** @return the row labels printed in a column, in printed order, each once */
	List<String> rowLabels(String columnLabel) {
		Set<String> rows = new LinkedHashSet<>();
		statements.stream().filter(s -> columnLabel.equals(s.getColumnLabel()))
				.map(PrintedStatement::getRowLabel).filter(Objects::nonNull).forEach(rows::add);
		return new ArrayList<>(rows);
	}

	/** @return row labels printed more than once in a column (as two different rows), in printed order */
	List<String> repeatedRows(String columnLabel) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		statements.stream().filter(s -> columnLabel.equals(s.getColumnLabel()))
				.forEach(s -> counts.merge(s.getRowLabel(), 1, Integer::sum));
		return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
	}

	/** @return the mineral texts the printed row lists in a column, in printed order (专栏17 合计: 油砂, 金矿 …) */
	List<String> mineralTexts(String rowLabel, String columnLabel) {
		List<String> minerals = new ArrayList<>();
		for (PrintedStatement s : at(rowLabel, columnLabel)) {
			for (ElementSelector selector : s.getSelector()) {
				if (selector.getMineralText() != null && !selector.getMineralText().isBlank()
						&& !minerals.contains(selector.getMineralText())) {
					minerals.add(selector.getMineralText());
				}
			}
		}
		return minerals;
	}

	/**
	 * @param columnLabel the column whose rows give the order (e.g. 新设数量), or null for plan order
	 * @return the row label the table prints for each county its statements select, in printed order
	 */
	Map<AdministrativeDivision, String> countyLabels(String columnLabel) {
		Map<AdministrativeDivision, String> labels = new LinkedHashMap<>();
		List<PrintedStatement> ordered = new ArrayList<>(statements);
		if (columnLabel != null) {
			ordered.sort((a, b) -> Boolean.compare(!columnLabel.equals(a.getColumnLabel()),
					!columnLabel.equals(b.getColumnLabel())));
		}
		for (PrintedStatement s : ordered) {
			for (ElementSelector selector : s.getSelector()) {
				if (selector.getCounty() != null && s.getRowLabel() != null) {
					labels.putIfAbsent(selector.getCounty(), s.getRowLabel());
				}
			}
		}
		return labels;
	}

	/**
	 * Notes a difference between the model and the printed figure of a cell, if the plan prints one; the printed
	 * figure keeps its printed decimals (201.00).
	 *
	 * @param rowLabel    the row as printed (looked up)
	 * @param columnLabel the column as printed (looked up)
	 * @param shown       how the note names the cell
	 * @param model       the value the model gives
	 */
	void compare(TableBuilder table, Texts texts, String rowLabel, String columnLabel, String shown, BigDecimal model) {
		value(rowLabel, columnLabel).filter(printed -> printed.compareTo(model) != 0).ifPresent(printed -> table
				.note(texts.get("note.differs", shown, Quantities.format(model), printed.toPlainString())));
	}
}
