package org.minplan.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.minplan.importer.read.SourceLocation;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mine;
import org.minplan.model.MiningBlock;
import org.minplan.model.PlanElement;

/** The elements a submission's rows were mapped to, each with its row, not yet part of any plan. */
public final class MappedSubmission {

	/** One mapped element, where it came from, and its place among all rows of the submission (0, 1, …). */
	public record Row<T extends PlanElement>(T element, SourceLocation where, int ordinal) {
	}

	private int rows;

	/** @return the next ordinal, in the order the rows were read */
	int next() {
		return rows++;
	}

	final List<Row<ExplorationBlock>> exploration = new ArrayList<>();
	final List<Row<MiningBlock>> mining = new ArrayList<>();
	final List<Row<Mine>> mines = new ArrayList<>();
	boolean hasBlocks;
	boolean hasMines;

	public List<Row<ExplorationBlock>> exploration() {
		return exploration;
	}

	public List<Row<MiningBlock>> mining() {
		return mining;
	}

	public List<Row<Mine>> mines() {
		return mines;
	}

	/** @return whether the submission has a table of blocks (even an empty one) */
	public boolean hasBlocks() {
		return hasBlocks;
	}

	/** @return whether the submission has a table of mines */
	public boolean hasMines() {
		return hasMines;
	}
}
