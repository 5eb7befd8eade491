package org.minplan.validation.rules.spatial.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.minplan.model.AbandonedPit;
import org.minplan.model.EnvironmentalGrade;
import org.minplan.model.EnvironmentalZone;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;

/**
 * Abandoned pits lie in a treatment zone (历史遗留采坑位于治理区): every historic open pit to be restored lies
 * inside an environmental zone graded key or general treatment (重点/一般治理区); if the pit names its zone, it
 * lies inside that one.
 */
public final class PitInTreatmentZoneRule extends AbstractRule {

	public static final String ID = "spatial.pitInTreatmentZone";

	public PitInTreatmentZoneRule() {
		super(ID, RuleCategory.SPATIAL, Severity.WARNING, ABANDONED_PIT);
	}

	@Override
	public Reach reach() {
		return Reach.NEIGHBOURS;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		if (type == ENVIRONMENTAL_ZONE) {
			return feature == null || feature == SPATIAL_ELEMENT__GEOMETRY || feature == ENVIRONMENTAL_ZONE__GRADE;
		}
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY
				|| feature == ABANDONED_PIT__ENVIRONMENTAL_ZONE);
	}

	@Override
	public void check(RuleContext context) {
		PlanSpace space = context.space();
		for (AbandonedPit pit : context.targets(AbandonedPit.class)) {
			Optional<Geometry> geometry = space.geometry(pit);
			if (geometry.isEmpty()) {
				continue;
			}
			List<EnvironmentalZone> containing = new ArrayList<>();
			for (EnvironmentalZone zone : space.<EnvironmentalZone>candidates(ENVIRONMENTAL_ZONE,
					geometry.get().getEnvelopeInternal())) {
				if (isTreatment(zone) && space.prepared(zone).map(p -> p.covers(geometry.get())).orElse(false)) {
					containing.add(zone);
				}
			}
			EnvironmentalZone named = pit.getEnvironmentalZone();
			if (containing.isEmpty()) {
				context.finding("outside", context.label(pit)).on(pit).at(geometry.get()).report();
			} else if (named != null && !containing.contains(named)) {
				context.finding("notInNamed", context.label(pit), context.label(named), context.label(containing.get(0)))
						.on(pit, named).at(geometry.get()).report();
			}
		}
	}

	private static boolean isTreatment(EnvironmentalZone zone) {
		return zone.getGrade() == EnvironmentalGrade.KEY_TREATMENT
				|| zone.getGrade() == EnvironmentalGrade.GENERAL_TREATMENT;
	}
}
