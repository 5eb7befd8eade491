/**
 * Validation of plans (规划校验): the {@link org.minplan.validation.Rule rule} API, the
 * {@link org.minplan.validation.RuleRegistry registry} of the extension point
 * {@code org.minplan.validation.rules}, per-plan {@link org.minplan.validation.RuleSettings settings}, and
 * the {@link org.minplan.validation.ValidationEngine engine} — a whole plan at once, or
 * {@link org.minplan.validation.LiveValidation live} while it is edited — producing
 * {@link org.minplan.validation.Finding findings}.
 * <p>
 * Headless: no SWT, JFace or workbench. A findings view, map badges and quick-fix actions build on
 * {@link org.minplan.validation.LiveValidation} (hand-off of results between threads),
 * {@link org.minplan.validation.Finding#elements()}, {@link org.minplan.validation.Finding#location()} and
 * {@link org.minplan.validation.QuickFix} (an EMF command for the editing domain's command stack).
 */
package org.minplan.validation;
