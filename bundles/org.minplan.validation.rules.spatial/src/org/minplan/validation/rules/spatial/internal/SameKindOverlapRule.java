package org.minplan.validation.rules.spatial.internal;

import static org.minplan.model.MinplanPackage.Literals.*;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.locationtech.jts.geom.Geometry;
import org.minplan.model.Block;
import org.minplan.validation.AbstractRule;
import org.minplan.validation.PlanSpace;
import org.minplan.validation.Reach;
import org.minplan.validation.RuleCategory;
import org.minplan.validation.RuleContext;
import org.minplan.validation.Severity;
import org.minplan.validation.support.ElementLabels;

/**
 * Blocks of the same kind do not overlap (同类区块不得重叠): two exploration blocks, two mining blocks or two
 * concentrated mining areas may share an edge but not an area of {@code minOverlapSquareMetres} (default 1 m²)
 * or more. One finding per overlapping pair, located at the overlap.
 */
public final class SameKindOverlapRule extends AbstractRule {

	public static final String ID = "spatial.sameKindOverlap";

	public SameKindOverlapRule() {
		super(ID, RuleCategory.SPATIAL, Severity.ERROR, List.of(Overlaps.MIN_AREA_PARAMETER), EXPLORATION_BLOCK,
				MINING_BLOCK, CONCENTRATED_MINING_AREA);
	}

	@Override
	public Reach reach() {
		return Reach.NEIGHBOURS;
	}

	@Override
	public boolean affectedBy(EClass type, EStructuralFeature feature) {
		return super.affectedBy(type, feature) && (feature == null || feature == SPATIAL_ELEMENT__GEOMETRY);
	}

	@Override
	public void check(RuleContext context) {
		double minArea = context.number(Overlaps.MIN_AREA).doubleValue();
		PlanSpace space = context.space();
		List<Block> targets = context.targets(Block.class);
		Overlaps.PairOrder order = new Overlaps.PairOrder(targets);
		for (Block block : targets) {
			Optional<Geometry> geometry = space.geometry(block);
			if (geometry.isEmpty()) {
				continue;
			}
			for (Block other : space.<Block>candidates(block.eClass(), geometry.get().getEnvelopeInternal())) {
				if (other == block || other.eClass() != block.eClass() || !order.fromThisSide(block, other)) {
					continue;
				}
				Block first = Overlaps.namedFirst(block, other) ? block : other;
				Block second = first == block ? other : block;
				Overlaps.overlap(space, block, other, minArea)
						.ifPresent(overlap -> context.finding("overlap", context.label(first), context.label(second),
								Overlaps.hectares(overlap), ElementLabels.plural(block.eClass())).on(first, second)
								.at(overlap).report());
			}
		}
	}
}
