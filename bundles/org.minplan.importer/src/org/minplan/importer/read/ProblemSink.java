package org.minplan.importer.read;

/** Collects every problem of a submission; readers report all they find, not only the first. */
@FunctionalInterface
public interface ProblemSink {

	/** Records one problem. */
	void report(ImportProblem problem);
}
