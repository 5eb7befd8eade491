package org.minplan.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.locationtech.jts.io.WKTWriter;
import org.minplan.cli.CliContext;
import org.minplan.core.i18n.Texts;
import org.minplan.model.Identified;
import org.minplan.validation.Finding;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationResult;

/** The findings of {@code minplan validate} as text (grouped by severity and rule), JSON or JUnit XML. */
final class FindingsReport {

	private final Path plan;
	private final RuleRegistry rules;
	private final ValidationResult result;
	private final Locale locale;
	private final Texts texts;

	FindingsReport(Path plan, RuleRegistry rules, ValidationResult result, Locale locale) {
		this.plan = plan;
		this.rules = rules;
		this.result = result;
		this.locale = locale;
		this.texts = Texts.of(CliContext.class, locale);
	}

	private Optional<Rule> rule(String id) {
		return rules.rule(id);
	}

	private String title(String ruleId) {
		return rule(ruleId).map(r -> r.title(locale)).orElse(ruleId);
	}

	/** Counts first, then per severity the rules with their findings. */
	void text(PrintStream out) {
		out.println(texts.get("validate.summaryLine", plan.getFileName(), result.rules().size(),
				result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO)));
		if (result.findings().isEmpty()) {
			out.println(texts.get("validate.none"));
			return;
		}
		for (Severity severity : Severity.values()) {
			List<Finding> ofSeverity = result.findings().stream().filter(f -> f.severity() == severity).toList();
			if (ofSeverity.isEmpty()) {
				continue;
			}
			out.println();
			out.println(texts.get("validate.severityHeading", severity.label(locale), ofSeverity.size()));
			for (String ruleId : result.rules()) {
				List<Finding> ofRule = ofSeverity.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
				if (ofRule.isEmpty()) {
					continue;
				}
				out.println(texts.get("validate.ruleHeading", ruleId, title(ruleId), ofRule.size()));
				for (Finding finding : ofRule) {
					out.println("    - " + finding.message(locale));
				}
			}
		}
	}

	void json(PrintStream out) {
		StringBuilder b = new StringBuilder();
		b.append("{\n  \"plan\": ").append(string(plan.toAbsolutePath().toString())).append(",\n");
		b.append("  \"summary\": {\"rules\": ").append(result.rules().size()).append(", \"errors\": ")
				.append(result.count(Severity.ERROR)).append(", \"warnings\": ").append(result.count(Severity.WARNING))
				.append(", \"infos\": ").append(result.count(Severity.INFO)).append("},\n");
		b.append("  \"rules\": [");
		for (int i = 0; i < result.rules().size(); i++) {
			String id = result.rules().get(i);
			b.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(string(id)).append(", \"category\": ")
					.append(string(rule(id).map(r -> r.category().id()).orElse(""))).append(", \"severity\": ")
					.append(string(rule(id).map(r -> r.defaultSeverity().id()).orElse(""))).append(", \"title\": ")
					.append(string(title(id))).append(", \"checked\": ").append(result.checkedCount(id))
					.append(", \"findings\": ").append(result.findings(id).size()).append('}');
		}
		b.append(result.rules().isEmpty() ? "],\n" : "\n  ],\n");
		b.append("  \"findings\": [");
		List<Finding> findings = result.findings();
		WKTWriter wkt = new WKTWriter();
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			b.append(i == 0 ? "\n" : ",\n").append("    {\"rule\": ").append(string(f.ruleId()))
					.append(", \"severity\": ").append(string(f.severity().id())).append(", \"message\": ")
					.append(string(f.message(locale))).append(",\n      \"elements\": [");
			for (int e = 0; e < f.elements().size(); e++) {
				EObject element = f.elements().get(e);
				String id = element instanceof Identified identified ? identified.getId() : null;
				b.append(e == 0 ? "" : ", ").append("{\"id\": ").append(id == null ? "null" : string(id))
						.append(", \"type\": ").append(string(element.eClass().getName())).append(", \"label\": ")
						.append(string(f.elementLabels().get(e))).append('}');
			}
			b.append("],\n      \"arguments\": [");
			List<String> arguments = f.messageSource().resolved(locale);
			for (int a = 0; a < arguments.size(); a++) {
				b.append(a == 0 ? "" : ", ").append(string(arguments.get(a)));
			}
			b.append(']');
			f.location().ifPresent(g -> b.append(",\n      \"location\": ")
					.append(string("SRID=" + g.getSRID() + ";" + wkt.write(g))));
			f.quickFix().ifPresent(q -> b.append(",\n      \"quickFix\": ").append(string(q.label(locale))));
			b.append('}');
		}
		b.append(findings.isEmpty() ? "]\n}" : "\n  ]\n}");
		out.println(b);
	}

	/**
	 * One test suite per rule that ran, one test case per finding (errors are failures; warnings and infos pass
	 * with their message as output), or a single passing case naming how many elements were checked.
	 */
	void junit(PrintStream out) {
		StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		long failures = result.count(Severity.ERROR);
		int tests = result.rules().stream().mapToInt(id -> Math.max(1, result.findings(id).size())).sum();
		double total = result.rules().stream().mapToDouble(id -> seconds(id)).sum();
		b.append("<testsuites name=").append(attribute("minplan validate " + plan.getFileName())).append(" tests=\"")
				.append(tests).append("\" failures=\"").append(failures).append("\" errors=\"0\" time=\"")
				.append(time(total)).append("\">\n");
		for (String id : result.rules()) {
			List<Finding> findings = result.findings(id);
			long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
			b.append("  <testsuite name=").append(attribute(id)).append(" tests=\"").append(Math.max(1, findings.size()))
					.append("\" failures=\"").append(errors).append("\" errors=\"0\" skipped=\"0\" time=\"")
					.append(time(seconds(id))).append("\">\n");
			b.append("    <properties>\n");
			property(b, "title", title(id));
			property(b, "category", rule(id).map(r -> r.category().id()).orElse(""));
			property(b, "checked", Integer.toString(result.checkedCount(id)));
			b.append("    </properties>\n");
			if (findings.isEmpty()) {
				b.append("    <testcase classname=").append(attribute(id)).append(" name=")
						.append(attribute(texts.get("validate.junitChecked", result.checkedCount(id)))).append("/>\n");
			}
			for (Finding f : findings) {
				String name = f.elementLabels().isEmpty() ? title(id) : String.join(" / ", f.elementLabels());
				String message = f.message(locale);
				b.append("    <testcase classname=").append(attribute(id)).append(" name=").append(attribute(name))
						.append(">\n");
				if (f.severity() == Severity.ERROR) {
					b.append("      <failure type=\"error\" message=").append(attribute(message)).append('>')
							.append(text(message)).append("</failure>\n");
				} else {
					b.append("      <system-out>").append(text(f.severity().label(locale) + ": " + message))
							.append("</system-out>\n");
				}
				b.append("    </testcase>\n");
			}
			b.append("  </testsuite>\n");
		}
		b.append("</testsuites>");
		out.println(b);
	}

	private double seconds(String ruleId) {
		return result.duration(ruleId).toNanos() / 1e9;
	}

	private static String time(double seconds) {
		return String.format(Locale.ROOT, "%.3f", seconds);
	}

	private static void property(StringBuilder b, String name, String value) {
		b.append("      <property name=").append(attribute(name)).append(" value=").append(attribute(value))
				.append("/>\n");
	}

	private static String attribute(String value) {
		return '"' + text(value).replace("\"", "&quot;").replace("\n", "&#10;") + '"';
	}

	private static String text(String value) {
		StringBuilder b = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			switch (c) {
			case '&' -> b.append("&amp;");
			case '<' -> b.append("&lt;");
			case '>' -> b.append("&gt;");
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					b.append(' '); // not allowed in XML 1.0
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.toString();
	}

	/** @return a JSON string literal */
	static String string(String value) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		return b.append('"').toString();
	}
}
