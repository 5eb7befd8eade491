package org.minplan.report.plan.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.minplan.core.persistence.PlanFileException;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Plan;
import org.minplan.report.Report;
import org.minplan.report.ReportDocument;
import org.minplan.report.ReportDocument.Table;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.sample.SamplePlans;
import org.osgi.framework.FrameworkUtil;

/** The bundled Tacheng sample plan, the printed tables it was transcribed from, and reports run on it. */
final class Sample {

	static final Locale ZH = Locale.CHINESE;

	private static Plan shared;

	private Sample() {
	}

	/** @return the sample as bundled, shared by tests that do not change it */
	static synchronized Plan plan() {
		if (shared == null) {
			shared = fresh();
		}
		return shared;
	}

	/** @return a copy of the sample of its own, for tests that edit the plan */
	static Plan fresh() {
		try {
			return SamplePlans.loadTacheng(new PlanStore());
		} catch (PlanFileException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	static AdministrativeDivision division(Plan plan, String name) {
		return plan.getDivisions().stream().filter(d -> name.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no division " + name));
	}

	/** @return the division a table's row names: the tables print 和布克赛尔县 for 和布克赛尔蒙古自治县 */
	static String divisionName(String printed) {
		return "和布克赛尔县".equals(printed) ? "和布克赛尔蒙古自治县" : printed;
	}

	static ReportDocument generate(Report report, Plan plan, Locale locale) {
		try {
			return report.generate(new ReportInput(plan, null, Map.of(), locale), new NullProgressMonitor());
		} catch (ReportException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** @return the only table of a single-table report's document */
	static Table table(ReportDocument document) {
		List<Table> tables = document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
		if (tables.size() != 1) {
			throw new AssertionError("expected one table, found " + tables.size());
		}
		return tables.get(0);
	}

	static Grid grid(Report report, Plan plan) {
		return new Grid(table(generate(report, plan, ZH)));
	}

	/** @return the data rows of a printed table ({@code seed-tables/*.tsv} of the sample bundle), column → cell */
	static List<Map<String, String>> printed(String file) {
		URL url = FrameworkUtil.getBundle(SamplePlans.class).getEntry("seed-tables/" + file);
		if (url == null) {
			throw new IllegalStateException("org.minplan.sample has no seed-tables/" + file);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
			String[] header = reader.readLine().split("\t", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					String[] cells = line.split("\t", -1);
					Map<String, String> row = new LinkedHashMap<>();
					for (int i = 0; i < header.length; i++) {
						row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
					}
					rows.add(row);
				}
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the header labels of a printed table */
	static List<String> printedHeader(String file) {
		return new ArrayList<>(printed(file).get(0).keySet());
	}

	/** @return text without spaces (the seed's PDF extraction put spaces into some headers: 从业人数 （人）) */
	static String compact(String text) {
		return text.replaceAll("\\s", "");
	}
}
