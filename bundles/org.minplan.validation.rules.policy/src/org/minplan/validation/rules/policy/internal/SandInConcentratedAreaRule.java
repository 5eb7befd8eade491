package org.minplan.validation.rules.policy.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.minplan.model.ConcentratedMiningArea;
import org.minplan.model.MiningBlock;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;

/**
 * Sand, gravel and clay inside concentrated mining areas (砂石土集中开采): "新设砂石土开采项目都要在集中开采区内布局".
 * A mining block of a sand-gravel-soil mineral (parameter {@code minerals}: names containing 建筑用砂, 砂石,
 * 砂砾, 砖瓦用粘土, 建筑石料 or 建筑用石料) lies inside one concentrated mining area, or inside several that
 * adjoin. The finding shows the part outside.
 */
public final class SandInConcentratedAreaRule extends AbstractRule {

	public static final String ID = "policy.sandInConcentratedArea";
	static final String MINERALS = "minerals";

	public SandInConcentratedAreaRule() {
		super(ID, RuleCategory.POLICY, Severity.ERROR,
				List.of(RuleParameter.text(MINERALS, "建筑用砂,砂石,砂砾,砖瓦用粘土,建筑石料,建筑用石料")), MINING_BLOCK);
	}

	@Override
	public Reach reach() {
		return Reach.NEIGHBOURS;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (type == MINERAL) {
			return true;
		}
		if (type == CONCENTRATED_MINING_AREA) {
			return feature == null || feature == SPATIAL_ELEMENT__GEOMETRY;
		}
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY
				|| feature == BLOCK__MINERAL || feature == BLOCK__MINERAL_TEXT);
	}

	@Override
	public void check(RuleContext context) {
		List<String> terms = Minerals.terms(context.text(MINERALS));
		PlanSpace space = context.space();
		for (MiningBlock block : context.targets(MiningBlock.class)) {
			Optional<Geometry> geometry = space.geometry(block);
			if (geometry.isEmpty() || !Minerals.nameContainsAny(block.getMineral(), block.getMineralText(), terms)) {
				continue;
			}
			List<Geometry> meeting = new ArrayList<>();
			boolean inside = false;
			for (ConcentratedMiningArea area : space.<ConcentratedMiningArea>candidates(CONCENTRATED_MINING_AREA,
					geometry.get().getEnvelopeInternal())) {
				if (space.prepared(area).map(p -> p.covers(geometry.get())).orElse(false)) {
					inside = true;
					break;
				}
				if (space.prepared(area).map(p -> p.intersects(geometry.get())).orElse(false)) {
					meeting.add(space.geometry(area).orElseThrow());
				}
			}
			Geometry outside = geometry.get();
			if (!inside && !meeting.isEmpty()) {
				try {
					Geometry union = OverlayNGRobust.union(meeting);
					inside = union.covers(geometry.get());
					outside = OverlayNGRobust.overlay(geometry.get(), union, OverlayNG.DIFFERENCE);
				} catch (RuntimeException e) { // invalid geometry: integrity.geometryValid reports it
					outside = geometry.get();
				}
			}
			if (!inside) {
				outside.setSRID(space.plane().epsg());
				context.finding("outside", context.label(block), MineralControls.mineralOf(block.getMineral(),
						block.getMineralText())).on(block).at(outside).report();
			}
		}
	}
}
