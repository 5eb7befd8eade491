package org.minplan.importer;

import java.util.List;

/**
 * What an import of one county's submission would do to the open plan, before anything is applied: the
 * elements that are new, changed (field by field) and removed. Only the kinds of element the submission
 * holds are compared: a file with blocks only leaves the county's mines alone.
 *
 * @param county  the county submitting
 * @param changes the changes in file order (new and changed), then the removed elements in plan order
 */
public record ImportPreview(County county, List<ElementChange> changes) {

	/** Copies the list. */
	public ImportPreview {
		changes = List.copyOf(changes);
	}

	/** @return the changes of one kind */
	public List<ElementChange> changes(ElementChange.Kind kind) {
		return changes.stream().filter(c -> c.kind() == kind).toList();
	}

	/** @return how many elements the import adds, changes or removes */
	public int count(ElementChange.Kind kind) {
		return (int) changes.stream().filter(c -> c.kind() == kind).count();
	}

	/** @return whether applying would change nothing (a re-import of the same file) */
	public boolean isEmpty() {
		return changes.isEmpty();
	}
}
