package org.minplan.validation.rules.consistency.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.minplan.core.i18n.Texts;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Indicator;
import org.minplan.model.Mine;
import org.minplan.model.Mineral;
import org.minplan.model.MinimumScaleStandard;
import org.minplan.model.NarrativeRow;
import org.minplan.model.NarrativeTable;
import org.minplan.model.PrintedStatement;
import org.minplan.model.ReserveIncrease;
import org.minplan.model.ResourceReserve;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.LocalizedText;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;
import org.minplan.validation.support.Minerals;

/**
 * No duplicate rows (无重复行): a table holds at most one row per key — a printed number per table, row,
 * column and printed phrase (a cell listing several items, "金矿 3 个，铍矿 7 个", holds several numbers); an
 * indicator per table, group and name; a reserve or reserve increase per mineral as printed and unit; a
 * minimum scale standard per name; a mine per licence number; a division per code; a mineral per name; and a
 * descriptive table no two identical rows. One finding per repeated key, naming every row.
 */
public final class DuplicateRowsRule extends AbstractRule {

	public static final String ID = "consistency.duplicateRows";

	/** How the rows of one kind are keyed: null keys (incomplete rows) are not compared. */
	private record KeyOf<T extends EObject>(Class<T> type, String keyName, Function<T, String> key) {
	}

	private static final List<KeyOf<?>> KEYS = List.of(
			new KeyOf<>(PrintedStatement.class, "statement",
					s -> blank(s.getTable()) || blank(s.getRowLabel()) ? null
							: join(s.getTable(), s.getRowLabel(), s.getColumnLabel(), s.getQuote())),
			new KeyOf<>(Indicator.class, "indicator",
					i -> blank(i.getName()) ? null : join(i.getTable(), i.getGroup(), i.getName())),
			new KeyOf<>(ResourceReserve.class, "reserve", r -> mineralKey(r.getMineral(), r.getName(), r.getUnit())),
			new KeyOf<>(ReserveIncrease.class, "reserve", r -> mineralKey(r.getMineral(), r.getName(), r.getUnit())),
			new KeyOf<>(MinimumScaleStandard.class, "name", m -> blank(m.getName()) ? null : m.getName().trim()),
			new KeyOf<>(Mine.class, "licence", m -> blank(m.getLicenceNumber()) ? null : m.getLicenceNumber().trim()),
			new KeyOf<>(AdministrativeDivision.class, "code", d -> blank(d.getCode()) ? null : d.getCode().trim()),
			new KeyOf<>(Mineral.class, "name", m -> blank(m.getName()) ? null : m.getName().trim()));

	public DuplicateRowsRule() {
		super(ID, RuleCategory.CONSISTENCY, Severity.ERROR, PRINTED_STATEMENT, INDICATOR, RESOURCE_RESERVE,
				RESERVE_INCREASE, MINIMUM_SCALE_STANDARD, MINE, ADMINISTRATIVE_DIVISION, MINERAL, NARRATIVE_TABLE);
	}

	@Override
	public Reach reach() {
		return Reach.PLAN;
	}

	@Override
	public void check(RuleContext context) {
		for (KeyOf<?> keyOf : KEYS) {
			check(context, keyOf);
		}
		for (NarrativeTable table : context.targets(NarrativeTable.class)) {
			Map<List<String>, Integer> seen = new LinkedHashMap<>();
			List<NarrativeRow> rows = table.getRows();
			for (int i = 0; i < rows.size(); i++) {
				List<String> cells = rows.get(i).getCells().stream().map(c -> c == null ? "" : c.trim()).toList();
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				Integer first = seen.putIfAbsent(cells, i + 1);
				if (first != null) {
					context.finding("narrative", context.label(table), Integer.toString(first),
							Integer.toString(i + 1), String.join(" | ", cells)).on(table).report();
				}
			}
		}
	}

	private static <T extends EObject> void check(RuleContext context, KeyOf<T> keyOf) {
		Map<String, List<T>> byKey = new LinkedHashMap<>();
		for (T element : context.targets(keyOf.type())) {
			String key = keyOf.key().apply(element);
			if (key != null) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(element);
			}
		}
		byKey.forEach((key, elements) -> {
			if (elements.size() > 1) {
				EClass type = elements.get(0).eClass();
				LocalizedText keyName = locale -> Texts.of(DuplicateRowsRule.class, locale).get("key." + keyOf.keyName());
				context.finding("duplicate", Integer.toString(elements.size()), ElementLabels.plural(type), keyName,
						key.replace("\u0000", " · "), String.join("; ", elements.stream().map(context::label).toList()))
						.on(elements).report();
			}
		});
	}

	/** A row of 专栏5 or 专栏9 is keyed by the mineral as printed (水泥用灰岩 and 制灰用石灰岩 are two rows). */
	private static String mineralKey(Mineral mineral, String name, String unit) {
		String m = !blank(name) ? Minerals.normalise(name)
				: mineral != null && mineral.getName() != null ? Minerals.normalise(mineral.getName()) : "";
		return m.isEmpty() ? null : join(m, unit == null ? "" : unit.replaceAll("\\s", ""));
	}

	private static String join(String... parts) {
		List<String> trimmed = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				trimmed.add(part.trim());
			}
		}
		return String.join("\u0000", trimmed);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
