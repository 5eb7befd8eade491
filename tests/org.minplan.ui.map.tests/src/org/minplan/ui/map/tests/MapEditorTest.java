package org.minplan.ui.map.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanPackage;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.findings.FindingSeverity;
import org.minplan.ui.findings.ElementFindings;
import org.minplan.ui.map.internal.LayerRegistry;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapEditor;
import org.minplan.ui.map.internal.MapExport;
import org.minplan.ui.map.internal.layers.CountyLayer;
import org.minplan.ui.map.internal.layout.LayoutDiagram;
import org.minplan.ui.map.internal.layout.LayoutDiagramEditor;
import org.minplan.ui.map.internal.render.LabelPlacer;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.Viewport;
import org.minplan.ui.model.PlanSession;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The map as a user meets it on the Tacheng sample plan: looking, clicking, reshaping, drawing, layers. */
class MapEditorTest {

	private static final String COUNTIES = "org.minplan.ui.map.layers.counties";
	private static final String MINING = "org.minplan.ui.map.layers.miningBlocks";
	private static final String EXPLORATION = "org.minplan.ui.map.layers.explorationBlocks";
	private static final String CONCENTRATED = "org.minplan.ui.map.layers.concentratedAreas";

	private MapEditor map;
	private MapCanvas canvas;
	private Plan plan;

	@BeforeEach
	void openTheMap() throws Exception {
		map = MapFixture.openMap();
		canvas = map.canvas();
		plan = PlanSession.get().plan().orElseThrow();
		canvas.setSelection(List.of());
		canvas.content().orElseThrow().layers().forEach(l -> l.setVisible(l.descriptor().visible()));
		map.layersPanel().refreshItems();
		map.applyColouring(0);
		canvas.zoomToPlan();
		settle();
	}

	/** Shows the map on the whole window (double-click on its tab), or back in the perspective. */
	private void maximize(boolean on) {
		var reference = MapFixture.page().getReference(map);
		MapFixture.page().setPartState(reference,
				on ? org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED : org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		Screenshots.flush(canvas.control().getDisplay(), 300);
	}

	/** Moves the pointer off the map (no tooltip) and saves a screenshot of the window. */
	private void shoot(String name) {
		MapFixture.mouse(canvas.control(), SWT.MouseExit, -1, -1, 0, 0);
		Screenshots.flush(canvas.control().getDisplay(), 300);
		Screenshots.of(MapFixture.window().getShell(), name);
	}

	@AfterEach
	void undoEverything() {
		maximize(false);
		var stack = PlanSession.get().domain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		settle();
	}

	private void settle() {
		Screenshots.flush(canvas.control().getDisplay(), 250);
		canvas.updateBuffer();
	}

	private MapContent content() {
		return canvas.content().orElseThrow();
	}

	private MapFeature feature(String layer, EObject element) {
		return content().layer(layer).orElseThrow().feature(element)
				.orElseThrow(() -> new AssertionError(element + " is not on layer " + layer));
	}

	/** Shows {@code element} filling about a third of the map. */
	private void zoomTo(String layer, EObject element, double denominator) {
		MapFeature f = feature(layer, element);
		Viewport v = canvas.viewport().centredOn(f.envelope().centre().x, f.envelope().centre().y)
				.withScale(1 / (denominator * Viewport.METRES_PER_SCREEN_PIXEL));
		canvas.setViewport(v);
		settle();
	}

	private Point labelPointOnScreen(String layer, EObject element) {
		double[] p = feature(layer, element).labelPoint();
		return canvas.toScreen(p[0], p[1]);
	}

	private static String areaRow(List<String> rows) {
		return rows.stream().filter(r -> r.contains("km²")).findFirst()
				.orElseThrow(() -> new AssertionError("no area in the Properties view: " + rows));
	}

	@Test
	void showsAllSevenCountiesAndEveryBlock() {
		List<AdministrativeDivision> counties = plan.getDivisions().stream().filter(CountyLayer::isCountyLevel)
				.toList();
		assertEquals(7, counties.size(), "county-level units of the sample");
		maximize(true);
		canvas.zoomToPlan();
		settle();
		Envelope seen = canvas.viewport().envelope();
		for (AdministrativeDivision county : counties) {
			assertTrue(seen.covers(feature(COUNTIES, county).envelope()), county.getName() + " is not wholly on screen");
		}
		List<Block> blocks = new ArrayList<>();
		blocks.addAll(plan.getExplorationBlocks());
		blocks.addAll(plan.getMiningBlocks());
		blocks.addAll(plan.getConcentratedAreas());
		assertTrue(blocks.size() > 390, "blocks of the sample: " + blocks.size());
		for (Block block : blocks) {
			String layer = block instanceof MiningBlock ? MINING : block instanceof ExplorationBlock ? EXPLORATION
					: CONCENTRATED;
			assertTrue(seen.covers(feature(layer, block).envelope()), block.getCode() + " is not on screen");
		}
		canvas.invalidate();
		canvas.updateBuffer();
		shoot("map-1-whole-plan");
		List<String> labels = canvas.renderer().lastLabels().stream().map(p -> p.candidate().text()).toList();
		for (AdministrativeDivision county : counties) {
			assertTrue(labels.contains(county.getName()), county.getName() + " is not written on the map: " + labels);
		}
		var stats = canvas.lastStats();
		assertTrue(stats.areas() + stats.dots() >= blocks.size(), "drawn areas " + stats);
	}

	@Test
	void clickingABlockSelectsItForTheWorkbenchAndTheProperties() throws Exception {
		MiningBlock block = plan.getMiningBlocks().get(0);
		zoomTo(MINING, block, 100_000);
		MapFixture.click(canvas, labelPointOnScreen(MINING, block));

		assertEquals(List.of(block), canvas.selection());
		IStructuredSelection selection = (IStructuredSelection) MapFixture.page().getSelection();
		assertSame(block, selection.getFirstElement(), "the workbench selection");
		List<String> rows = MapFixture.propertiesShown();
		assertTrue(rows.stream().anyMatch(r -> r.endsWith("= " + block.getCode())), "code not shown: " + rows);
		assertEquals(map.properties().areaText(block).orElseThrow(), areaRow(rows).split(" = ")[1]);
	}

	@Test
	void draggingAVertexChangesTheAreaAndUndoRestoresTheExactCoordinates() throws Exception {
		ExplorationBlock block = plan.getExplorationBlocks().get(5);
		zoomTo(EXPLORATION, block, 50_000);
		MapFixture.click(canvas, labelPointOnScreen(EXPLORATION, block));
		assertEquals(List.of(block), canvas.selection());
		Shape before = block.getGeometry();
		String areaBefore = areaRow(MapFixture.propertiesShown());

		double[] ring = feature(EXPLORATION, block).rings()[0];
		Point corner = canvas.toScreen(ring[0], ring[1]);
		Point centre = labelPointOnScreen(EXPLORATION, block);
		Point outwards = new Point(corner.x + Integer.signum(corner.x - centre.x) * 40,
				corner.y + Integer.signum(corner.y - centre.y) * 30);
		MapFixture.activate(map);
		MapFixture.drag(canvas, corner, outwards);

		Shape after = block.getGeometry();
		assertNotEquals(before, after, "the vertex did not move");
		assertEquals(before.vertexCount(), after.vertexCount());
		String areaAfter = areaRow(MapFixture.propertiesShown());
		assertNotEquals(areaBefore, areaAfter, "the area in the Properties view did not change");
		shoot("map-3-vertex-dragged");

		MapFixture.activate(map);
		MapFixture.run("org.eclipse.ui.edit.undo");
		assertEquals(before, block.getGeometry(), "undo did not restore the coordinates");
		assertEquals(before.toString(), block.getGeometry().toString());
		assertEquals(areaBefore, areaRow(MapFixture.propertiesShown()));
	}

	@Test
	void drawingAPolygonCreatesABlockInTheCountyItLiesIn() {
		AdministrativeDivision tuoli = plan.getDivisions().stream().filter(d -> "654224".equals(d.getCode()))
				.findFirst().orElseThrow();
		zoomTo(COUNTIES, tuoli, 150_000);
		int before = plan.getExplorationBlocks().size();
		Rectangle area = canvas.control().getClientArea();
		Point c = new Point(area.width / 2, area.height / 2);
		map.startDrawing(MinplanPackage.Literals.EXPLORATION_BLOCK);
		MapFixture.click(canvas, new Point(c.x - 50, c.y - 35));
		MapFixture.click(canvas, new Point(c.x + 50, c.y - 40));
		MapFixture.click(canvas, new Point(c.x + 45, c.y + 35));
		MapFixture.doubleClick(canvas, new Point(c.x - 45, c.y + 40));

		assertEquals(before + 1, plan.getExplorationBlocks().size(), "no new exploration block");
		ExplorationBlock created = plan.getExplorationBlocks().get(before);
		assertSame(tuoli, created.getCounty(), "county of the new block");
		assertTrue(created.getCode().startsWith("654224K"), created.getCode());
		assertEquals(List.of(created), canvas.selection());
		Shape shape = created.getGeometry();
		assertEquals(Shape.Kind.POLYGON, shape.kind());
		assertEquals(5, shape.vertexCount(), "four corners and the closing one: " + shape);
		assertTrue(shape.srid() >= 4515 && shape.srid() <= 4517, "stored in a GK zone with prefix: " + shape);
		assertNotNull(created.getId());
		feature(EXPLORATION, created);
		shoot("map-4-block-drawn");
	}

	@Test
	void aHiddenLayerIsNotHitTestable() {
		MiningBlock block = plan.getMiningBlocks().get(3);
		zoomTo(MINING, block, 100_000);
		Point p = labelPointOnScreen(MINING, block);
		assertSame(block, canvas.hit(p.x, p.y).orElseThrow().feature().element());

		TableItem item = itemOf(MINING);
		item.setChecked(false);
		Event check = new Event();
		check.item = item;
		check.detail = SWT.CHECK;
		map.layersPanel().table().notifyListeners(SWT.Selection, check);
		settle();

		assertFalse(content().layer(MINING).orElseThrow().visible());
		Optional<MapCanvas.Hit> hit = canvas.hit(p.x, p.y);
		assertTrue(hit.isEmpty() || hit.get().feature().element() != block, "a hidden block was hit");
		MapFixture.click(canvas, p);
		assertFalse(canvas.selection().contains(block), "a hidden block was selected");
	}

	private TableItem itemOf(String layerId) {
		for (TableItem item : map.layersPanel().table().getItems()) {
			if (item.getData() instanceof MapContent.Layer layer && layer.descriptor().id().equals(layerId)) {
				return item;
			}
		}
		throw new AssertionError("layer " + layerId + " is not in the layer list");
	}

	@Test
	void aCloserZoomWritesBlockLabelsThatDoNotOverlap() {
		AdministrativeDivision tuoli = plan.getDivisions().stream().filter(d -> "654224".equals(d.getCode()))
				.findFirst().orElseThrow();
		maximize(true);
		zoomTo(COUNTIES, tuoli, 500_000);
		canvas.invalidate();
		canvas.updateBuffer();
		List<LabelPlacer.Placed> labels = canvas.renderer().lastLabels();
		long blockLabels = labels.stream().filter(l -> l.candidate().element() instanceof Block).count();
		assertTrue(blockLabels >= 10, "block labels at 1:500 000: " + blockLabels);
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertFalse(labels.get(i).box().intersects(labels.get(j).box()),
						labels.get(i).candidate().text() + " overlaps " + labels.get(j).candidate().text());
			}
		}
		shoot("map-2-zoomed");
	}

	@Test
	void findingsShowAsBadgesAndColourBySeverity() {
		MiningBlock flagged = plan.getMiningBlocks().get(1);
		ElementFindings findings = new ElementFindings() {
			@Override
			public Optional<FindingSeverity> severity(EObject element) {
				return element == flagged ? Optional.of(FindingSeverity.ERROR) : Optional.empty();
			}

			@Override
			public List<String> messages(EObject element) {
				return element == flagged ? List.of("test finding") : List.of();
			}

			@Override
			public void addChangeListener(Runnable listener) {
			}

			@Override
			public void removeChangeListener(Runnable listener) {
			}
		};
		ServiceRegistration<ElementFindings> registration = FrameworkUtil.getBundle(MapEditorTest.class)
				.getBundleContext().registerService(ElementFindings.class, findings, null);
		try {
			settle();
			map.applyColouring("org.minplan.ui.map.colouring.severity");
			zoomTo(MINING, flagged, 200_000);
			canvas.invalidate();
			canvas.updateBuffer();
			assertTrue(canvas.lastStats().badges() >= 1, "badges drawn: " + canvas.lastStats());
			assertEquals(Optional.of(FindingSeverity.ERROR),
					org.minplan.ui.findings.FindingsTracker.get().severity(flagged));
			assertTrue(canvas.legendSections().stream().anyMatch(s -> s.entries().stream()
					.anyMatch(e -> e.label().contains("1"))), "the legend counts the finding");
		} finally {
			registration.unregister();
			map.applyColouring(0);
		}
	}

	@Test
	void colouringByMineralRecoloursBlocksAndExplainsItInTheLegend() {
		AdministrativeDivision tuoli = plan.getDivisions().stream().filter(d -> "654224".equals(d.getCode()))
				.findFirst().orElseThrow();
		maximize(true);
		map.applyColouring("org.minplan.ui.map.colouring.mineral");
		try {
			zoomTo(COUNTIES, tuoli, 600_000);
			var sections = canvas.legendSections();
			var colouring = sections.get(sections.size() - 1);
			assertTrue(colouring.entries().size() >= 3, "mineral lines in the legend: " + colouring.entries());
			String gold = plan.getMinerals().stream().filter(m -> "金".equals(m.getName()) || "金矿".equals(m.getName()))
					.map(m -> m.getName()).findFirst().orElse("金");
			assertTrue(colouring.entries().stream().anyMatch(e -> e.label().startsWith(gold)),
					"gold blocks are in 托里县: " + colouring.entries());
			shoot("map-5-colour-by-mineral");
		} finally {
			map.applyColouring(0);
		}
	}

	@Test
	void theWorkbenchsValidationFindingsShowAsBadges() {
		MapFixture.waitFor("the first validation of the sample", 120,
				() -> org.minplan.ui.validation.PlanValidation.get().latest().isPresent());
		var result = org.minplan.ui.validation.PlanValidation.get().latest().orElseThrow();
		MiningBlock flagged = null;
		for (var finding : result.findings()) {
			for (EObject e : finding.elements()) {
				if (e instanceof MiningBlock b && finding.severity() == org.minplan.validation.Severity.ERROR) {
					flagged = b;
				}
			}
		}
		assertNotNull(flagged, "the sample has mining blocks with errors (e.g. limestone outside concentrated areas)");
		MapFixture.waitFor("the map to learn the findings", 30,
				() -> org.minplan.ui.findings.FindingsTracker.get().available());
		assertEquals(Optional.of(FindingSeverity.ERROR),
				org.minplan.ui.findings.FindingsTracker.get().severity(flagged));
		maximize(true);
		map.applyColouring("org.minplan.ui.map.colouring.severity");
		try {
			zoomTo(MINING, flagged, 400_000);
			canvas.invalidate();
			canvas.updateBuffer();
			assertTrue(canvas.lastStats().badges() >= 1, "no badge on " + flagged.getCode());
			shoot("map-6-validation-findings");
		} finally {
			map.applyColouring(0);
		}
	}

	@Test
	void exportsPngAndSvgAtAChosenScale() throws Exception {
		Path dir = Files.createTempDirectory("map-export");
		MapExport.Spec asked = new MapExport.Spec(content().extent(), 2_000_000, 150, "塔城地区 规划图");
		Path png = dir.resolve("plan.png");
		MapExport.Spec spec = map.export(false, asked, png);
		assertEquals(asked.mapSize(), spec.mapSize(), "the map frame is the extent at 1:2 000 000");
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertEquals(spec.pixels().x, image.width);
		assertEquals(spec.pixels().y, image.height);
		Files.copy(png, Screenshots.folder().toPath().resolve("map-export-1-2000000.png"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		Path svg = dir.resolve("plan.svg");
		map.export(true, asked, svg);
		String text = Files.readString(svg);
		assertTrue(text.startsWith("<?xml") && text.contains("<svg"), "not an SVG");
		assertTrue(text.contains("1:2 000 000"), "scale not stated");
		for (AdministrativeDivision d : plan.getDivisions()) {
			if (CountyLayer.isCountyLevel(d)) {
				assertTrue(text.contains(">" + d.getName() + "<"), d.getName() + " not labelled in the SVG");
			}
		}
		assertTrue(text.chars().filter(ch -> ch == '<').count() > 500, "too few elements in the SVG");
	}

	@Test
	void contributedLayersAreUsedAndBrokenContributionsLoggedAndSkipped() {
		List<String> ids = LayerRegistry.get().layers().stream().map(l -> l.id()).collect(Collectors.toList());
		assertTrue(ids.contains("org.minplan.ui.map.tests.contributedLayer"), ids.toString());
		assertFalse(ids.contains("org.minplan.ui.map.tests.brokenLayer"));
		assertFalse(ids.contains("org.minplan.ui.map.tests.badOrder"));
		List<String> problems = LayerRegistry.get().problems();
		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().allMatch(p -> p.contains("org.minplan.ui.map.tests")), problems.toString());
		assertTrue(content().layer("org.minplan.ui.map.tests.contributedLayer").isPresent());
	}

	@Test
	void theLayoutDiagramShowsUnitsZonesAndBlocksAndClickingSelects() throws Exception {
		MapFixture.run(MapFixture.OPEN_LAYOUT);
		IEditorPart part = MapFixture.page().getActiveEditor();
		assertTrue(part instanceof LayoutDiagramEditor, "Layout Diagram opened " + part);
		LayoutDiagramEditor layout = (LayoutDiagramEditor) part;
		LayoutDiagram diagram = layout.diagram();
		for (var unit : plan.getLayoutUnits()) {
			assertEquals(1, layout.nodesOf(unit).stream().filter(n -> n.kind() == LayoutDiagram.Kind.UNIT).count(),
					"unit " + unit.getName());
		}
		long zones = diagram.allNodes().stream().filter(n -> n.kind() == LayoutDiagram.Kind.ZONE).count();
		long blocks = diagram.allNodes().stream().filter(n -> n.kind() == LayoutDiagram.Kind.BLOCK).count();
		assertTrue(zones > 0, "no zones in the diagram");
		assertTrue(blocks > 300, "blocks in the diagram: " + blocks);
		assertFalse(diagram.edges().isEmpty());

		Block block = plan.getMiningBlocks().get(0);
		LayoutDiagram.Node node = layout.nodesOf(block).get(0);
		layout.canvas().setFocus();
		Point at = layout.toScreen(node.x() + node.width() / 2, node.y() + node.height() / 2);
		var c = layout.canvas();
		MapFixture.mouse(c, SWT.MouseDown, at.x, at.y, 1, 0);
		MapFixture.mouse(c, SWT.MouseUp, at.x, at.y, 1, SWT.BUTTON1);
		Screenshots.flush(c.getDisplay(), 200);
		assertSame(block, ((IStructuredSelection) layout.getSelection()).getFirstElement());
		assertSame(block, ((IStructuredSelection) MapFixture.page().getSelection()).getFirstElement());
		MapFixture.page().setPartState(MapFixture.page().getReference(layout),
				org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.flush(c.getDisplay(), 300);
		layout.fit();
		Screenshots.of(MapFixture.window().getShell(), "layout-diagram");
		MapFixture.page().setPartState(MapFixture.page().getReference(layout),
				org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		var image = layout.snapshot(4000, 8000);
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Screenshots.folder().toPath().resolve("layout-diagram-full.png").toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		MapFixture.page().closeEditor(layout, false);
	}
}
