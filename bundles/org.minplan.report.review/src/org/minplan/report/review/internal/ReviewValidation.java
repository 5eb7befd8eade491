package org.minplan.report.review.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.minplan.core.i18n.Texts;
import org.minplan.report.ReportException;
import org.minplan.report.ReportInput;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.ValidationEngine;
import org.minplan.validation.ValidationResult;

/**
 * Runs validation for a report as {@code minplan validate} does: every contributed rule, with the plan's own rule
 * settings ({@code <plan>.validation.properties}) when the plan has a file.
 */
final class ReviewValidation {

	private ReviewValidation() {
	}

	/** @throws ReportException when the plan's settings file exists but cannot be read */
	static ValidationResult run(RuleRegistry rules, ReportInput input, IProgressMonitor monitor)
			throws ReportException {
		RuleSettings settings = new RuleSettings();
		if (input.planFile() != null) {
			try {
				settings = RuleSettings.loadFor(input.planFile());
			} catch (IOException e) {
				Texts texts = ReviewSupport.texts(input.locale());
				throw new ReportException(texts.get("settingsUnreadable",
						RuleSettings.fileFor(input.planFile()).toAbsolutePath(), String.valueOf(e.getMessage())), e);
			}
		}
		return new ValidationEngine(rules).validate(input.plan(), settings, monitor);
	}
}
