package org.minplan.ui.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.model.MinplanPackage;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.editor.PlanEditor;
import org.minplan.ui.internal.PlanExplorerView;
import org.minplan.ui.viewers.PlanTreeContentProvider;
import org.minplan.ui.model.PlanSession;
import org.minplan.ui.properties.PlanPropertySourceProvider;

/** The sample plan as a regulator meets it at first start: in the explorer, with its properties. */
class PlanExplorerTest {

	private static Plan plan;
	private static PlanExplorerView explorer;

	@BeforeAll
	static void waitForTheSamplePlan() throws PartInitException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 60_000;
		while (PlanSession.get().plan().isEmpty() && System.currentTimeMillis() < end) {
			Screenshots.flush(display, 100);
		}
		plan = PlanSession.get().plan().orElseThrow(() -> new AssertionError("no plan opened at start within 60 s"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		explorer = (PlanExplorerView) page.showView(PlanExplorerView.ID);
		page.showView(IPageLayout.ID_PROP_SHEET);
		Screenshots.flush(display, 300);
	}

	@Test
	void firstStartOpensACopyOfTheTachengSampleInTheWorkspace() {
		assertTrue(plan.getName().contains("塔城地区矿产资源总体规划"), plan.getName());
		String file = PlanSession.get().file().orElseThrow().toString();
		assertTrue(file.endsWith("plans/tacheng-2021-2025.minplan"), file);
		assertFalse(file.contains("org.minplan.sample"), "the user must edit a copy, not the bundled file: " + file);
	}

	@Test
	void explorerShowsThePlanWithOneFolderPerKindAndCounts() {
		TreeViewer viewer = explorer.getViewer();
		TreeItem root = viewer.getTree().getItem(0);
		assertEquals(PlanLabels.text(plan), root.getText());
		List<String> folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
		String exploration = PlanLabels.featureName(MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS) + " ("
				+ plan.getExplorationBlocks().size() + ")";
		String mines = PlanLabels.featureName(MinplanPackage.Literals.PLAN__MINES) + " (" + plan.getMines().size() + ")";
		assertTrue(folders.contains(exploration), folders + " lacks " + exploration);
		assertTrue(folders.contains(mines), folders + " lacks " + mines);
		assertTrue(plan.getExplorationBlocks().size() > 200, "sample has too few exploration blocks");
		Screenshots.of(explorer.getSite().getShell(), "explorer-sample");
	}

	/** @return the texts of every row of the Properties view (name and value columns) */
	private static List<String> propertiesShown(IWorkbenchPage page) {
		PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		assertNotNull(sheet, "no Properties view");
		org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) sheet.getCurrentPage().getControl();
		List<String> texts = new java.util.ArrayList<>();
		collect(tree.getItems(), texts);
		return texts;
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText(0));
			into.add(item.getText(1));
			item.setExpanded(true);
			collect(item.getItems(), into);
		}
	}

	private static PlanEditor planEditor() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		Screenshots.flush(Display.getCurrent(), 200);
		IEditorReference[] editors = page.findEditors(null, PlanEditor.ID, IWorkbenchPage.MATCH_ID);
		assertEquals(1, editors.length, "the plan editor is not open");
		return (PlanEditor) editors[0].getEditor(true);
	}

	@Test
	void planEditorSummarisesThePlanAndFlagsSyntheticData() {
		PlanEditor editor = planEditor();
		List<String[]> rows = editor.contentsRows();
		String kind = PlanLabels.featureName(MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS);
		String[] row = rows.stream().filter(r -> r[0].equals(kind)).findFirst()
				.orElseThrow(() -> new AssertionError("no row for " + kind));
		assertEquals(String.valueOf(plan.getExplorationBlocks().size()), row[1]);
		long synthetic = plan.getExplorationBlocks().stream().filter(b -> b.isSynthetic()).count();
		assertTrue(synthetic > 0, "the sample's generated blocks must be marked synthetic");
		assertEquals(String.valueOf(synthetic), row[2]);
		Screenshots.of(editor.getSite().getShell(), "plan-editor");
	}

	@Test
	void groupingByCountyShowsTheSevenCounties() {
		try {
			explorer.setGrouping(PlanTreeContentProvider.Grouping.BY_COUNTY);
			TreeItem root = explorer.getViewer().getTree().getItem(0);
			List<String> folders = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
			for (String county : List.of("塔城市", "乌苏市", "沙湾市", "额敏县", "托里县", "裕民县", "和布克赛尔蒙古自治县")) {
				assertTrue(folders.stream().anyMatch(f -> f.startsWith(county)), folders + " lacks " + county);
			}
			Screenshots.of(explorer.getSite().getShell(), "explorer-by-county");
		} finally {
			explorer.setGrouping(PlanTreeContentProvider.Grouping.BY_KIND);
		}
	}

	@Test
	void filterKeepsOnlyMatchingElements() {
		try {
			explorer.getFilter().setText("托里县");
			Screenshots.flush(Display.getCurrent(), 200);
			TreeItem root = explorer.getViewer().getTree().getItem(0);
			assertTrue(root.getItemCount() > 0, "filter hid everything");
			for (TreeItem folder : root.getItems()) {
				explorer.getViewer().expandToLevel(folder.getData(), 1);
				for (TreeItem item : folder.getItems()) {
					if (item.getData() != null) {
						assertTrue(item.getText().contains("托里县"), "filter kept " + item.getText());
					}
				}
			}
			Screenshots.of(explorer.getSite().getShell(), "explorer-filtered");
		} finally {
			explorer.getFilter().setText("");
		}
	}

	@Test
	void editingAPropertyIsUndoable() {
		MiningBlock block = plan.getMiningBlocks().get(0);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(block), true);
		assertEquals(block, ((IStructuredSelection) explorer.getViewer().getSelection()).getFirstElement());
		Screenshots.flush(Display.getCurrent(), 500);
		List<String> shown = propertiesShown(page);
		assertTrue(shown.contains(block.getCode()), "Properties view does not show the block's code: " + shown);

		IPropertySource source = new PlanPropertySourceProvider(PlanSession.get().adapterFactory())
				.getPropertySource(block);
		IPropertyDescriptor area = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals(PlanLabels.featureName(MinplanPackage.Literals.SPATIAL_ELEMENT__STATED_AREA)))
				.findFirst().orElseThrow(() -> new AssertionError("no stated-area property"));
		assertNotNull(area.createPropertyEditor(explorer.getViewer().getTree()), "stated area is not editable");
		BigDecimal before = block.getStatedArea();
		source.setPropertyValue(area.getId(), new BigDecimal("1.2345"));
		assertEquals(new BigDecimal("1.2345"), block.getStatedArea());
		assertTrue(PlanSession.get().isDirty(), "plan not marked as changed");
		assertTrue(planEditor().isDirty(), "the plan editor shows no unsaved-changes marker");

		PlanSession.get().domain().getCommandStack().undo();
		assertEquals(before, block.getStatedArea(), "undo did not restore the area");
		assertFalse(PlanSession.get().isDirty());
		Screenshots.of(explorer.getSite().getShell(), "properties-mining-block");
	}
}
