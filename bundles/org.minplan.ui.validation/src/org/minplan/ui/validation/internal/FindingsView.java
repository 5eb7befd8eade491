package org.minplan.ui.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.validation.Messages;
import org.minplan.ui.validation.PlanValidation;
import org.minplan.validation.Finding;
import org.minplan.validation.QuickFix;
import org.minplan.validation.Rule;
import org.minplan.validation.RuleRegistry;
import org.minplan.validation.Severity;
import org.minplan.validation.ValidationResult;

/**
 * 校验结果: the findings of the open plan, kept up to date while it is edited, grouped by severity and rule
 * (or by rule, or by county) with a count per group and a filter. Selecting a finding selects its elements in
 * the workbench (explorer, tables, map, Properties follow); the context menu applies its quick fix, or the fix
 * of every finding of the same kind, as one undoable command.
 */
public class FindingsView extends ViewPart {

	/** View id, permanent. */
	public static final String ID = "org.minplan.ui.validation.findings";

	/** How findings are grouped. */
	public enum Grouping {
		SEVERITY, RULE, COUNTY
	}

	/** A folder of findings. */
	public record Group(String label, Image image, List<Object> children, int count) {
	}

	private TreeViewer viewer;
	private Text filter;
	private Grouping grouping = Grouping.SEVERITY;
	private Optional<ValidationResult> result = Optional.empty();
	private final Map<String, Rule> rules = new LinkedHashMap<>();
	private final Consumer<Optional<ValidationResult>> listener = r -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> show(r));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		for (Rule rule : RuleRegistry.fromPlatform().rules()) {
			rules.put(rule.id(), rule);
		}
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.text("view.filter"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new Labels());
		viewer.addFilter(new TextFilter());
		filter.addModifyListener(e -> {
			viewer.refresh();
			viewer.expandToLevel(2);
		});
		getSite().setSelectionProvider(new ElementSelection());
		viewer.addDoubleClickListener(e -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.activate(getSite().getPage().findView("org.minplan.ui.views.planExplorer")));
		installMenus();
		PlanValidation.get().start();
		PlanValidation.get().addListener(listener);
		show(PlanValidation.get().latest());
	}

	private void installMenus() {
		IMenuManager viewMenu = getViewSite().getActionBars().getMenuManager();
		for (Grouping g : Grouping.values()) {
			Action action = new Action(Messages.text("group." + g.name().toLowerCase(Locale.ROOT)), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						setGrouping(g);
					}
				}
			};
			action.setChecked(g == grouping);
			viewMenu.add(action);
		}
		viewMenu.add(new org.eclipse.jface.action.Separator());
		viewMenu.add(new Action(Messages.text("rules.menu")) {
			@Override
			public void run() {
				new RuleSettingsDialog(getSite().getShell()).open();
			}
		});
		MenuManager context = new MenuManager();
		context.setRemoveAllWhenShown(true);
		context.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
	}

	private void fillContextMenu(IMenuManager menu) {
		Object first = viewer.getStructuredSelection().getFirstElement();
		if (!(first instanceof Finding finding) || finding.quickFix().isEmpty()) {
			return;
		}
		QuickFix fix = finding.quickFix().get();
		Locale locale = Locale.getDefault();
		menu.add(new Action(Messages.text("fix.one", fix.label(locale))) {
			@Override
			public void run() {
				PlanSession.get().domain().getCommandStack().execute(fix.createCommand(PlanSession.get().domain()));
			}
		});
		List<Finding> sameKind = result.map(r -> r.findings().stream()
				.filter(f -> f.quickFix().map(q -> q.kind().equals(fix.kind())).orElse(false)).toList())
				.orElse(List.of());
		if (sameKind.size() > 1) {
			menu.add(new Action(Messages.text("fix.all", sameKind.size())) {
				@Override
				public void run() {
					CompoundCommand all = new CompoundCommand(fix.label(locale));
					for (Finding f : sameKind) {
						all.append(f.quickFix().get().createCommand(PlanSession.get().domain()));
					}
					PlanSession.get().domain().getCommandStack().execute(all);
				}
			});
		}
	}

	/** Groups the findings by severity, rule or county. */
	public void setGrouping(Grouping grouping) {
		this.grouping = grouping;
		viewer.refresh();
		viewer.expandToLevel(2);
	}

	private void show(Optional<ValidationResult> next) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		result = next;
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(next.orElse(null));
		if (expanded.length == 0) {
			viewer.expandToLevel(2);
		} else {
			viewer.expandToLevel(2);
		}
		if (PlanSession.get().plan().isEmpty()) {
			setContentDescription(Messages.text("view.noPlan"));
		} else {
			setContentDescription(next.map(r -> Messages.text("view.summary", r.count(Severity.ERROR),
					r.count(Severity.WARNING), r.count(Severity.INFO))).orElse(Messages.text("view.checking")));
		}
	}

	/** @return the findings shown, in tree order (for tests) */
	public List<Finding> shownFindings() {
		return result.map(ValidationResult::findings).orElse(List.of());
	}

	/** @return the tree */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		PlanValidation.get().removeListener(listener);
		super.dispose();
	}

	private String ruleTitle(String id) {
		Rule rule = rules.get(id);
		return rule == null ? id : rule.title(Locale.getDefault());
	}


	private List<Object> groupBy(List<Finding> findings, Function<Finding, String> key, Function<String, String> label,
			Function<List<Finding>, Image> image, Function<List<Finding>, List<Object>> inner) {
		Map<String, List<Finding>> groups = new LinkedHashMap<>();
		for (Finding f : findings) {
			groups.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
		}
		List<Object> result = new ArrayList<>();
		groups.forEach((k, list) -> result.add(new Group(label.apply(k), image.apply(list), inner.apply(list), list.size())));
		return result;
	}

	/** @return the icon of the first (most serious, findings are sorted) finding of a group */
	private static Image firstImage(List<Finding> group) {
		return FindingSeverity.named(group.get(0).severity().name()).image();
	}

	private List<Object> byRule(List<Finding> findings) {
		return groupBy(findings, Finding::ruleId, this::ruleTitle, FindingsView::firstImage,
				list -> new ArrayList<>(list));
	}

	private List<Object> roots(ValidationResult r) {
		List<Finding> findings = new ArrayList<>(r.findings());
		findings.sort(Comparator.comparing(Finding::severity));
		return switch (grouping) {
		case SEVERITY -> groupBy(findings, f -> f.severity().name(),
				k -> Severity.valueOf(k).label(Locale.getDefault()), FindingsView::firstImage,
				this::byRule);
		case RULE -> byRule(findings);
		case COUNTY -> groupBy(findings, FindingsView::county,
				k -> k.isEmpty() ? Messages.text("noCounty") : k, list -> null, this::byRule);
		};
	}

	private static String county(Finding f) {
		return f.element().filter(SpatialElement.class::isInstance).map(SpatialElement.class::cast)
				.map(SpatialElement::getCounty).map(PlanLabels::text).orElse("");
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof ValidationResult r ? roots(r).toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group g ? g.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group g && !g.children().isEmpty();
		}
	}

	private static final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof Group g) {
				return g.label() + " (" + g.count() + ")";
			}
			if (element instanceof Finding f) {
				return f.message(Locale.getDefault());
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof Group g) {
				return g.image();
			}
			return element instanceof Finding f ? FindingSeverity.named(f.severity().name()).image() : null;
		}
	}

	private final class TextFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parent, Object element) {
			String text = filter.getText().trim().toLowerCase(Locale.ROOT);
			if (text.isEmpty()) {
				return true;
			}
			if (element instanceof Group g) {
				return g.children().stream().anyMatch(c -> select(v, g, c));
			}
			if (element instanceof Finding f) {
				return (f.message(Locale.getDefault()) + " " + f.ruleId() + " " + String.join(" ", f.elementLabels()))
						.toLowerCase(Locale.ROOT).contains(text);
			}
			return true;
		}
	}

	/** Publishes the selected findings' elements, so other parts select what the finding is about. */
	private final class ElementSelection implements ISelectionProvider {
		private final List<ISelectionChangedListener> listeners = new ArrayList<>();

		ElementSelection() {
			viewer.addSelectionChangedListener(e -> {
				SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
				for (ISelectionChangedListener l : List.copyOf(listeners)) {
					l.selectionChanged(event);
				}
			});
		}

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener l) {
			listeners.add(l);
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener l) {
			listeners.remove(l);
		}

		@Override
		public org.eclipse.jface.viewers.ISelection getSelection() {
			List<EObject> elements = new ArrayList<>();
			for (Object o : viewer.getStructuredSelection().toList()) {
				if (o instanceof Finding f) {
					elements.addAll(f.elements());
				}
			}
			return new StructuredSelection(elements);
		}

		@Override
		public void setSelection(org.eclipse.jface.viewers.ISelection selection) {
			if (selection instanceof IStructuredSelection s) {
				viewer.setSelection(s);
			}
		}
	}
}
