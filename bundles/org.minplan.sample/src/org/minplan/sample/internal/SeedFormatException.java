package org.minplan.sample.internal;

import java.io.IOException;

/** A seed table does not hold what the generator expects; the message names file, row and column. */
public final class SeedFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public SeedFormatException(String message) {
		super(message);
	}
}
