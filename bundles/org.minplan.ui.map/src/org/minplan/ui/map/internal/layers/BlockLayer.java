package org.minplan.ui.map.internal.layers;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.graphics.RGB;
import org.minplan.model.MinplanPackage;
import org.minplan.model.Plan;
import org.minplan.model.SpatialElement;
import org.minplan.model.edit.PlanLabels;
import org.minplan.ui.map.LegendEntry;
import org.minplan.ui.map.MapLayerProvider;
import org.minplan.ui.map.MapStyle;

/**
 * Planning blocks (规划区块), labelled with their codes: the three built-in block layers differ only in which
 * blocks and in colour — exploration blocks (勘查规划区块) blue, mining blocks (开采规划区块) red,
 * sand-gravel-soil concentrated mining areas (砂石土集中开采区) brown-orange.
 */
public abstract class BlockLayer implements MapLayerProvider {

	private final EClass kind;
	private final MapStyle style;

	protected BlockLayer(EClass kind, RGB fill, RGB line, RGB label) {
		this.kind = kind;
		this.style = MapStyle.area(fill, 165, line, 1.3f).withLabel(label, 9, false);
	}

	@Override
	public MapStyle style(SpatialElement element) {
		return style;
	}

	@Override
	public List<LegendEntry> legend(Plan plan) {
		return List.of(new LegendEntry(PlanLabels.typeName(kind), style));
	}

	/** 勘查规划区块 (专栏17), blue. */
	public static class Exploration extends BlockLayer {
		public Exploration() {
			super(MinplanPackage.Literals.EXPLORATION_BLOCK, MapPalette.EXPLORATION_FILL, MapPalette.EXPLORATION_LINE,
					new RGB(0, 70, 150));
		}

		@Override
		public List<? extends SpatialElement> elements(Plan plan) {
			return plan.getExplorationBlocks();
		}
	}

	/** 开采规划区块 (专栏18), red. */
	public static class Mining extends BlockLayer {
		public Mining() {
			super(MinplanPackage.Literals.MINING_BLOCK, MapPalette.MINING_FILL, MapPalette.MINING_LINE,
					new RGB(150, 0, 0));
		}

		@Override
		public List<? extends SpatialElement> elements(Plan plan) {
			return plan.getMiningBlocks();
		}
	}

	/** 砂石土集中开采区 (专栏20), brown-orange. */
	public static class Concentrated extends BlockLayer {
		public Concentrated() {
			super(MinplanPackage.Literals.CONCENTRATED_MINING_AREA, MapPalette.CONCENTRATED_FILL,
					MapPalette.CONCENTRATED_LINE, new RGB(130, 60, 8));
		}

		@Override
		public List<? extends SpatialElement> elements(Plan plan) {
			return plan.getConcentratedAreas();
		}
	}
}
