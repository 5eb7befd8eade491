package org.minplan.report.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/** The platform log (ILog) when running in OSGi, else {@link System.Logger} (benchmark outside OSGi). */
public final class Log {

	private Log() {
	}

	/** Logs an error with its trace. */
	public static void error(String message, Throwable cause) {
		if (Platform.isRunning()) {
			ILog.of(Log.class).error(message, cause);
		} else {
			System.getLogger("org.minplan.report").log(System.Logger.Level.ERROR, message, cause);
		}
	}

	/** Logs an error without trace. */
	public static void error(String message) {
		error(message, null);
	}
}
