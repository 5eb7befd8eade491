package org.minplan.report.tests;

/** Contributed as a report but does not implement Report: the registry must skip it. */
public class NotAReport {
}
