package org.minplan.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.minplan.validation.internal.Log;

/**
 * The validation rules known to the application. The only reader of the extension point
 * {@value #EXTENSION_POINT} ({@link #fromExtensions}); outside OSGi (tests, tools) rules are registered in
 * plain Java ({@link #of}). A broken contribution — class missing or not a {@link Rule}, id used twice,
 * attributes in plugin.xml that disagree with the class — is logged with the bundle that contributed it and
 * skipped; the other rules still load.
 */
public final class RuleRegistry {

	/** Id of the extension point rules are contributed to. Permanent API. */
	public static final String EXTENSION_POINT = "org.minplan.validation.rules";

	private static final Comparator<Rule> ORDER = Comparator.comparing(Rule::category).thenComparing(Rule::id);

	private final List<Rule> rules;
	private final List<String> problems;

	private RuleRegistry(List<Rule> rules, List<String> problems) {
		this.rules = List.copyOf(rules);
		this.problems = List.copyOf(problems);
	}

	/**
	 * @return a registry of these rules, in this order
	 * @throws IllegalArgumentException if two rules share an id
	 */
	public static RuleRegistry of(Collection<? extends Rule> rules) {
		Map<String, Rule> byId = new LinkedHashMap<>();
		for (Rule rule : rules) {
			if (byId.putIfAbsent(rule.id(), rule) != null) {
				throw new IllegalArgumentException("Two rules have the id " + rule.id());
			}
		}
		return new RuleRegistry(new ArrayList<>(byId.values()), List.of());
	}

	/** @see #of(Collection) */
	public static RuleRegistry of(Rule... rules) {
		return of(Arrays.asList(rules));
	}

	/**
	 * @return the rules contributed to {@value #EXTENSION_POINT} in the running platform; empty (with a
	 *         problem noted) when no platform runs
	 */
	public static RuleRegistry fromPlatform() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		if (registry == null) {
			return new RuleRegistry(List.of(), List.of("No extension registry: not running in OSGi"));
		}
		return fromExtensions(registry);
	}

	/** @return the rules contributed to {@value #EXTENSION_POINT}, by category, then id */
	public static RuleRegistry fromExtensions(IExtensionRegistry registry) {
		List<Rule> rules = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Set<String> ids = new TreeSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String bundle = element.getContributor().getName();
			String id = element.getAttribute("id");
			String problem = null;
			Rule rule = null;
			if (!"rule".equals(element.getName())) {
				problem = "unknown element <" + element.getName() + ">";
			} else if (id == null || id.isBlank()) {
				problem = "a <rule> has no id";
			} else if (ids.contains(id)) {
				problem = "the rule id is already registered by another contribution";
			} else {
				try {
					Object created = element.createExecutableExtension("class");
					if (created instanceof Rule r) {
						rule = r;
						problem = mismatch(element, r);
					} else {
						problem = "class " + element.getAttribute("class") + " does not implement "
								+ Rule.class.getName();
					}
				} catch (CoreException | RuntimeException | LinkageError e) {
					problem = "class " + element.getAttribute("class") + " cannot be created: " + e.getMessage();
				}
			}
			if (problem != null) {
				String message = "Broken validation rule contribution from bundle " + bundle + " (rule "
						+ (id == null ? "without id" : id) + "): " + problem + ". The rule is skipped.";
				problems.add(message);
				Log.error(message);
			} else {
				ids.add(id);
				rules.add(rule);
			}
		}
		rules.sort(ORDER);
		return new RuleRegistry(rules, problems);
	}

	/** @return what plugin.xml says that the class does not, or null when they agree */
	private static String mismatch(IConfigurationElement element, Rule rule) {
		String id = element.getAttribute("id");
		if (!id.equals(rule.id())) {
			return "plugin.xml says id " + id + ", the class says " + rule.id();
		}
		String category = element.getAttribute("category");
		if (!rule.category().id().equals(category)) {
			return "plugin.xml says category " + category + ", the class says " + rule.category().id();
		}
		String severity = element.getAttribute("severity");
		if (!rule.defaultSeverity().id().equals(severity)) {
			return "plugin.xml says severity " + severity + ", the class says " + rule.defaultSeverity().id();
		}
		String appliesTo = element.getAttribute("appliesTo");
		Set<String> declared = appliesTo == null ? Set.of()
				: Arrays.stream(appliesTo.split(",")).map(String::trim).filter(s -> !s.isEmpty())
						.collect(Collectors.toCollection(TreeSet::new));
		Set<String> actual = rule.appliesTo().stream().map(EClass::getName)
				.collect(Collectors.toCollection(TreeSet::new));
		if (!declared.equals(actual)) {
			return "plugin.xml says appliesTo " + declared + ", the class says " + actual;
		}
		return null;
	}

	/** @return the rules, in the order they run */
	public List<Rule> rules() {
		return rules;
	}

	/** @return the rule of that id */
	public Optional<Rule> rule(String id) {
		return rules.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/** @return the broken contributions that were skipped, each naming its bundle */
	public List<String> problems() {
		return problems;
	}

	/**
	 * @return a registry with these rules added (e.g. a test's own rules next to the contributed ones)
	 * @throws IllegalArgumentException if an id is already registered
	 */
	public RuleRegistry with(Rule... more) {
		List<Rule> all = new ArrayList<>(rules);
		all.addAll(Arrays.asList(more));
		RuleRegistry merged = of(all);
		return new RuleRegistry(merged.rules, problems);
	}
}
