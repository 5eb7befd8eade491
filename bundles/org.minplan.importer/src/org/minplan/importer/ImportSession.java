package org.minplan.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.minplan.importer.internal.SubmissionCommand;
import org.minplan.importer.read.ImportProblem;
import org.minplan.model.Plan;
import org.minplan.validation.Finding;

/**
 * One county submission read, mapped, compared with the open plan and validated — ready to be shown
 * (problems, preview, findings) and then applied as one undoable command, or dropped.
 * <p>
 * <b>What blocks an import:</b> any {@link ImportProblem.Kind#ERROR} problem of the file (unreadable
 * values, bad coordinates or rings, unknown minerals, duplicate codes, a wrong county code, missing
 * columns …) rejects it as a whole: {@link #command()} is empty. Validation findings of the plan's rules
 * on the imported elements <em>do not</em> block: they describe the plan after the import (e.g. a block
 * overlapping another county's), which the prefecture resolves in the workbench, where the live
 * validation keeps showing them. Warnings never block.
 * <p>
 * Nothing is changed until {@link #apply}; a session applies at most once. The session assumes the plan
 * is not edited between {@link CountySubmissionImporter#prepare} and {@link #apply}.
 */
public final class ImportSession {

	private final Plan plan;
	private final Path file;
	private final County county;
	private final List<ImportProblem> problems;
	private final ImportPreview preview;
	private final List<Finding> findings;
	private final String label;
	private SubmissionCommand command;
	private boolean applied;

	ImportSession(Plan plan, Path file, County county, List<ImportProblem> problems, ImportPreview preview,
			List<Finding> findings, String label) {
		this.plan = plan;
		this.file = file;
		this.county = county;
		this.problems = List.copyOf(problems);
		this.preview = preview;
		this.findings = List.copyOf(findings);
		this.label = label;
	}

	/** @return the plan the submission was compared with */
	public Plan plan() {
		return plan;
	}

	/** @return the submission file */
	public Path file() {
		return file;
	}

	/** @return the county submitting */
	public County county() {
		return county;
	}

	/** @return every problem of the submission, in file order (errors and warnings) */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** @return the problems of one kind */
	public List<ImportProblem> problems(ImportProblem.Kind kind) {
		return problems.stream().filter(p -> p.kind() == kind).toList();
	}

	/** @return whether the submission has errors and cannot be applied */
	public boolean isRejected() {
		return problems.stream().anyMatch(p -> p.kind() == ImportProblem.Kind.ERROR);
	}

	/** @return what applying would add, change and remove (empty for a rejected submission's unreadable rows) */
	public ImportPreview preview() {
		return preview;
	}

	/**
	 * @return the findings of the county's rules and the built-in rules on the new and changed elements, as
	 *         the plan would be after the import (empty when the submission is rejected); they inform, they
	 *         do not block. The elements they name belong to a validation copy of the plan.
	 */
	public List<Finding> findings() {
		return findings;
	}

	/**
	 * @return the import as one command for the plan's command stack; empty when the submission is
	 *         rejected, when there is nothing to change (re-import of the same file), or once applied
	 */
	public Optional<Command> command() {
		if (isRejected() || preview.isEmpty() || applied) {
			return Optional.empty();
		}
		if (command == null) {
			command = new SubmissionCommand(label, plan, preview.changes(), null);
		}
		return Optional.of(command);
	}

	/**
	 * Executes the import on a command stack (the editing domain's in the workbench; a
	 * {@link org.eclipse.emf.common.command.BasicCommandStack} elsewhere). One undo reverts all of it.
	 *
	 * @return true when the plan was changed; false when rejected, nothing to change, already applied, or
	 *         the command failed (the plan is then unchanged and the stack reports the error)
	 */
	public boolean apply(CommandStack stack) {
		Optional<Command> c = command();
		if (c.isEmpty()) {
			return false;
		}
		stack.execute(c.get());
		applied = stack.getMostRecentCommand() == c.get();
		return applied;
	}
}
