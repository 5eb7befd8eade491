package org.minplan.report.tests;

/** Contributed as {@code test.mismatch} but says it is {@code test.other}: the registry must skip it. */
public class MismatchedReport extends TablesReport {

	@Override
	public String id() {
		return "test.other";
	}
}
