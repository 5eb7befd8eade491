package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.minplan.core.i18n.Texts;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.ElementSelector;
import org.minplan.model.Mineral;
import org.minplan.model.MineScale;
import org.minplan.model.PrintedStatement;
import org.minplan.model.StatementMeasure;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;
import org.minplan.validation.support.Quantities;

/**
 * Breakdowns add up (分项合计): where a table (or one line of text) prints a number and, next to it, the same
 * number broken down by county, by mineral or by scale, the parts add up to it — e.g. 额敏县 26 exploration
 * blocks in 专栏17 and its mineral items 3 + 7 + 5 + 3 + 2 + 2 + 3 = 25; "非油气矿山 241 个，其中大型 11 个、
 * 中型 22 个、小型 155 个、小矿 68 个" = 256. Found generically from the statements' selectors: a breakdown
 * row selects what its parent selects plus one more filter. A breakdown printed next to a number is taken to
 * be complete — unless a row of the same column (or line of text) selects nothing, such as 其他 or a row
 * printed twice that no selector can tell apart: then the breakdown is not checked. Breakdowns a total
 * already lists as its {@link PrintedStatement#getParts() parts} are left to {@code consistency.printedTotal}.
 */
public final class BreakdownRule extends AbstractRule {

	public static final String ID = "consistency.breakdown";

	/** The dimensions a number is broken down by. */
	enum Dimension {
		COUNTY, MINERAL, SCALE
	}

	/** A statement's single selector, normalised for comparison. */
	private record Key(String group, String type, StatementMeasure measure, AdministrativeDivision county,
			Set<Mineral> minerals, String mineralText, MineScale scale) {

		boolean has(Dimension d) {
			return switch (d) {
			case COUNTY -> county != null;
			case MINERAL -> !minerals.isEmpty() || !mineralText.isEmpty();
			case SCALE -> scale != null;
			};
		}

		/** @return whether this key is {@code parent} plus dimension {@code d} */
		boolean refines(Key parent, Dimension d) {
			if (!group.equals(parent.group) || !type.equals(parent.type) || measure != parent.measure
					|| parent.has(d) || !has(d)) {
				return false;
			}
			boolean countyEqual = d == Dimension.COUNTY || county == parent.county;
			boolean mineralEqual = d == Dimension.MINERAL
					|| minerals.equals(parent.minerals) && mineralText.equals(parent.mineralText);
			boolean scaleEqual = d == Dimension.SCALE || scale == parent.scale;
			return countyEqual && mineralEqual && scaleEqual;
		}
	}

	public BreakdownRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, PRINTED_STATEMENT);
	}

	@Override
	public Reach reach() {
		return Reach.PLAN;
	}

	@Override
	public void check(RuleContext context) {
		Map<PrintedStatement, Key> keys = new LinkedHashMap<>();
		Map<String, List<PrintedStatement>> groups = new LinkedHashMap<>();
		Set<String> unselected = new HashSet<>();
		for (PrintedStatement statement : context.targets(PrintedStatement.class)) {
			if (statement.getSelector().size() != 1) {
				unselected.add(column(statement));
				continue;
			}
			if (Statements.value(statement).isEmpty()) {
				continue;
			}
			Key key = key(statement);
			keys.put(statement, key);
			groups.computeIfAbsent(key.group() + "|" + key.type() + "|" + key.measure(), g -> new ArrayList<>())
					.add(statement);
		}
		for (List<PrintedStatement> group : groups.values()) {
			for (PrintedStatement parent : group) {
				Key parentKey = keys.get(parent);
				for (Dimension d : Dimension.values()) {
					List<PrintedStatement> family = new ArrayList<>();
					for (PrintedStatement child : group) {
						if (child != parent && keys.get(child).refines(parentKey, d)) {
							family.add(child);
						}
					}
					if (family.isEmpty() || parent.isTotal() && new HashSet<>(parent.getParts()).equals(new HashSet<>(family))
							|| family.stream().anyMatch(child -> unselected.contains(column(child)))) {
						continue; // left to consistency.printedTotal, or possibly incomplete
					}
					check(context, parent, family, d);
				}
			}
		}
	}

	private static void check(RuleContext context, PrintedStatement parent, List<PrintedStatement> family,
			Dimension d) {
		BigDecimal printed = Statements.value(parent).orElseThrow();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal allowance = BigDecimal.ZERO;
		for (PrintedStatement child : family) {
			BigDecimal value = Statements.value(child).orElseThrow();
			sum = sum.add(value);
			allowance = allowance.add(Quantities.halfUnit(value));
		}
		if (!Quantities.agrees(printed, sum, allowance)) {
			List<PrintedStatement> concerned = new ArrayList<>();
			concerned.add(parent);
			concerned.addAll(family);
			LocalizedText dimension = locale -> Texts.of(BreakdownRule.class, locale)
					.get("dimension." + d.name().toLowerCase(java.util.Locale.ROOT));
			context.finding("sum", context.label(parent), Quantities.format(printed), dimension,
					Integer.toString(family.size()), Quantities.format(sum)).on(concerned).report();
		}
	}

	/**
	 * @return the column a statement is printed in (table and column label), or its line of text: where a
	 *         row without a single selector (e.g. 其他, or a row printed twice) makes a breakdown incomplete
	 */
	private static String column(PrintedStatement statement) {
		return statement.getTable() != null && !statement.getTable().isBlank()
				? statement.getTable().trim() + "|" + Objects.toString(statement.getColumnLabel(), "").trim()
				: "line:" + statement.getSeedLine() + ":" + (statement.getSeedLine() > 0 ? "" : statement.getQuote());
	}

	private static Key key(PrintedStatement statement) {
		ElementSelector s = statement.getSelector().get(0);
		String group = statement.getTable() != null && !statement.getTable().isBlank() ? "table:" + statement.getTable().trim()
				: statement.getSeedLine() > 0 ? "line:" + statement.getSeedLine()
						: "quote:" + Objects.toString(statement.getQuote(), "");
		Set<Mineral> minerals = new HashSet<>(s.getMinerals());
		String text = Minerals.normalise(s.getMineralText());
		return new Key(group, Objects.toString(s.getElementType(), "").trim(), s.getMeasure(), s.getCounty(), minerals,
				text, s.isUseScale() ? s.getScale() : null);
	}
}
