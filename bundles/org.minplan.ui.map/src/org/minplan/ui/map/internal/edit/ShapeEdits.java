package org.minplan.ui.map.internal.edit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.locationtech.jts.geom.Coordinate;
import org.minplan.core.geometry.Crs;
import org.minplan.core.persistence.PlanIds;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.Block;
import org.minplan.model.MinplanFactory;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.spatial.Shape;
import org.minplan.ui.map.internal.MapTexts;
import org.minplan.ui.map.internal.render.DisplayCrs;
import org.minplan.ui.map.internal.render.MapFeature;

/**
 * The map's edits as EMF commands on the plan's editing domain, so each is one undoable step and shows at once
 * in the explorer, tables and properties. A geometry edit sets a new {@link Shape} value (the old value is what
 * undo restores, bit for bit). Coordinates drawn on the map are converted from the display system to the
 * element's own system and rounded as surveyed coordinates are (0.01 m, 10⁻⁷°); coordinates snapped to an
 * existing vertex are copied exactly when both elements share a system.
 */
public final class ShapeEdits {

	/** A coordinate in some element's own system, exact (e.g. the vertex snapped to). */
	public record Exact(int srid, double x, double y) {
	}

	private final EditingDomain domain;
	private final DisplayCrs crs;

	public ShapeEdits(EditingDomain domain, DisplayCrs crs) {
		this.domain = domain;
		this.crs = crs;
	}

	/** @return display (x, y) in system {@code srid}, rounded; or the exact coordinate if it is in that system */
	public double[] toElement(double x, double y, int srid, Exact exact) {
		if (exact != null && exact.srid() == srid) {
			return new double[] { exact.x(), exact.y() };
		}
		Crs system = crs.system(srid).orElseThrow(() -> new IllegalArgumentException("EPSG:" + srid));
		if (system.equals(DisplayCrs.DISPLAY)) {
			return new double[] { round(x, 2), round(y, 2) };
		}
		Coordinate c = crs.fromDisplay(x, y, system);
		int decimals = system.isGeographic() ? 7 : 2;
		return new double[] { round(c.x, decimals), round(c.y, decimals) };
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
	}

	/** @return a command moving vertex {@code v} of ring {@code k} of {@code feature} to display (x, y) */
	public Command moveVertex(MapFeature feature, int k, int v, double x, double y, Exact exact) {
		Shape shape = feature.element().getGeometry();
		double[] to = toElement(x, y, shape.srid(), exact);
		Shape moved = shape.withVertex(feature.ringPolygon(k), feature.ringRing(k), v, to[0], to[1]);
		return set(feature.element(), moved, MapTexts.get("command.moveVertex"));
	}

	/** @return a command inserting display (x, y) before vertex {@code before} of ring {@code k} */
	public Command insertVertex(MapFeature feature, int k, int before, double x, double y, Exact exact) {
		Shape shape = feature.element().getGeometry();
		double[] to = toElement(x, y, shape.srid(), exact);
		Shape grown = shape.withInsertedVertex(feature.ringPolygon(k), feature.ringRing(k), before, to[0], to[1]);
		return set(feature.element(), grown, MapTexts.get("command.insertVertex"));
	}

	/** @return a command deleting vertex {@code v} of ring {@code k}, empty when the ring would keep fewer than 3 */
	public Optional<Command> deleteVertex(MapFeature feature, int k, int v) {
		Shape shape = feature.element().getGeometry();
		try {
			Shape shrunk = shape.withoutVertex(feature.ringPolygon(k), feature.ringRing(k), v);
			return Optional.of(set(feature.element(), shrunk, MapTexts.get("command.deleteVertex")));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** @return a command moving the elements of {@code features} by (dx, dy) display metres */
	public Command translate(Collection<MapFeature> features, double dx, double dy) {
		CompoundCommand move = new CompoundCommand(MapTexts.get("command.move", features.size()));
		for (MapFeature f : features) {
			Shape shape = f.element().getGeometry();
			Crs system = crs.system(shape.srid()).orElseThrow();
			double ex, ey;
			if (system.equals(DisplayCrs.DISPLAY)) {
				ex = round(dx, 2);
				ey = round(dy, 2);
			} else {
				double cx = f.envelope().centre().x;
				double cy = f.envelope().centre().y;
				Coordinate from = crs.fromDisplay(cx, cy, system);
				Coordinate to = crs.fromDisplay(cx + dx, cy + dy, system);
				int decimals = system.isGeographic() ? 7 : 2;
				ex = round(to.x - from.x, decimals);
				ey = round(to.y - from.y, decimals);
			}
			move.append(SetCommand.create(domain, f.element(), MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY,
					shape.translated(ex, ey)));
		}
		return move;
	}

	/** @return a command deleting {@code elements} and every reference to them */
	public Command delete(Collection<? extends EObject> elements) {
		CompoundCommand delete = new CompoundCommand(MapTexts.get("command.delete", elements.size()));
		delete.append(DeleteCommand.create(domain, elements));
		return delete;
	}

	/**
	 * A new block (or concentrated area) drawn on the map.
	 *
	 * @param kind       ExplorationBlock, MiningBlock or ConcentratedMiningArea
	 * @param ring       the drawn outline in display coordinates, not closed
	 * @param exact      per vertex, the exact coordinate it was snapped to, or null
	 * @param county     the county it lies in, or null
	 * @return the command and the new block (added when the command executes)
	 */
	public NewBlock newBlock(Plan plan, EClass kind, double[] ring, List<Exact> exact, AdministrativeDivision county) {
		double sumX = 0, sumY = 0;
		int n = ring.length / 2;
		for (int i = 0; i < n; i++) {
			sumX += ring[2 * i];
			sumY += ring[2 * i + 1];
		}
		double lon = crs.lonLat(sumX / n, sumY / n).x;
		Crs system = Crs.gaussKrueger3(Crs.zoneForLongitude(lon), true);
		double[] coordinates = new double[ring.length];
		for (int i = 0; i < n; i++) {
			double[] c = toElement(ring[2 * i], ring[2 * i + 1], system.epsg(), exact.get(i));
			coordinates[2 * i] = c[0];
			coordinates[2 * i + 1] = c[1];
		}
		Block block = (Block) MinplanFactory.eINSTANCE.create(kind);
		block.setId(PlanIds.random());
		block.setGeometry(Shape.polygon(system.epsg(), coordinates));
		block.setCounty(county);
		block.setCode(nextCode(plan, kind, county));
		EReference container = containerOf(kind);
		Command add = AddCommand.create(domain, plan, container, block);
		CompoundCommand command = new CompoundCommand(
				MapTexts.get("command.newBlock", org.minplan.model.edit.PlanLabels.typeName(kind)));
		command.append(add);
		return new NewBlock(command, block);
	}

	/** A block about to be created and the command creating it. */
	public record NewBlock(Command command, Block block) {
	}

	static EReference containerOf(EClass kind) {
		if (kind == MinplanPackage.Literals.MINING_BLOCK) {
			return MinplanPackage.Literals.PLAN__MINING_BLOCKS;
		}
		if (kind == MinplanPackage.Literals.CONCENTRATED_MINING_AREA) {
			return MinplanPackage.Literals.PLAN__CONCENTRATED_AREAS;
		}
		return MinplanPackage.Literals.PLAN__EXPLORATION_BLOCKS;
	}

	/** @return the next free code: county code, K/C/J for the kind, a 4-digit serial (as the sample plan numbers) */
	static String nextCode(Plan plan, EClass kind, AdministrativeDivision county) {
		char letter = kind == MinplanPackage.Literals.MINING_BLOCK ? 'C'
				: kind == MinplanPackage.Literals.CONCENTRATED_MINING_AREA ? 'J' : 'K';
		String prefix = (county == null || county.getCode() == null ? plan.getRegionCode() == null ? ""
				: plan.getRegionCode() : county.getCode()) + letter;
		int max = 0;
		@SuppressWarnings("unchecked")
		List<? extends SpatialElement> siblings = (List<? extends SpatialElement>) plan.eGet(containerOf(kind));
		for (SpatialElement e : new ArrayList<>(siblings)) {
			String code = e.getCode();
			if (code != null && code.startsWith(prefix)) {
				try {
					max = Math.max(max, Integer.parseInt(code.substring(prefix.length())));
				} catch (NumberFormatException ignored) {
					// a code of another pattern: not a serial of this prefix
				}
			}
		}
		return prefix + String.format("%04d", max + 1);
	}

	private Command set(SpatialElement element, Shape value, String label) {
		CompoundCommand command = new CompoundCommand(label);
		command.append(SetCommand.create(domain, element, MinplanPackage.Literals.SPATIAL_ELEMENT__GEOMETRY, value));
		return command;
	}
}
