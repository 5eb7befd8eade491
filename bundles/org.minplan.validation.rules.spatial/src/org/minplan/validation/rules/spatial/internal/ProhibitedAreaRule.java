package org.minplan.validation.rules.spatial.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.minplan.model.Block;
import org.minplan.model.PlanElement;
import org.minplan.model.SpatialElement;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.RuleParameter;
import org.minplan.validation.Severity;
import org.minplan.validation.support.Minerals;

/**
 * No block in a prohibited area (禁止勘查开采区): ecological red lines (生态保护红线), nature reserves
 * (自然保护区) and other areas closed to exploration and mining. The model has no kind of zone for them: such
 * layers are imported as plain planning zones or environmental zones, and a zone counts as prohibited when its
 * name or remarks contain one of the markers of the parameter {@code markers} (default 生态保护红线,
 * 自然保护区, 禁止开采区, 禁止勘查区, 禁采区, 禁止勘查开采区). A block whose area overlaps one is an error,
 * located at the overlap.
 */
public final class ProhibitedAreaRule extends AbstractRule {

	public static final String ID = "spatial.prohibitedArea";
	static final String MARKERS = "markers";

	public ProhibitedAreaRule() {
		super(ID, RuleCategory.SPATIAL, Severity.ERROR,
				List.of(RuleParameter.text(MARKERS, "生态保护红线,自然保护区,禁止开采区,禁止勘查区,禁采区,禁止勘查开采区"),
						Overlaps.MIN_AREA_PARAMETER),
				BLOCK);
	}

	@Override
	public Reach reach() {
		return Reach.NEIGHBOURS;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (type == PLANNING_ZONE || type == ENVIRONMENTAL_ZONE) {
			return feature == null || feature == SPATIAL_ELEMENT__GEOMETRY || feature == PLAN_ELEMENT__NAME
					|| feature == PLAN_ELEMENT__REMARKS;
		}
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY);
	}

	@Override
	public void check(RuleContext context) {
		List<String> markers = Minerals.terms(context.text(MARKERS));
		double minArea = context.number(Overlaps.MIN_AREA).doubleValue();
		PlanSpace space = context.space();
		for (Block block : context.targets(Block.class)) {
			Optional<Geometry> geometry = space.geometry(block);
			if (geometry.isEmpty()) {
				continue;
			}
			for (EClass zoneType : new EClass[] { PLANNING_ZONE, ENVIRONMENTAL_ZONE }) {
				for (SpatialElement zone : space.candidates(zoneType, geometry.get().getEnvelopeInternal())) {
					String marker = marker(zone, markers);
					if (marker != null) {
						Overlaps.overlap(space, block, zone, minArea)
								.ifPresent(overlap -> context.finding("overlap", context.label(block),
										context.label(zone), marker, Overlaps.hectares(overlap)).on(block, zone)
										.at(overlap).report());
					}
				}
			}
		}
	}

	/** @return the marker that makes the zone prohibited, or null */
	static String marker(PlanElement zone, List<String> markers) {
		for (String marker : markers) {
			if (contains(zone.getName(), marker) || contains(zone.getRemarks(), marker)) {
				return marker;
			}
		}
		return null;
	}

	private static boolean contains(String text, String marker) {
		return text != null && text.contains(marker);
	}
}
