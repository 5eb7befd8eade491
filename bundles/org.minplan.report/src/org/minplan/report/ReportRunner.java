package org.minplan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.minplan.core.i18n.Texts;
import org.minplan.model.Plan;
import org.minplan.report.internal.DocumentWriter;

/**
 * Produces a report's file: checks the parameters the user gave against those the report declares, builds the
 * document and writes it. Shared by the report wizard and {@code minplan report}.
 */
public final class ReportRunner {

	private ReportRunner() {
	}

	/**
	 * @param report  the report
	 * @param plan    the plan
	 * @param planFile the plan's file, or null
	 * @param given   parameter values as typed (id → value)
	 * @param strict  whether values for parameters the report does not have are an error (false when the same
	 *                values go to several reports)
	 * @param locale  the language
	 * @return the input with default values filled in
	 * @throws ReportException naming the parameter when a required one is missing, a choice is not among the
	 *                         allowed values, a yes/no value is neither, or (strict) the report has no such
	 *                         parameter
	 */
	public static ReportInput input(Report report, Plan plan, Path planFile, Map<String, String> given,
			boolean strict, Locale locale) throws ReportException {
		Texts texts = DocumentWriter.texts(locale);
		Map<String, String> values = new LinkedHashMap<>(given);
		List<ReportParameter> declared = report.parameters();
		if (strict) {
			for (String key : given.keySet()) {
				if (declared.stream().noneMatch(p -> p.id().equals(key))) {
					throw new ReportException(texts.get("param.unknown", report.id(), key,
							declared.isEmpty() ? texts.get("param.none")
									: String.join(", ", declared.stream().map(ReportParameter::id).toList())));
				}
			}
		}
		ReportInput draft = new ReportInput(plan, planFile, values, locale);
		for (ReportParameter parameter : declared) {
			String value = values.get(parameter.id());
			if ((value == null || value.isBlank()) && parameter.defaultValue() != null) {
				value = parameter.defaultValue();
				values.put(parameter.id(), value);
			}
			if (value == null || value.isBlank()) {
				if (parameter.required()) {
					throw new ReportException(texts.get("param.missing", report.id(), parameter.id(),
							label(parameter, locale)));
				}
				continue;
			}
			switch (parameter.kind()) {
			case BOOLEAN -> {
				if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
					throw new ReportException(texts.get("param.notBoolean", report.id(), parameter.id(), value));
				}
			}
			case CHOICE -> {
				if (parameter.choices() != null) {
					List<ReportParameter.Choice> choices = parameter.choices().apply(draft);
					String found = value;
					if (choices != null && !choices.isEmpty()
							&& choices.stream().noneMatch(c -> c.value().equals(found))) {
						throw new ReportException(texts.get("param.notAChoice", report.id(), parameter.id(), value,
								String.join(", ", choices.stream().map(c -> c.value() + " (" + c.label() + ")")
										.toList())));
					}
				}
			}
			default -> {
				// text and file values are the report's to check
			}
			}
		}
		return new ReportInput(plan, planFile, values, locale);
	}

	private static String label(ReportParameter parameter, Locale locale) {
		return parameter.label() == null ? parameter.id() : parameter.label().apply(locale);
	}

	/**
	 * Builds the report and writes it atomically to {@code folder/<report id>.<extension>}.
	 *
	 * @return the file written
	 * @throws ReportException when the report refuses its input or cannot be written in that format
	 * @throws IOException     when the file cannot be written
	 */
	public static Path run(Report report, ReportInput input, ReportFormat format, Path folder,
			IProgressMonitor monitor) throws ReportException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
				report.title(input.locale()), 3);
		if (!report.formats().contains(format)) {
			throw new ReportException(DocumentWriter.texts(input.locale()).get("run.formatNotSupported", report.id(),
					format.extension(), String.join(", ",
							report.formats().stream().map(ReportFormat::extension).sorted().toList())));
		}
		ReportDocument document = report.generate(input, progress.split(2));
		progress.setTaskName(format.extension());
		Path file = ReportWriters.writeFile(document, format, input.locale(), folder, fileName(report.id()));
		progress.split(1);
		return file;
	}

	/** @return the file name (without extension) for a report id: the id, with characters files may not hold replaced */
	public static String fileName(String reportId) {
		return reportId.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
	}

	/** @return the locale for a language word typed by the user (zh, en), or null when it is neither */
	public static Locale locale(String language) {
		return switch (language.toLowerCase(Locale.ROOT)) {
		case "zh", "zh_cn", "zh-cn", "cn" -> Locale.SIMPLIFIED_CHINESE;
		case "en", "en_us", "en-us" -> Locale.ENGLISH;
		default -> null;
		};
	}
}
