package org.minplan.core.geometry;

/** One number of coordinate text that cannot be read; the parser adds vertex, part and text. */
final class NumberTextException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Expected "a number of this part" (the parser knows the part and picks the message). */
	static final String PLAIN_NUMBER = "";

	/** Message key of what was expected, or {@link #PLAIN_NUMBER}. */
	private final String expectedKey;

	NumberTextException(String expectedKey) {
		super(expectedKey, null, false, false);
		this.expectedKey = expectedKey;
	}

	String expectedKey() {
		return expectedKey;
	}
}
