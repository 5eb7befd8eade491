package org.minplan.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import org.minplan.core.persistence.AtomicFileWriter;

/**
 * The validation settings of one plan: which rules are switched off, severities changed, parameter values.
 * Rules not mentioned run with their defaults.
 * <p>
 * Stored next to the plan file as a properties file (UTF-8), {@code tacheng.minplan} →
 * {@code tacheng.validation.properties} ({@link #fileFor}), which {@code minplan validate} reads too:
 * <pre>
 * integrity.statedArea.enabled = false
 * spatial.miningOverExploration.severity = error
 * integrity.statedArea.param.tolerancePercent = 2.5
 * </pre>
 * Thread-safe; the engine works on a {@link #copy()} taken when a check starts.
 */
public final class RuleSettings {

	private static final String ENABLED = ".enabled";
	private static final String SEVERITY = ".severity";
	private static final String PARAM = ".param.";
	private static final String PLAN_SUFFIX = ".minplan";
	private static final String FILE_SUFFIX = ".validation.properties";

	private final Map<String, Boolean> enabled = new HashMap<>();
	private final Map<String, Severity> severities = new HashMap<>();
	private final Map<String, String> parameters = new HashMap<>();

	/** Settings under which every rule runs with its defaults. */
	public RuleSettings() {
	}

	/** @return the settings file of a plan file: same folder, {@code <name>.validation.properties} */
	public static Path fileFor(Path planFile) {
		String name = planFile.getFileName().toString();
		String base = name.endsWith(PLAN_SUFFIX) ? name.substring(0, name.length() - PLAN_SUFFIX.length()) : name;
		return planFile.resolveSibling(base + FILE_SUFFIX);
	}

	/** @return whether the rule runs (true unless switched off) */
	public synchronized boolean isEnabled(String ruleId) {
		return enabled.getOrDefault(ruleId, Boolean.TRUE);
	}

	/** Switches a rule on or off. */
	public synchronized void setEnabled(String ruleId, boolean on) {
		enabled.put(ruleId, on);
	}

	/** @return the severity the plan gives the rule's findings instead of theirs, if any */
	public synchronized Optional<Severity> severity(String ruleId) {
		return Optional.ofNullable(severities.get(ruleId));
	}

	/** Sets the severity of all findings of a rule; {@code null} returns to the rule's own. */
	public synchronized void setSeverity(String ruleId, Severity severity) {
		if (severity == null) {
			severities.remove(ruleId);
		} else {
			severities.put(ruleId, severity);
		}
	}

	/** @return the plan's value of a rule parameter, if it sets one */
	public synchronized Optional<String> parameter(String ruleId, String key) {
		return Optional.ofNullable(parameters.get(ruleId + PARAM + key));
	}

	/** Sets a parameter value; {@code null} returns to the default. */
	public synchronized void setParameter(String ruleId, String key, String value) {
		if (value == null) {
			parameters.remove(ruleId + PARAM + key);
		} else {
			parameters.put(ruleId + PARAM + key, value);
		}
	}

	/** @return an independent copy */
	public synchronized RuleSettings copy() {
		RuleSettings copy = new RuleSettings();
		copy.enabled.putAll(enabled);
		copy.severities.putAll(severities);
		copy.parameters.putAll(parameters);
		return copy;
	}

	/**
	 * Reads settings written by {@link #save}. Lines that are not settings (unknown suffix, unknown
	 * severity) are ignored, so a file written by a newer version still loads.
	 *
	 * @throws IOException if the file cannot be read
	 */
	public static RuleSettings load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		RuleSettings settings = new RuleSettings();
		for (String key : properties.stringPropertyNames()) {
			String value = properties.getProperty(key).trim();
			int param = key.indexOf(PARAM);
			if (param > 0) {
				settings.parameters.put(key, value);
			} else if (key.endsWith(ENABLED)) {
				settings.enabled.put(key.substring(0, key.length() - ENABLED.length()), !"false".equalsIgnoreCase(value));
			} else if (key.endsWith(SEVERITY)) {
				Severity.parse(value).ifPresent(
						s -> settings.severities.put(key.substring(0, key.length() - SEVERITY.length()), s));
			}
		}
		return settings;
	}

	/** @return the settings of a plan file from its settings file, or defaults when there is none */
	public static RuleSettings loadFor(Path planFile) throws IOException {
		Path file = fileFor(planFile);
		return Files.exists(file) ? load(file) : new RuleSettings();
	}

	/** Writes the settings atomically (sorted, so the file diffs well). */
	public void save(Path file) throws IOException {
		Map<String, String> lines = new TreeMap<>();
		synchronized (this) {
			enabled.forEach((rule, on) -> lines.put(rule + ENABLED, on.toString()));
			severities.forEach((rule, severity) -> lines.put(rule + SEVERITY, severity.id()));
			lines.putAll(parameters);
		}
		StringWriter text = new StringWriter();
		text.write("# Validation settings of a Mineral Plan Workbench plan (rule id . enabled | severity | param.<name>)\n");
		for (Map.Entry<String, String> line : lines.entrySet()) {
			text.write(escape(line.getKey()) + " = " + escape(line.getValue()) + "\n");
		}
		new AtomicFileWriter().write(file, out -> {
			Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(text.toString());
			writer.flush();
		});
	}

	private static String escape(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
			case '\\', '=', ':', '#', '!' -> b.append('\\').append(c);
			case '\n' -> b.append("\\n");
			default -> b.append(c);
			}
		}
		return b.toString();
	}
}
