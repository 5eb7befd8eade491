package org.minplan.ui.map.internal.render;

import java.util.ArrayDeque;
import java.util.Deque;

/** Douglas–Peucker simplification of a closed ring held as interleaved x, y (level of detail). */
final class Simplifier {

	private Simplifier() {
	}

	/** @return the ring with vertices closer than {@code tolerance} to the simplified line removed, still closed */
	static double[] simplify(double[] ring, double tolerance) {
		int n = ring.length / 2;
		if (n <= 4) {
			return ring;
		}
		boolean[] keep = new boolean[n];
		keep[0] = true;
		keep[n - 1] = true;
		// A closed ring's first and last vertex coincide: split at the vertex farthest from the first one.
		int far = 1;
		double farDistance = -1;
		for (int i = 1; i < n - 1; i++) {
			double d = Math.hypot(ring[2 * i] - ring[0], ring[2 * i + 1] - ring[1]);
			if (d > farDistance) {
				farDistance = d;
				far = i;
			}
		}
		keep[far] = true;
		Deque<int[]> spans = new ArrayDeque<>();
		spans.push(new int[] { 0, far });
		spans.push(new int[] { far, n - 1 });
		while (!spans.isEmpty()) {
			int[] span = spans.pop();
			int a = span[0], b = span[1];
			double max = -1;
			int index = -1;
			for (int i = a + 1; i < b; i++) {
				double d = MapFeature.segmentDistance(ring[2 * i], ring[2 * i + 1], ring[2 * a], ring[2 * a + 1],
						ring[2 * b], ring[2 * b + 1]);
				if (d > max) {
					max = d;
					index = i;
				}
			}
			if (index >= 0 && max > tolerance) {
				keep[index] = true;
				spans.push(new int[] { a, index });
				spans.push(new int[] { index, b });
			}
		}
		int count = 0;
		for (boolean k : keep) {
			count += k ? 1 : 0;
		}
		if (count < 4) {
			return ring;
		}
		double[] out = new double[2 * count];
		int j = 0;
		for (int i = 0; i < n; i++) {
			if (keep[i]) {
				out[j++] = ring[2 * i];
				out[j++] = ring[2 * i + 1];
			}
		}
		return out;
	}
}
