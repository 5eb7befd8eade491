package org.minplan.ui.table.internal.columns;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.minplan.model.Block;
import org.minplan.model.Mineral;
import org.minplan.model.MinplanPackage;
import org.minplan.ui.table.ColumnValue;

/**
 * 矿种 of a block, chosen from the plan's mineral catalogue. The plan's tables count a block under its printed
 * mineral text when it has one ({@link org.minplan.core.stats.PlanStatistics#mineralOf(Block)}), so choosing
 * another mineral also clears that text — in the same command, one undo restores both — and the block moves to
 * its new mineral's column in the cross-tables.
 */
public class BlockMineralColumn implements ColumnValue {

	private final FeatureColumn mineral = new FeatureColumn(MinplanPackage.Literals.BLOCK__MINERAL);

	@Override
	public Object get(EObject row) {
		return mineral.get(row);
	}

	@Override
	public Class<?> valueType() {
		return Mineral.class;
	}

	@Override
	public boolean canSet(EObject row) {
		return row instanceof Block;
	}

	@Override
	public Command set(EditingDomain domain, EObject row, Object value) {
		if (!(row instanceof Block block)) {
			return UnexecutableCommand.INSTANCE;
		}
		Command setMineral = SetCommand.create(domain, block, MinplanPackage.Literals.BLOCK__MINERAL, value);
		if (block.getMineralText() == null || block.getMineralText().isBlank() || value == block.getMineral()) {
			return setMineral;
		}
		CompoundCommand both = new CompoundCommand(setMineral.getLabel());
		both.append(setMineral);
		both.append(SetCommand.create(domain, block, MinplanPackage.Literals.BLOCK__MINERAL_TEXT, null));
		return both;
	}

	@Override
	public List<Object> choices(EObject row) {
		return mineral.choices(row);
	}
}
