package org.minplan.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.minplan.report.internal.Log;

/**
 * The reports known to the application. The only reader of the extension point {@value #EXTENSION_POINT}
 * ({@link #fromExtensions}); outside OSGi (tests, tools) reports are registered in plain Java ({@link #of}). A
 * broken contribution — class missing or not a {@link Report}, id used twice, an id in plugin.xml that differs
 * from the class's {@link Report#id()} — is logged with the bundle that contributed it and skipped; the other
 * reports still load. Reports are listed by id.
 */
public final class ReportRegistry {

	/** Id of the extension point reports are contributed to. Permanent API. */
	public static final String EXTENSION_POINT = "org.minplan.report.reports";

	private final List<Report> reports;
	private final List<String> problems;

	private ReportRegistry(List<Report> reports, List<String> problems) {
		List<Report> sorted = new ArrayList<>(reports);
		sorted.sort(Comparator.comparing(Report::id));
		this.reports = List.copyOf(sorted);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return a registry of these reports
	 * @throws IllegalArgumentException if two reports share an id
	 */
	public static ReportRegistry of(Collection<? extends Report> reports) {
		Map<String, Report> byId = new LinkedHashMap<>();
		for (Report report : reports) {
			if (byId.putIfAbsent(report.id(), report) != null) {
				throw new IllegalArgumentException("Two reports have the id " + report.id());
			}
		}
		return new ReportRegistry(new ArrayList<>(byId.values()), List.of());
	}

	/** @see #of(Collection) */
	public static ReportRegistry of(Report... reports) {
		return of(Arrays.asList(reports));
	}

	/**
	 * @return the reports contributed to {@value #EXTENSION_POINT} in the running platform; empty (with a
	 *         problem noted) when no platform runs
	 */
	public static ReportRegistry fromPlatform() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return new ReportRegistry(List.of(), List.of("No extension registry: not running in OSGi"));
		}
		return fromExtensions(registry);
	}

	/** @return the reports contributed to {@value #EXTENSION_POINT} of this extension registry */
	public static ReportRegistry fromExtensions(IExtensionRegistry registry) {
		Map<String, Report> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName();
			String id = element.getAttribute("id");
			String problem = null;
			Report report = null;
			if (!"report".equals(element.getName())) {
				problem = "unknown element <" + element.getName() + ">";
			} else if (id == null || id.isBlank()) {
				problem = "a <report> has no id";
			} else if (byId.containsKey(id)) {
				problem = "the report id is already registered by another contribution";
			} else {
				try {
					Object created = element.createExecutableExtension("class");
					if (!(created instanceof Report r)) {
						problem = "class " + element.getAttribute("class") + " does not implement "
								+ Report.class.getName();
					} else if (!id.equals(r.id())) {
						problem = "plugin.xml says id " + id + ", the class says " + r.id();
					} else {
						report = r;
					}
				} catch (CoreException | RuntimeException | LinkageError e) {
					problem = "class " + element.getAttribute("class") + " cannot be created: " + e.getMessage();
				}
			}
			if (problem != null) {
				String message = "Broken report contribution from bundle " + bundle + " (report "
						+ (id == null ? "without id" : id) + "): " + problem + ". The report is skipped.";
				problems.add(message);
				Log.error(message);
			} else {
				byId.put(id, report);
			}
		}
		return new ReportRegistry(new ArrayList<>(byId.values()), problems);
	}

	/** @return the reports, by id */
	public List<Report> reports() {
		return reports;
	}

	/** @return the report of that id */
	public Optional<Report> report(String id) {
		return reports.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/** @return the ids of the reports, in order */
	public List<String> ids() {
		return reports.stream().map(Report::id).toList();
	}

	/** @return the broken contributions that were skipped, each naming its bundle */
	public List<String> problems() {
		return problems;
	}
}
