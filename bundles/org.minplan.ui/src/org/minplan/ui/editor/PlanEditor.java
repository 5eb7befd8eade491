package org.minplan.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.part.EditorPart;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.Plan;
import org.minplan.model.PlanElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.UiTexts;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.viewers.PlanLabelProvider;

/**
 * The plan editor: the open plan's overview (title, region, period, file) and what it holds, kind by kind,
 * with how much of it is synthetic sample data. It is the part that owns saving: the dirty marker, File ▸
 * Save / Save As, and "save changes?" when it is closed.
 */
public class PlanEditor extends EditorPart implements ISaveablesSource {

	/** Editor id, permanent. */
	public static final String ID = "org.minplan.ui.editor.plan";
	/** Contribution location of the editor's toolbar, for commands that show the plan another way (map, tables). */
	public static final String TOOLBAR_URI = "toolbar:" + ID;

	private Composite body;
	private ToolBarManager toolbar;
	private IMenuService menuService;
	private Label title;
	private Label facts;
	private Label syntheticWarning;
	private Table contents;
	private PlanLabelProvider labels;
	private final CommandStackListener stackListener = e -> refreshLater();
	private final PlanSession.Listener sessionListener = this::planChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof PlanEditorInput)) {
			throw new PartInitException(UiTexts.get("editor.wrongInput", input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		labels = new PlanLabelProvider(PlanSession.get().adapterFactory());
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 12).spacing(8, 10).applyTo(body);

		toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolbar.createControl(body);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar.getControl());
		// Other bundles (the map, tables) add "open as…" buttons here: menuContribution toolbar:<editor id>
		menuService = getSite().getService(IMenuService.class);
		if (menuService != null) {
			menuService.populateContributionManager(toolbar, TOOLBAR_URI);
		}
		toolbar.update(true);

		title = new Label(body, SWT.WRAP);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(title);

		facts = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(facts);

		syntheticWarning = new Label(body, SWT.WRAP);
		syntheticWarning.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(syntheticWarning);

		contents = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		contents.setHeaderVisible(true);
		contents.setLinesVisible(true);
		column(UiTexts.get("editor.kind"), 240, SWT.LEFT);
		column(UiTexts.get("editor.count"), 90, SWT.RIGHT);
		column(UiTexts.get("editor.synthetic"), 110, SWT.RIGHT);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(contents);

		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT)));

		PlanSession.get().addCommandStackListener(stackListener);
		PlanSession.get().addListener(sessionListener);
		refresh();
	}

	private void column(String text, int width, int align) {
		TableColumn c = new TableColumn(contents, align);
		c.setText(text);
		c.setWidth(width);
	}

	private void planChanged(Optional<Plan> plan) {
		if (plan.isEmpty()) {
			getSite().getPage().closeEditor(this, false);
			return;
		}
		PlanSession.get().file().ifPresent(f -> {
			setInput(new PlanEditorInput(f));
			setPartName(f.getFileName().toString());
			setTitleToolTip(f.toString());
		});
		refresh();
	}

	private void refreshLater() {
		if (body != null && !body.isDisposed()) {
			body.getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (body == null || body.isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		Optional<Plan> open = PlanSession.get().plan();
		if (open.isEmpty()) {
			return;
		}
		Plan plan = open.get();
		title.setText(PlanLabels.text(plan));
		facts.setText(UiTexts.get("editor.facts", nullToDash(plan.getRegion()), nullToDash(plan.getRegionCode()),
				String.valueOf(plan.getBaseYear()), plan.getStartYear() + "–" + plan.getEndYear(),
				String.valueOf(plan.getOutlookYear()), nullToDash(plan.getIssuer()), nullToDash(plan.getIssued()),
				PlanSession.get().file().map(Object::toString).orElse("—"),
				nullToDash(plan.getFormatVersion()) + " (" + PlanStore.FORMAT_VERSION + ")"));
		contents.removeAll();
		int syntheticTotal = 0;
		for (EReference reference : plan.eClass().getEAllContainments()) {
			List<?> elements = (List<?>) plan.eGet(reference);
			if (elements.isEmpty()) {
				continue;
			}
			int synthetic = (int) elements.stream()
					.filter(e -> e instanceof PlanElement p && p.isSynthetic()).count();
			syntheticTotal += synthetic;
			TableItem item = new TableItem(contents, SWT.NONE);
			item.setText(new String[] { PlanLabels.featureName(reference), String.valueOf(elements.size()),
					synthetic == 0 ? "" : String.valueOf(synthetic) });
			item.setImage(labels.getImage(firstOf(elements)));
			item.setData(reference);
		}
		syntheticWarning.setText(syntheticTotal == 0 && !plan.isSynthetic() ? ""
				: UiTexts.get("editor.syntheticWarning", syntheticTotal));
		body.layout(true, true);
		Control scroll = body.getParent();
		((ScrolledComposite) scroll).setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private static Object firstOf(List<?> elements) {
		return elements.isEmpty() ? null : elements.get(0);
	}

	private static String nullToDash(String s) {
		return s == null || s.isBlank() ? "—" : s;
	}

	/** @return the rows of the contents table as shown (kind, count, synthetic), for tests */
	public List<String[]> contentsRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : contents.getItems()) {
			rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2) });
		}
		return rows;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		PlanSession.get().saveable().saveOrReport(getSite().getShell(), monitor);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + PlanStore.EXTENSION });
		dialog.setOverwrite(true);
		PlanSession.get().file().ifPresent(f -> {
			dialog.setFilterPath(f.getParent().toString());
			dialog.setFileName(f.getFileName().toString());
		});
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		if (!chosen.endsWith("." + PlanStore.EXTENSION)) {
			chosen += "." + PlanStore.EXTENSION;
		}
		try {
			PlanSession.get().saveAs(java.nio.file.Path.of(chosen));
		} catch (java.io.IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), UiTexts.get("save.failedTitle"),
					UiTexts.get("save.failed", chosen, e.getMessage()));
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return PlanSession.get().isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public Saveable[] getSaveables() {
		return new Saveable[] { PlanSession.get().saveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public void setFocus() {
		contents.setFocus();
	}

	@Override
	public void dispose() {
		if (menuService != null && toolbar != null) {
			menuService.releaseContributions(toolbar);
		}
		PlanSession.get().removeListener(sessionListener);
		PlanSession.get().removeCommandStackListener(stackListener);
		if (labels != null) {
			labels.dispose();
		}
		super.dispose();
	}
}
