package org.minplan.ui.validation.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.minplan.ui.validation.Messages;
import org.minplan.ui.validation.PlanValidation;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleSettings;
import org.minplan.validation.Severity;

/**
 * The open plan's rule settings: which rules run and with which severity. Saved next to the plan file, so
 * they travel with the plan; the plan is re-checked under them at once.
 */
public class RuleSettingsDialog extends Dialog {

	private final List<Rule> rules;
	private final RuleSettings settings;
	private Table table;

	public RuleSettingsDialog(Shell parent) {
		super(parent);
		setShellStyle(getShellStyle() | SWT.RESIZE);
		rules = PlanValidation.get().rules();
		settings = PlanValidation.get().settings();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.text("rules.title"));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText(Messages.text("rules.intro"));
		GridDataFactory.fillDefaults().hint(640, SWT.DEFAULT).applyTo(intro);
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.text("rules.rule"), 380);
		column(Messages.text("rules.category"), 110);
		column(Messages.text("rules.severity"), 120);
		Locale locale = Locale.getDefault();
		for (Rule rule : rules) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(rule);
			item.setText(0, rule.title(locale));
			item.setText(1, rule.category().name().toLowerCase(Locale.ROOT));
			item.setChecked(settings.isEnabled(rule.id()));
			Severity severity = settings.severity(rule.id()).orElse(rule.defaultSeverity());
			CCombo combo = new CCombo(table, SWT.READ_ONLY | SWT.FLAT);
			for (Severity s : Severity.values()) {
				combo.add(s.label(locale));
			}
			combo.select(severity.ordinal());
			combo.addListener(SWT.Selection, e -> {
				Severity chosen = Severity.values()[combo.getSelectionIndex()];
				settings.setSeverity(rule.id(), chosen);
				item.setText(2, chosen.label(locale));
			});
			item.setText(2, severity.label(locale));
			TableEditor editor = new TableEditor(table);
			editor.grabHorizontal = true;
			editor.setEditor(combo, item, 2);
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				settings.setEnabled(((Rule) item.getData()).id(), item.getChecked());
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 420).applyTo(table);
		return area;
	}

	private void column(String text, int width) {
		TableColumn c = new TableColumn(table, SWT.LEFT);
		c.setText(text);
		c.setWidth(width);
	}

	/** Switches a rule on or off as the check box does (used by tests acting as a user). */
	public void setEnabled(String ruleId, boolean on) {
		for (TableItem item : table.getItems()) {
			if (((Rule) item.getData()).id().equals(ruleId)) {
				item.setChecked(on);
				settings.setEnabled(ruleId, on);
			}
		}
	}

	@Override
	protected void okPressed() {
		try {
			PlanValidation.get().applySettings(settings);
		} catch (IOException e) {
			MessageDialog.openError(getShell(), Messages.text("rules.title"), Messages.text("rules.saveFailed", e.getMessage()));
			return;
		}
		super.okPressed();
	}
}
