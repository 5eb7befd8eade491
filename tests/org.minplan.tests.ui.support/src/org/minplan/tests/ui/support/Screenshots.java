package org.minplan.tests.ui.support;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what is on screen as PNG under the test bundle's {@code target/screenshots/}, so a person can
 * look at what the tests saw.
 */
public final class Screenshots {

	private Screenshots() {
	}

	/** @return the folder screenshots are written to (created if missing) */
	public static File folder() {
		String base = System.getProperty("minplan.test.output", "target");
		File dir = new File(base, "screenshots");
		dir.mkdirs();
		return dir;
	}

	/**
	 * Lets pending paints happen, then copies the shell's area of the screen into a PNG.
	 *
	 * @return the file written
	 */
	public static File of(Shell shell, String name) {
		Display display = shell.getDisplay();
		shell.forceActive();
		flush(display, 400);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		File file = new File(folder(), name + ".png");
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}

	/** Runs the event loop for about {@code millis} so layouts and paints complete. */
	public static void flush(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
