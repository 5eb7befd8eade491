package org.minplan.ui.map.internal.render;

import java.util.Arrays;

/** Which pixels (or pixel cells) of the canvas already hold a mark, for level-of-detail thinning. */
final class PixelSet {

	private final int width;
	private final long[] bits;

	PixelSet(int width, int height) {
		this.width = width;
		this.bits = new long[(width * height + 63) / 64];
	}

	/** Marks (x, y); @return whether it was marked before */
	boolean getAndSet(int x, int y) {
		int i = y * width + x;
		long mask = 1L << (i & 63);
		long word = bits[i >>> 6];
		bits[i >>> 6] = word | mask;
		return (word & mask) != 0;
	}

	/** Forgets every mark. */
	void clear() {
		Arrays.fill(bits, 0);
	}
}
