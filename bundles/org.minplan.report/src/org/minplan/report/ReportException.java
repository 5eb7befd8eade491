package org.minplan.report;

/** A report cannot be produced: a wrong or missing parameter, an unreadable second plan, an unwritable output. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message what went wrong, in the user's language, naming the parameter or file */
	public ReportException(String message) {
		super(message);
	}

	/** @param message what went wrong, in the user's language; @param cause the underlying failure */
	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
