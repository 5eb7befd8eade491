package org.minplan.ui.map.tests;

import org.minplan.tests.ui.support.Screenshots;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.MapCanvas;
import org.minplan.ui.map.internal.MapEditor;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.Viewport;
import org.minplan.ui.model.PlanSession;

/** Editing on the map as a user does it: move, add and delete corners, snap, select by rectangle, layers. */
class MapEditingTest {

	private static final String EXPLORATION = "org.minplan.ui.map.layers.explorationBlocks";

	private MapEditor map;
	private MapCanvas canvas;
	private Plan plan;

	@BeforeEach
	void openTheMap() throws Exception {
		map = MapFixture.openMap();
		canvas = map.canvas();
		plan = PlanSession.get().plan().orElseThrow();
		canvas.setSelection(List.of());
		MapFixture.activate(map);
	}

	@AfterEach
	void undoEverything() {
		var stack = PlanSession.get().domain().getCommandStack();
		while (stack.canUndo()) {
			stack.undo();
		}
		Screenshots.flush(canvas.control().getDisplay(), 200);
	}

	private MapContent content() {
		return canvas.content().orElseThrow();
	}

	private MapFeature feature(EObject element) {
		return content().layer(EXPLORATION).orElseThrow().feature(element).orElseThrow();
	}

	/** An exploration block stored in zone 28 (the display system), so coordinates compare exactly. */
	private ExplorationBlock blockInZone28(int skip) {
		return plan.getExplorationBlocks().stream().filter(b -> b.getGeometry().srid() == 4516).skip(skip)
				.findFirst().orElseThrow();
	}

	private void showAndSelect(ExplorationBlock block, double denominator) {
		MapFeature f = feature(block);
		canvas.setViewport(canvas.viewport().centredOn(f.envelope().centre().x, f.envelope().centre().y)
				.withScale(1 / (denominator * Viewport.METRES_PER_SCREEN_PIXEL)));
		Screenshots.flush(canvas.control().getDisplay(), 150);
		double[] p = f.labelPoint();
		MapFixture.click(canvas, canvas.toScreen(p[0], p[1]));
		assertEquals(List.of(block), canvas.selection());
	}

	@Test
	void draggingASelectedBlockMovesItByTheDraggedDistance() {
		ExplorationBlock block = blockInZone28(0);
		showAndSelect(block, 50_000);
		Shape before = block.getGeometry();
		double[] p = feature(block).labelPoint();
		Point from = canvas.toScreen(p[0], p[1]);
		MapFixture.drag(canvas, from, new Point(from.x + 60, from.y + 40));

		Shape after = block.getGeometry();
		double mpp = canvas.viewport().metresPerPixel();
		assertEquals(before.x() + 60 * mpp, after.x(), 0.02, "moved east by 60 pixels");
		assertEquals(before.y() - 40 * mpp, after.y(), 0.02, "moved south by 40 pixels");
		assertEquals(before.vertexCount(), after.vertexCount());
		PlanSession.get().domain().getCommandStack().undo();
		assertEquals(before, block.getGeometry());
	}

	@Test
	void doubleClickOnAnEdgeAddsACornerAndDeleteRemovesTheClickedOne() {
		ExplorationBlock block = blockInZone28(1);
		showAndSelect(block, 50_000);
		int corners = block.getGeometry().vertexCount();
		double[] ring = feature(block).rings()[0];
		Point a = canvas.toScreen(ring[0], ring[1]);
		Point b = canvas.toScreen(ring[2], ring[3]);
		MapFixture.doubleClick(canvas, new Point((a.x + b.x) / 2, (a.y + b.y) / 2));
		assertEquals(corners + 1, block.getGeometry().vertexCount(), "a corner was not added");

		MapFixture.click(canvas, a);
		Event delete = new Event();
		delete.keyCode = SWT.DEL;
		canvas.control().notifyListeners(SWT.KeyDown, delete);
		Screenshots.flush(canvas.control().getDisplay(), 150);
		assertEquals(corners, block.getGeometry().vertexCount(), "the clicked corner was not deleted");
		double[] left = block.getGeometry().exterior();
		for (int i = 2; i < left.length - 2; i += 2) {
			assertFalse(left[i] == ring[0] && left[i + 1] == ring[1], "the first corner is still there");
		}
	}

	@Test
	void aDraggedCornerSnapsExactlyToANeighboursCorner() {
		ExplorationBlock block = blockInZone28(2);
		showAndSelect(block, 50_000);
		// the first corner of the nearest other block in the same zone
		double[] centre = { feature(block).envelope().centre().x, feature(block).envelope().centre().y };
		ExplorationBlock other = plan.getExplorationBlocks().stream()
				.filter(b -> b != block && b.getGeometry().srid() == 4516)
				.min(java.util.Comparator.comparingDouble(b -> Math.hypot(b.getGeometry().x() - centre[0],
						b.getGeometry().y() - centre[1])))
				.orElseThrow();
		Shape otherShape = other.getGeometry();
		double[] target = { otherShape.x(), otherShape.y() };
		double[] ring = feature(block).rings()[0];
		canvas.setViewport(canvas.viewport().centredOn((ring[0] + target[0]) / 2, (ring[1] + target[1]) / 2)
				.withScale(Math.min(canvas.viewport().pixelsPerMetre(),
						0.5 * Math.min(canvas.viewport().width(), canvas.viewport().height())
								/ Math.max(1, Math.hypot(ring[0] - target[0], ring[1] - target[1])))));
		Screenshots.flush(canvas.control().getDisplay(), 150);
		Point corner = canvas.toScreen(ring[0], ring[1]);
		Point onto = canvas.toScreen(target[0], target[1]);
		MapFixture.drag(canvas, corner, new Point(onto.x + 3, onto.y - 2));

		Shape moved = block.getGeometry();
		assertEquals(otherShape.x(), moved.x(), 0, "snapped x must be the neighbour's exact x");
		assertEquals(otherShape.y(), moved.y(), 0, "snapped y must be the neighbour's exact y");
	}

	@Test
	void aRectangleDraggedOverEmptyMapSelectsTheBlocksInside() {
		ExplorationBlock block = blockInZone28(0);
		MapFeature f = feature(block);
		canvas.setViewport(canvas.viewport().centredOn(f.envelope().centre().x, f.envelope().centre().y)
				.withScale(1 / (400_000 * Viewport.METRES_PER_SCREEN_PIXEL)));
		Screenshots.flush(canvas.control().getDisplay(), 150);
		Point from = canvas.toScreen(f.envelope().getMinX(), f.envelope().getMaxY());
		Point to = canvas.toScreen(f.envelope().getMaxX(), f.envelope().getMinY());
		// start just outside the block (on whatever lies there: dragging from an unselected element selects too)
		MapFixture.drag(canvas, new Point(from.x - 6, from.y - 6), new Point(to.x + 6, to.y + 6));
		assertTrue(canvas.selection().contains(block), "selected: " + canvas.selection());
	}

	@Test
	void anEditMadeElsewhereShowsOnTheMapAtOnce() {
		ExplorationBlock block = blockInZone28(4);
		MapFeature before = feature(block);
		Shape moved = block.getGeometry().translated(10_000, 0);
		PlanSession.get().domain().getCommandStack().execute(SetCommand.create(PlanSession.get().domain(), block,
				MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, moved));
		Screenshots.flush(canvas.control().getDisplay(), 200);
		MapFeature after = feature(block);
		assertNotEquals(before, after);
		assertEquals(before.envelope().getMinX() + 10_000, after.envelope().getMinX(), 0.01);
	}

	@Test
	void layersMoveUpAndDownAndTakeAnOpacity() {
		TableItem second = map.layersPanel().table().getItem(1);
		MapContent.Layer layer = (MapContent.Layer) second.getData();
		int index = content().layers().indexOf(layer);
		map.layersPanel().table().setSelection(1);
		map.layersPanel().table().notifyListeners(SWT.Selection, new Event());
		var up = findButton(org.minplan.ui.map.internal.MapTexts.get("layers.up"));
		up.notifyListeners(SWT.Selection, new Event());
		assertEquals(index + 1, content().layers().indexOf(layer), "moved up the drawing order");
		var down = findButton(org.minplan.ui.map.internal.MapTexts.get("layers.down"));
		down.notifyListeners(SWT.Selection, new Event());
		assertEquals(index, content().layers().indexOf(layer));

		org.eclipse.swt.widgets.Scale opacity = null;
		for (var child : map.layersPanel().control().getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Scale scale) {
				opacity = scale;
			}
		}
		assertTrue(opacity != null && opacity.isEnabled(), "no opacity slider for the selected layer");
		opacity.setSelection(40);
		opacity.notifyListeners(SWT.Selection, new Event());
		assertEquals(40, layer.opacity());
		layer.setOpacity(layer.descriptor().opacity());
		canvas.contentChanged();
	}

	@Test
	void arrowsPanWheelAndPlusMinusZoomAndThePointerIsReadOutInBothSystems() {
		canvas.zoomToPlan();
		Viewport start = canvas.viewport();
		Event left = new Event();
		left.keyCode = SWT.ARROW_LEFT;
		canvas.control().notifyListeners(SWT.KeyDown, left);
		assertTrue(canvas.viewport().centreX() < start.centreX(), "the left arrow shows what lies west");
		assertEquals(start.pixelsPerMetre(), canvas.viewport().pixelsPerMetre(), 0);

		Event wheel = new Event();
		wheel.x = 200;
		wheel.y = 150;
		wheel.count = 3;
		double worldX = canvas.viewport().worldX(200), worldY = canvas.viewport().worldY(150);
		canvas.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(canvas.viewport().pixelsPerMetre() > start.pixelsPerMetre(), "the wheel zooms in");
		assertEquals(worldX, canvas.viewport().worldX(200), 1, "the point under the pointer stays put");
		assertEquals(worldY, canvas.viewport().worldY(150), 1);

		double before = canvas.viewport().pixelsPerMetre();
		Event minus = new Event();
		minus.character = '-';
		canvas.control().notifyListeners(SWT.KeyDown, minus);
		assertTrue(canvas.viewport().pixelsPerMetre() < before, "minus zooms out");

		MapFixture.mouse(canvas.control(), SWT.MouseMove, 300, 200, 0, 0);
		var contributor = (org.minplan.ui.map.internal.MapEditorContributor) map.getEditorSite()
				.getActionBarContributor();
		String readout = contributor.readout().text();
		assertTrue(readout.matches(".*8[2-7]°\\d\\d′\\d\\d\\.\\d″E.*4[3-7]°\\d\\d′\\d\\d\\.\\d″N.*"), readout);
		assertTrue(readout.contains("CGCS2000") && readout.matches(".*(27|28|29).*X.*Y.*"), readout);
		MapFixture.mouse(canvas.control(), SWT.MouseExit, -1, -1, 0, 0);
	}

	private org.eclipse.swt.widgets.Button findButton(String text) {
		for (var child : map.layersPanel().control().getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
				return b;
			}
		}
		throw new AssertionError("no button " + text);
	}
}
