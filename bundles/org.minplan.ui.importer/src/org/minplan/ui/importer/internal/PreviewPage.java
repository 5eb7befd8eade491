package org.minplan.ui.importer.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.minplan.importer.CountySubmissionImporter;
import org.minplan.importer.ElementChange;
import org.minplan.importer.FieldChange;
import org.minplan.importer.ImportOptions;
import org.minplan.importer.ImportSession;
import org.minplan.importer.read.ImportProblem;
import org.minplan.importer.read.SourceLocation;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.model.Block;
import org.minplan.model.Mine;
import org.minplan.model.PlanElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.validation.Finding;

/**
 * Second page of the import wizard: the submission read, mapped, compared with the open plan and validated
 * (with progress and cancel), then shown — what is new, changed (field by field, old → new) and removed, every
 * problem of the file with its place, and the findings of the rules on the plan as it would be. Finish is
 * possible only when the file has no errors and changes something.
 */
public final class PreviewPage extends WizardPage {

	private final SubmissionImportWizard wizard;
	private ImportSession session;
	private Object preparedFor;

	private Label summary;
	private TreeViewer changes;
	private TableViewer problems;
	private TableViewer findings;
	private TabItem problemsTab;
	private TabItem findingsTab;
	private TabFolder tabs;

	PreviewPage(SubmissionImportWizard wizard) {
		super("preview");
		this.wizard = wizard;
		setTitle(ImportTexts.get("preview.title"));
		setDescription(ImportTexts.get("preview.description"));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		SashForm sash = new SashForm(page, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		changes = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		changes.getTree().setHeaderVisible(true);
		changes.getTree().setLinesVisible(true);
		changes.setContentProvider(new ChangesContent());
		treeColumn(ImportTexts.get("column.change"), 80, c -> c instanceof ElementChange e ? e.kind().label(locale()) : "");
		treeColumn(ImportTexts.get("column.element"), 300,
				c -> c instanceof ElementChange e ? e.label() : ((FieldChange) c).label(locale()));
		treeColumn(ImportTexts.get("column.old"), 180, c -> c instanceof FieldChange f ? f.oldText()
				: c instanceof ElementChange e && e.kind() == ElementChange.Kind.REMOVED ? summary(e.existing()) : "");
		treeColumn(ImportTexts.get("column.new"), 180, c -> c instanceof FieldChange f ? f.newText()
				: c instanceof ElementChange e && e.kind() == ElementChange.Kind.NEW ? summary(e.submitted()) : "");
		treeColumn(ImportTexts.get("column.where"), 200,
				c -> c instanceof ElementChange e && e.where() != null ? where(e.where()) : "");

		tabs = new TabFolder(sash, SWT.TOP);
		problemsTab = new TabItem(tabs, SWT.NONE);
		problems = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		problemsTab.setControl(problems.getControl());
		setUpTable(problems);
		tableColumn(problems, ImportTexts.get("column.kind"), 70, p -> ((ImportProblem) p).kind() == ImportProblem.Kind.ERROR
				? ImportTexts.get("problem.error") : ImportTexts.get("problem.warning"),
				p -> (((ImportProblem) p).kind() == ImportProblem.Kind.ERROR ? FindingSeverity.ERROR
						: FindingSeverity.WARNING).image());
		tableColumn(problems, ImportTexts.get("column.where"), 220, p -> where(((ImportProblem) p).where()), p -> null);
		tableColumn(problems, ImportTexts.get("column.message"), 600, p -> ((ImportProblem) p).message(), p -> null);

		findingsTab = new TabItem(tabs, SWT.NONE);
		findings = new TableViewer(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		findingsTab.setControl(findings.getControl());
		setUpTable(findings);
		tableColumn(findings, ImportTexts.get("column.severity"), 70, f -> ((Finding) f).severity().label(locale()),
				f -> FindingSeverity.named(((Finding) f).severity().name()).image());
		tableColumn(findings, ImportTexts.get("column.rule"), 200, f -> ((Finding) f).ruleId(), f -> null);
		tableColumn(findings, ImportTexts.get("column.message"), 620, f -> ((Finding) f).message(locale()), f -> null);
		sash.setWeights(55, 45);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			Object key = wizard.sourceKey();
			if (!Objects.equals(key, preparedFor)) {
				getShell().getDisplay().asyncExec(this::prepare);
			}
		}
	}

	/** Reads the submission again and shows what it would change. */
	void prepare() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		SourcePage source = wizard.sourcePage();
		var county = source.county().orElse(null);
		if (county == null) {
			return;
		}
		// the widgets are read here, on the UI thread; the reading runs in the background
		java.nio.file.Path file = source.file();
		ImportOptions options = wizard.options().withEncoding(source.encoding()).withEpsg(source.epsg());
		ImportSession[] result = new ImportSession[1];
		session = null;
		setPageComplete(false);
		try {
			getContainer().run(true, true, monitor -> {
				monitor.setTaskName(ImportTexts.get("preview.reading", file.getFileName()));
				try {
					result[0] = CountySubmissionImporter.fromPlatform().prepare(wizard.plan(), file, county, options,
							monitor);
				} catch (OperationCanceledException e) {
					throw new InterruptedException();
				}
			});
		} catch (InterruptedException e) {
			show(null, ImportTexts.get("error.cancelled"));
			return;
		} catch (InvocationTargetException e) {
			ILog.of(PreviewPage.class).error("Reading " + file + " failed", e.getCause());
			show(null, ImportTexts.get("error.failed", String.valueOf(e.getCause())));
			return;
		}
		preparedFor = wizard.sourceKey();
		show(result[0], null);
	}

	private void show(ImportSession prepared, String error) {
		session = prepared;
		if (prepared == null) {
			summary.setText("");
			changes.setInput(List.of());
			problems.setInput(List.of());
			findings.setInput(List.of());
			setErrorMessage(error);
			setPageComplete(false);
			return;
		}
		var preview = prepared.preview();
		summary.setText(ImportTexts.get("preview.summary", prepared.file().getFileName(),
				preview.count(ElementChange.Kind.NEW), preview.count(ElementChange.Kind.CHANGED),
				preview.count(ElementChange.Kind.REMOVED), prepared.problems(ImportProblem.Kind.ERROR).size(),
				prepared.problems(ImportProblem.Kind.WARNING).size(), prepared.findings().size()));
		changes.setInput(preview.changes());
		problems.setInput(prepared.problems());
		findings.setInput(prepared.findings());
		problemsTab.setText(ImportTexts.get("preview.problems", prepared.problems().size()));
		findingsTab.setText(ImportTexts.get("preview.findings", prepared.findings().size()));
		if (prepared.isRejected()) {
			tabs.setSelection(problemsTab);
			setErrorMessage(ImportTexts.get("preview.rejected", prepared.problems(ImportProblem.Kind.ERROR).size()));
			setMessage(null);
		} else if (prepared.command().isEmpty()) {
			setErrorMessage(null);
			setMessage(ImportTexts.get("preview.noChanges"), INFORMATION);
		} else {
			setErrorMessage(null);
			int removed = preview.count(ElementChange.Kind.REMOVED);
			// a submission is the county's whole set: what it leaves out is removed, which deserves a second look
			setMessage(removed == 0 ? null : ImportTexts.get("preview.removals", removed, prepared.county().name()),
					removed == 0 ? NONE : WARNING);
			tabs.setSelection(prepared.problems().isEmpty() && !prepared.findings().isEmpty() ? findingsTab : problemsTab);
		}
		summary.getParent().layout(true, true);
		setPageComplete(prepared.command().isPresent());
	}

	/**
	 * @return what a new or removed element is in short, so the row says more than its code: mineral, stated
	 *         area and unit (blocks), mineral and scale (mines)
	 */
	static String summary(PlanElement element) {
		if (element instanceof Block block) {
			String mineral = block.getMineral() != null ? block.getMineral().getName() : block.getMineralText();
			String area = block.getStatedArea() == null ? "" : block.getStatedArea().toPlainString() + " "
					+ (block.getStatedAreaUnit() == null ? "" : PlanLabels.literal(block.getStatedAreaUnit()));
			return String.join(" · ", java.util.stream.Stream.of(mineral, area.trim())
					.filter(t -> t != null && !t.isBlank()).toList());
		}
		if (element instanceof Mine mine) {
			String mineral = mine.getMineral() != null ? mine.getMineral().getName() : mine.getMineralText();
			String scale = mine.getScale() == null ? null : PlanLabels.literal(mine.getScale());
			return String.join(" · ", java.util.stream.Stream.of(mineral, scale).filter(t -> t != null && !t.isBlank())
					.toList());
		}
		return "";
	}

	/** @return the prepared import, or null while none is */
	public ImportSession session() {
		return session;
	}

	/** @return the summary line shown */
	public String summaryText() {
		return summary.getText();
	}

	/** @return the changes tree */
	public TreeViewer changesViewer() {
		return changes;
	}

	/** @return the problems table */
	public TableViewer problemsViewer() {
		return problems;
	}

	private static Locale locale() {
		return Locale.getDefault();
	}

	static String where(SourceLocation where) {
		String file = where.file() == null || where.file().getFileName() == null ? "" : where.file().getFileName().toString();
		String text = where.row() <= 0 ? file
				: where.part() == null ? ImportTexts.get("where.row", file, where.row())
						: ImportTexts.get("where.sheetRow", file, where.part(), where.row());
		return where.field() == null ? text : ImportTexts.get("where.field", text, where.field());
	}


	private void treeColumn(String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(changes, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private static void setUpTable(TableViewer viewer) {
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	private static void tableColumn(ColumnViewer viewer, String title, int width, Function<Object, String> text,
			Function<Object, Image> image) {
		TableViewerColumn column = new TableViewerColumn((TableViewer) viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(element);
			}
		});
	}

	/** Element changes, with the changed fields of a changed element under it. */
	private static final class ChangesContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ElementChange e ? e.fields().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ElementChange e && !e.fields().isEmpty();
		}
	}
}
