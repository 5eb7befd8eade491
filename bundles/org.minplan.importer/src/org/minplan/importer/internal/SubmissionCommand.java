package org.minplan.importer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.minplan.importer.ElementChange;
import org.minplan.model.Plan;

/**
 * The import of one submission as one undoable command: every addition, change and removal at once.
 * Executing records the changes (EMF {@link ChangeRecorder}); undo and redo play the record backwards and
 * forwards. If anything fails half-way, what was done is rolled back before the exception leaves
 * {@link #execute()}, so the plan is exactly as it was and the command stack does not keep the command.
 * Works on any {@link org.eclipse.emf.common.command.CommandStack}, with or without an editing domain.
 */
public final class SubmissionCommand extends AbstractCommand {

	private final Plan plan;
	private final List<ElementChange> changes;
	private final IntConsumer probe;
	private ChangeDescription record;

	/**
	 * @param label e.g. "Import 托里县 (tuoli.xlsx)"
	 * @param probe called after each change (tests); null normally
	 */
	public SubmissionCommand(String label, Plan plan, List<ElementChange> changes, IntConsumer probe) {
		super(label);
		this.plan = plan;
		this.changes = List.copyOf(changes);
		this.probe = probe;
	}

	@Override
	protected boolean prepare() {
		return !changes.isEmpty();
	}

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder(plan);
		try {
			PlanEdits.apply(plan, changes, UnaryOperator.identity(), probe);
			record = recorder.endRecording();
		} catch (RuntimeException | Error e) {
			ChangeDescription partial = recorder.endRecording();
			partial.apply();
			throw e;
		} finally {
			recorder.dispose();
		}
	}

	@Override
	public void undo() {
		record.applyAndReverse();
	}

	@Override
	public void redo() {
		record.applyAndReverse();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		List<Object> affected = new ArrayList<>();
		for (ElementChange change : changes) {
			affected.add(switch (change.kind()) {
			case NEW -> change.submitted();
			case CHANGED -> change.existing();
			case REMOVED -> plan;
			});
		}
		return affected;
	}

	/** @return the changes this command makes */
	public List<ElementChange> changes() {
		return changes;
	}
}
