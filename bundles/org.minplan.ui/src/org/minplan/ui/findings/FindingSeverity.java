package org.minplan.ui.findings;

/** How serious a validation finding on an element is, least serious first. */
public enum FindingSeverity {
	/** A remark (提示). */
	INFO,
	/** A warning (警告). */
	WARNING,
	/** An error (错误). */
	ERROR
}
