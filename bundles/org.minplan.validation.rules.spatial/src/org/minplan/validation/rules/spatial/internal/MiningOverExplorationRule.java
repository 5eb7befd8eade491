package org.minplan.validation.rules.spatial.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.minplan.model.Block;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.MiningBlock;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;

/**
 * Mining over exploration (探采重叠): a mining block that overlaps an exploration block is flagged unless it
 * is marked as that block's conversion (探转采, {@link MiningBlock#getConvertedFrom()}).
 */
public final class MiningOverExplorationRule extends AbstractRule {

	public static final String ID = "spatial.miningOverExploration";

	public MiningOverExplorationRule() {
		super(ID, RuleCategory.SPATIAL, Severity.WARNING, List.of(Overlaps.MIN_AREA_PARAMETER), MINING_BLOCK,
				EXPLORATION_BLOCK);
	}

	@Override
	public Reach reach() {
		return Reach.NEIGHBOURS;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY
				|| feature == MINING_BLOCK__CONVERTED_FROM);
	}

	@Override
	public void check(RuleContext context) {
		double minArea = context.number(Overlaps.MIN_AREA).doubleValue();
		PlanSpace space = context.space();
		for (Block block : context.targets(Block.class)) {
			Optional<Geometry> geometry = space.geometry(block);
			if (geometry.isEmpty()) {
				continue;
			}
			if (block instanceof MiningBlock mining) {
				for (ExplorationBlock exploration : space.<ExplorationBlock>candidates(EXPLORATION_BLOCK,
						geometry.get().getEnvelopeInternal())) {
					check(context, space, mining, exploration, minArea);
				}
			} else if (block instanceof ExplorationBlock exploration) {
				for (MiningBlock mining : space.<MiningBlock>candidates(MINING_BLOCK,
						geometry.get().getEnvelopeInternal())) {
					if (!context.isTarget(mining)) { // else found from the mining block's side
						check(context, space, mining, exploration, minArea);
					}
				}
			}
		}
	}

	private static void check(RuleContext context, PlanSpace space, MiningBlock mining, ExplorationBlock exploration,
			double minArea) {
		if (mining.getConvertedFrom() == exploration) {
			return;
		}
		Overlaps.overlap(space, mining, exploration, minArea).ifPresent(overlap -> context
				.finding("overlap", context.label(mining), context.label(exploration), Overlaps.hectares(overlap))
				.on(mining, exploration).at(overlap).report());
	}
}
