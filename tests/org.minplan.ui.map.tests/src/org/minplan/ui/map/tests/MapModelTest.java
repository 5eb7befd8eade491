package org.minplan.ui.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.minplan.core.geometry.CrsTransformer;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MinplanFactory;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.CoordinateReadout;
import org.minplan.ui.map.internal.LayerRegistry;
import org.minplan.ui.map.internal.edit.CountyLocator;
import org.minplan.ui.map.internal.edit.ShapeEdits;
import org.minplan.ui.map.internal.edit.ShapeGeometry;
import org.minplan.ui.map.internal.render.Decorations;
import org.minplan.ui.map.internal.render.DisplayCrs;
import org.minplan.ui.map.internal.render.MapContent;
import org.minplan.ui.map.internal.render.MapFeature;
import org.minplan.ui.map.internal.render.Viewport;

/** The map's model side on a small plan built here: index updates, coordinates, edits as commands. */
class MapModelTest {

	private static final int GK28 = 4516;
	private final DisplayCrs crs = new DisplayCrs(new CrsTransformer());

	private static double[] square(double x, double y, double side) {
		return new double[] { x, y, x + side, y, x + side, y + side, x, y + side, x, y };
	}

	private static Plan plan() {
		Plan plan = MinplanFactory.eINSTANCE.createPlan();
		AdministrativeDivision west = MinplanFactory.eINSTANCE.createAdministrativeDivision();
		west.setName("西县");
		west.setCode("650001");
		west.setKind(DivisionKind.COUNTY);
		west.setGeometry(Shape.polygon(GK28, square(28_400_000, 5_000_000, 100_000)));
		AdministrativeDivision east = MinplanFactory.eINSTANCE.createAdministrativeDivision();
		east.setName("东县");
		east.setCode("650002");
		east.setKind(DivisionKind.COUNTY);
		east.setGeometry(Shape.polygon(GK28, square(28_500_000, 5_000_000, 100_000)));
		plan.getDivisions().add(west);
		plan.getDivisions().add(east);
		for (int i = 0; i < 50; i++) {
			ExplorationBlock b = MinplanFactory.eINSTANCE.createExplorationBlock();
			b.setCode("650001K" + String.format("%04d", i + 1));
			b.setGeometry(Shape.polygon(GK28, square(28_410_000 + 1500 * i, 5_010_000, 1000)));
			plan.getExplorationBlocks().add(b);
		}
		new ResourceSetImpl().createResource(org.eclipse.emf.common.util.URI.createURI("test:/plan.minplan"))
				.getContents().add(plan);
		return plan;
	}

	private MapContent content(Plan plan) {
		return new MapContent(plan, LayerRegistry.get().layers(), crs);
	}

	private static List<MapFeature> query(MapContent content, String layer, Envelope area) {
		List<MapFeature> found = new ArrayList<>();
		content.layer(layer).orElseThrow().query(area, found::add);
		return found;
	}

	@Test
	void aMovedBlockIsFoundAtItsNewPlaceOnlyAndAddedAndRemovedBlocksFollow() {
		Plan plan = plan();
		MapContent content = content(plan);
		content.watch();
		String layer = "org.minplan.ui.map.layers.explorationBlocks";
		ExplorationBlock first = plan.getExplorationBlocks().get(0);
		Envelope old = new Envelope(28_410_100, 28_410_200, 5_010_100, 5_010_200);
		Envelope moved = new Envelope(28_460_100, 28_460_200, 5_060_100, 5_060_200);
		assertEquals(1, query(content, layer, old).size());

		first.setGeometry(first.getGeometry().translated(50_000, 50_000));
		assertTrue(content.flush());
		assertEquals(0, query(content, layer, old).size());
		assertEquals(1, query(content, layer, moved).size());

		ExplorationBlock added = MinplanFactory.eINSTANCE.createExplorationBlock();
		added.setGeometry(Shape.polygon(GK28, square(28_480_000, 5_080_000, 500)));
		plan.getExplorationBlocks().add(added);
		plan.getExplorationBlocks().remove(1);
		content.flush();
		assertEquals(50, content.layer(layer).orElseThrow().features().size());
		assertEquals(1, query(content, layer, new Envelope(28_480_100, 28_480_200, 5_080_100, 5_080_200)).size());
		assertEquals(0, query(content, layer, new Envelope(28_411_600, 28_411_700, 5_010_100, 5_010_200)).size());
		content.dispose();
	}

	@Test
	void theViewportMapsPlaneToScreenAndBack() {
		Viewport v = new Viewport(28_500_000, 5_000_000, 0.01, 800, 600);
		assertEquals(400, v.screenX(28_500_000), 1e-9);
		assertEquals(300, v.screenY(5_000_000), 1e-9);
		assertEquals(200, v.screenY(5_010_000), 1e-9, "north is up");
		Viewport z = v.zoomed(2, 100, 100);
		assertEquals(v.worldX(100), z.worldX(100), 1e-6, "zooming keeps the point under the pointer");
		assertEquals(v.worldY(100), z.worldY(100), 1e-6);
		Viewport p = v.panned(30, -20);
		assertEquals(v.screenX(28_500_000) + 30, p.screenX(28_500_000), 1e-9);
		assertEquals(v.screenY(5_000_000) - 20, p.screenY(5_000_000), 1e-9);
		assertEquals(1 / 0.01 / 0.00028, v.scaleDenominator(), 1e-6);
	}

	@Test
	void scaleBarsUseRoundLengthsAndReadoutsUseDegreesMinutesSeconds() {
		assertEquals(20_000, Decorations.niceLength(200, 160), 1e-9);
		assertEquals(50_000, Decorations.niceLength(400, 160), 1e-9);
		assertEquals("1 250 000", Decorations.ratioText(1_249_873));
		assertEquals("84°30′15.0″E", CoordinateReadout.dms(84.504166666, 'E', 'W'));
		String readout = CoordinateReadout.format(crs, 28_500_000, 5_100_000, 1_000_000);
		assertTrue(readout.contains("84°00′00.0″E"), readout);
		assertTrue(readout.contains("5 100 000.00") && readout.contains("28 500 000.00"), readout);
	}

	@Test
	void editsAreCommandsThatRoundAndSnapExactly() {
		Plan plan = plan();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		ShapeEdits edits = new ShapeEdits(domain, crs);
		MapContent content = content(plan);
		ExplorationBlock block = plan.getExplorationBlocks().get(2);
		MapFeature f = content.layer("org.minplan.ui.map.layers.explorationBlocks").orElseThrow().feature(block)
				.orElseThrow();
		Shape before = block.getGeometry();
		domain.getCommandStack().execute(edits.moveVertex(f, 0, 0, 28_413_000.123456, 5_009_000.987654, null));
		assertEquals(28_413_000.12, block.getGeometry().x(), 0);
		assertEquals(5_009_000.99, block.getGeometry().y(), 0);
		double[] ring = block.getGeometry().exterior();
		assertEquals(ring[0], ring[ring.length - 2], 0, "the ring stays closed");
		domain.getCommandStack().undo();
		assertEquals(before, block.getGeometry());

		domain.getCommandStack()
				.execute(edits.moveVertex(f, 0, 1, 1, 2, new ShapeEdits.Exact(GK28, 28_412_345.6789, 5_011_111.1111)));
		assertEquals(28_412_345.6789, block.getGeometry().exterior()[2], 0, "a snapped vertex is copied exactly");
		domain.getCommandStack().undo();

		assertFalse(edits.deleteVertex(f, 0, 0).isEmpty(), "a square can lose one corner");
		domain.getCommandStack().execute(edits.deleteVertex(f, 0, 0).orElseThrow());
		MapFeature triangle = MapFeature.of(block, block.getGeometry(), crs, false, 0).orElseThrow();
		assertTrue(edits.deleteVertex(triangle, 0, 0).isEmpty(), "a triangle cannot");
	}

	@Test
	void aNewBlockGetsTheCountyItMostlyLiesIn() {
		Plan plan = plan();
		CountyLocator locator = new CountyLocator(crs);
		// 70 % in the east county, 30 % in the west one
		double[] ring = { 28_497_000, 5_050_000, 28_507_000, 5_050_000, 28_507_000, 5_060_000, 28_497_000, 5_060_000,
				28_497_000, 5_050_000 };
		AdministrativeDivision county = locator.countyOf(plan, ShapeGeometry.polygon(ring)).orElseThrow();
		assertEquals("东县", county.getName());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		ShapeEdits.NewBlock created = new ShapeEdits(domain, crs).newBlock(plan,
				MinplanPackage.Literals.EXPLORATION_BLOCK, java.util.Arrays.copyOf(ring, 8),
				java.util.Arrays.asList(null, null, null, null), county);
		domain.getCommandStack().execute(created.command());
		assertTrue(plan.getExplorationBlocks().contains(created.block()));
		assertEquals("650002K0001", created.block().getCode());
		assertEquals(GK28, created.block().getGeometry().srid());
		domain.getCommandStack().undo();
		assertFalse(plan.getExplorationBlocks().contains(created.block()));
	}
}
