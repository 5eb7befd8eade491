package org.minplan.ui.report.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minplan.report.Report;
import org.minplan.report.ReportFormat;
import org.minplan.report.ReportInput;
import org.minplan.report.ReportParameter;

/**
 * The one page of the report wizard: the list of reports, the chosen report's parameters (a combo for a
 * choice such as the county, a file field for the other plan of a change report, a check box for yes/no),
 * the format and the output folder. The last choices are remembered.
 */
public final class ReportWizardPage extends WizardPage {

	private static final String LAST_REPORT = "report";
	private static final String LAST_FORMAT = "format";
	private static final String LAST_FOLDER = "folder";
	private static final String OPEN_WHEN_DONE = "open";

	private final List<Report> reports;
	private final ReportInput context;
	private final IDialogSettings settings;
	private final Path defaultFolder;

	private TableViewer reportList;
	private Group parametersGroup;
	private final Map<String, Supplier<String>> parameterValues = new LinkedHashMap<>();
	private final Map<ReportFormat, Button> formatButtons = new EnumMap<>(ReportFormat.class);
	private Text folderText;
	private Button openWhenDone;

	/**
	 * @param reports       the reports to offer
	 * @param context       the open plan, with no parameters (for the choices of choice parameters)
	 * @param settings      where the last choices are remembered
	 * @param defaultFolder the folder proposed the first time
	 */
	ReportWizardPage(List<Report> reports, ReportInput context, IDialogSettings settings, Path defaultFolder) {
		super("report");
		this.reports = reports;
		this.context = context;
		this.settings = settings;
		this.defaultFolder = defaultFolder;
		setTitle(ReportUiTexts.get("page.title"));
		setDescription(ReportUiTexts.get("page.description"));
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

		Label reportLabel = new Label(page, SWT.NONE);
		reportLabel.setText(ReportUiTexts.get("report.label"));
		GridDataFactory.swtDefaults().span(3, 1).applyTo(reportLabel);
		reportList = new TableViewer(page, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		reportList.getTable().setHeaderVisible(true);
		reportList.getTable().setLinesVisible(true);
		column(ReportUiTexts.get("report.column.title"), 420, r -> r.title(context.locale()));
		column(ReportUiTexts.get("report.column.id"), 150, Report::id);
		reportList.setContentProvider(ArrayContentProvider.getInstance());
		reportList.setInput(reports);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 220).applyTo(reportList.getControl());
		reportList.addSelectionChangedListener(e -> reportChosen());
		reportList.addDoubleClickListener(e -> {
			if (isPageComplete() && getWizard().performFinish()) {
				getShell().close();
			}
		});

		parametersGroup = new Group(page, SWT.NONE);
		parametersGroup.setText(ReportUiTexts.get("parameters.group"));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(parametersGroup);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parametersGroup);

		Group formats = new Group(page, SWT.NONE);
		formats.setText(ReportUiTexts.get("format.group"));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(formats);
		GridLayoutFactory.swtDefaults().applyTo(formats);
		for (ReportFormat format : ReportFormat.values()) {
			Button button = new Button(formats, SWT.RADIO);
			button.setText(ReportUiTexts.get("format." + format.extension()));
			button.setData(format);
			button.addListener(SWT.Selection, e -> validate());
			formatButtons.put(format, button);
		}

		Label folderLabel = new Label(page, SWT.NONE);
		folderLabel.setText(ReportUiTexts.get("output.label"));
		folderText = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		folderText.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(ReportUiTexts.get("output.browse"));
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setText(ReportUiTexts.get("output.dialog"));
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});
		openWhenDone = new Button(page, SWT.CHECK);
		openWhenDone.setText(ReportUiTexts.get("output.open"));
		GridDataFactory.swtDefaults().span(3, 1).applyTo(openWhenDone);

		restoreSettings();
		setControl(page);
		reportChosen();
	}

	private void column(String title, int width, java.util.function.Function<Report, String> text) {
		TableViewerColumn column = new TableViewerColumn(reportList, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Report) element);
			}
		});
	}

	private void restoreSettings() {
		String lastReport = settings.get(LAST_REPORT);
		Report initial = reports.stream().filter(r -> r.id().equals(lastReport)).findFirst()
				.orElse(reports.isEmpty() ? null : reports.get(0));
		if (initial != null) {
			reportList.setSelection(new StructuredSelection(initial), true);
		}
		ReportFormat format = ReportFormat.PDF;
		for (ReportFormat f : ReportFormat.values()) {
			if (f.name().equals(settings.get(LAST_FORMAT))) {
				format = f;
			}
		}
		formatButtons.get(format).setSelection(true);
		String folder = settings.get(LAST_FOLDER);
		folderText.setText(folder != null ? folder : defaultFolder.toString());
		openWhenDone.setSelection(settings.get(OPEN_WHEN_DONE) == null || settings.getBoolean(OPEN_WHEN_DONE));
	}

	/** Remembers the choices for the next time the wizard opens. */
	void saveSettings() {
		selectedReport().ifPresent(r -> settings.put(LAST_REPORT, r.id()));
		settings.put(LAST_FORMAT, format().name());
		settings.put(LAST_FOLDER, folderText.getText().trim());
		settings.put(OPEN_WHEN_DONE, openWhenDone.getSelection());
	}

	/** The chosen report's parameters as fields. */
	private void reportChosen() {
		for (var child : parametersGroup.getChildren()) {
			child.dispose();
		}
		parameterValues.clear();
		Optional<Report> report = selectedReport();
		List<ReportParameter> parameters = report.map(Report::parameters).orElse(List.of());
		if (parameters.isEmpty()) {
			Label none = new Label(parametersGroup, SWT.NONE);
			none.setText(ReportUiTexts.get("parameters.none"));
			GridDataFactory.swtDefaults().span(3, 1).applyTo(none);
		}
		for (ReportParameter parameter : parameters) {
			addField(parameter);
		}
		report.ifPresent(r -> formatButtons.forEach((format, button) -> button.setEnabled(r.formats().contains(format))));
		if (report.isPresent() && !report.get().formats().contains(format())) {
			formatButtons.values().forEach(b -> b.setSelection(false));
			formatButtons.get(report.get().formats().iterator().next()).setSelection(true);
		}
		parametersGroup.getParent().layout(true, true);
		validate();
	}

	private void addField(ReportParameter parameter) {
		Label label = new Label(parametersGroup, SWT.NONE);
		label.setText(ReportUiTexts.get("parameter.label", labelOf(parameter) + (parameter.required() ? " *" : "")));
		switch (parameter.kind()) {
		case CHOICE -> {
			Combo combo = new Combo(parametersGroup, SWT.READ_ONLY | SWT.DROP_DOWN);
			List<String> values = new ArrayList<>();
			if (!parameter.required()) {
				values.add("");
				combo.add(ReportUiTexts.get("parameter.all"));
			}
			List<ReportParameter.Choice> choices = parameter.choices() == null ? List.of()
					: parameter.choices().apply(context);
			for (ReportParameter.Choice choice : choices) {
				values.add(choice.value());
				combo.add(choice.label() == null || choice.label().equals(choice.value()) ? choice.value()
						: choice.label() + "（" + choice.value() + "）");
			}
			int initial = parameter.defaultValue() == null ? 0 : Math.max(0, values.indexOf(parameter.defaultValue()));
			if (!values.isEmpty()) {
				combo.select(initial);
			}
			combo.addListener(SWT.Selection, e -> validate());
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
			combo.setData("parameter", parameter.id());
			parameterValues.put(parameter.id(),
					() -> combo.getSelectionIndex() < 0 ? "" : values.get(combo.getSelectionIndex()));
		}
		case BOOLEAN -> {
			Button check = new Button(parametersGroup, SWT.CHECK);
			check.setSelection(Boolean.parseBoolean(parameter.defaultValue()));
			GridDataFactory.swtDefaults().span(2, 1).applyTo(check);
			check.setData("parameter", parameter.id());
			parameterValues.put(parameter.id(), () -> String.valueOf(check.getSelection()));
		}
		case FILE -> {
			Text text = new Text(parametersGroup, SWT.BORDER);
			text.setText(parameter.defaultValue() == null ? "" : parameter.defaultValue());
			text.addListener(SWT.Modify, e -> validate());
			text.setData("parameter", parameter.id());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			Button browse = new Button(parametersGroup, SWT.PUSH);
			browse.setText(ReportUiTexts.get("parameter.browse"));
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setText(labelOf(parameter));
				dialog.setFilterExtensions(new String[] { "*.minplan", "*.*" });
				String chosen = dialog.open();
				if (chosen != null) {
					text.setText(chosen);
				}
			});
			parameterValues.put(parameter.id(), () -> text.getText().trim());
		}
		default -> {
			Text text = new Text(parametersGroup, SWT.BORDER);
			text.setText(parameter.defaultValue() == null ? "" : parameter.defaultValue());
			text.addListener(SWT.Modify, e -> validate());
			text.setData("parameter", parameter.id());
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
			parameterValues.put(parameter.id(), () -> text.getText().trim());
		}
		}
	}

	private String labelOf(ReportParameter parameter) {
		return parameter.label() == null ? parameter.id() : parameter.label().apply(context.locale());
	}

	private void validate() {
		String error = null;
		Optional<Report> report = selectedReport();
		if (report.isEmpty()) {
			error = ReportUiTexts.get("error.noReport");
		} else {
			for (ReportParameter parameter : report.get().parameters()) {
				Supplier<String> value = parameterValues.get(parameter.id());
				if (parameter.required() && (value == null || value.get().isEmpty())) {
					error = ReportUiTexts.get("error.required", labelOf(parameter));
					break;
				}
			}
		}
		if (error == null && folderText != null) {
			String folder = folderText.getText().trim();
			if (folder.isEmpty()) {
				error = ReportUiTexts.get("error.noFolder");
			} else if (Files.isRegularFile(Path.of(folder))) {
				error = ReportUiTexts.get("error.folderIsFile", folder);
			}
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	/** @return the report chosen */
	public Optional<Report> selectedReport() {
		if (reportList == null) {
			return Optional.empty();
		}
		Object first = ((IStructuredSelection) reportList.getSelection()).getFirstElement();
		return Optional.ofNullable((Report) first);
	}

	/** Chooses a report, as a click in the list would. */
	public void selectReport(String id) {
		reports.stream().filter(r -> r.id().equals(id)).findFirst()
				.ifPresent(r -> reportList.setSelection(new StructuredSelection(r), true));
	}

	/** @return the parameter values entered (empty ones left out) */
	public Map<String, String> parameters() {
		Map<String, String> values = new LinkedHashMap<>();
		parameterValues.forEach((id, value) -> {
			String v = value.get();
			if (v != null && !v.isEmpty()) {
				values.put(id, v);
			}
		});
		return values;
	}

	/** @return the format chosen */
	public ReportFormat format() {
		for (var entry : formatButtons.entrySet()) {
			if (entry.getValue().getSelection()) {
				return entry.getKey();
			}
		}
		return ReportFormat.PDF;
	}

	/** Chooses a format, as a click on its radio button would. */
	public void selectFormat(ReportFormat format) {
		formatButtons.forEach((f, b) -> b.setSelection(f == format));
		validate();
	}

	/** @return the output folder */
	public Path folder() {
		return Path.of(folderText.getText().trim());
	}

	/** Sets the output folder, as typing it would. */
	public void setFolder(Path folder) {
		folderText.setText(folder.toString());
	}

	/** @return whether the report is opened when written */
	public boolean openWhenDone() {
		return openWhenDone.getSelection();
	}

	/** Sets whether the report is opened when written. */
	public void setOpenWhenDone(boolean open) {
		openWhenDone.setSelection(open);
	}

	/** @return the ids of the reports offered, in the order listed */
	public List<String> offeredIds() {
		return reports.stream().map(Report::id).toList();
	}

	/** @return the titles of the reports offered, as listed */
	public List<String> offeredTitles() {
		List<String> titles = new ArrayList<>();
		for (var item : reportList.getTable().getItems()) {
			titles.add(item.getText(0));
		}
		return titles;
	}

	/** @return the language the report is written in: the workbench's */
	public Locale locale() {
		return context.locale();
	}
}
