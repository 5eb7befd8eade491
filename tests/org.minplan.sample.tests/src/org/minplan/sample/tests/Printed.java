package org.minplan.sample.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minplan.sample.SamplePlans;
import org.osgi.framework.FrameworkUtil;

/**
 * The printed tables as the tests read them: straight from the bundle's {@code seed-tables/*.tsv}, with a
 * reader of their own (not the builder's), so that a builder that misreads a table fails the tests.
 */
final class Printed {

	private Printed() {
	}

	/** @return the data rows of a table, each as column label → cell (trimmed) */
	static List<Map<String, String>> rows(String file) {
		URL url = FrameworkUtil.getBundle(SamplePlans.class).getEntry("seed-tables/" + file);
		if (url == null) {
			throw new IllegalStateException("org.minplan.sample has no seed-tables/" + file);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
			String[] header = reader.readLine().split("\t", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], i < cells.length ? cells[i].strip() : "");
				}
				rows.add(row);
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the printed number without thousands separators and with its printed decimals; null when blank */
	static BigDecimal number(String printed) {
		return printed == null || printed.isBlank() ? null : new BigDecimal(printed.replace(",", ""));
	}

	/** @return the printed county name as the plan names the division (和布克赛尔县 is printed for the autonomous county) */
	static String division(String printed) {
		return printed.equals("和布克赛尔县") ? "和布克赛尔蒙古自治县" : printed;
	}
}
