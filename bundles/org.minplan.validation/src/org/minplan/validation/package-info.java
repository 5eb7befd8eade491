/**
 * Validation of plans (规划校验): the {@link org.minplan.validation.Rule rule} API, the
 * {@link org.minplan.validation.RuleRegistry registry} of the extension point
 * {@code org.minplan.validation.rules}, per-plan {@link org.minplan.validation.RuleSettings settings}, and
 * the {@link org.minplan.validation.ValidationEngine engine} — a whole plan at once, or
 * {@link org.minplan.validation.LiveValidation live} while it is edited — producing
 * {@link org.minplan.validation.Finding findings}.
 * <p>
 * Headless: no SWT, JFace or workbench. A findings view, map badges and quick-fix actions build on it like
 * this (a sketch; {@code Job} is Eclipse's {@code org.eclipse.core.runtime.jobs.Job}):
 * <pre>
 * ValidationEngine engine = new ValidationEngine(RuleRegistry.fromPlatform());  // one per application
 * LiveValidation live = engine.live(plan, RuleSettings.loadFor(planFile));      // one per open plan
 * Job check = Job.create("Validate", monitor -&gt; { live.recheck(monitor); });  // off the UI thread
 * live.addChangeListener(() -&gt; check.schedule(300));       // debounce: each edit postpones the check
 * live.addResultListener(result -&gt; display.asyncExec(() -&gt; view.show(result)));
 * check.schedule();                                         // the first check covers the whole plan
 * // a finding: finding.elements() to select, finding.location() to zoom the map (EPSG = its SRID),
 * // finding.message(locale) to show; a fix: domain.getCommandStack().execute(fix.createCommand(domain))
 * live.close();                                             // when the plan is closed
 * </pre>
 */
package org.minplan.validation;
