package org.minplan.importer.gis.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (OGC 12-128r18 §2.1.3): magic {@code GP}, version 0 (= 1), flags
 * (extended type, empty, envelope indicator 0–4, byte order of header), srs_id, optional envelope, then
 * standard or ISO WKB read by JTS.
 */
public final class GpkgGeometry {

	/** What is wrong with a blob: message keys and the bytes found as text. */
	public static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;
		private final String found;
		private final String detailKey;

		Invalid(String found, String detailKey) {
			super(detailKey);
			this.found = found;
			this.detailKey = detailKey;
		}

		public String found() {
			return found;
		}

		public String detailKey() {
			return detailKey;
		}
	}

	/** @param geometry null when the blob says it is empty; srsId as in the header */
	public record Decoded(Geometry geometry, int srsId) {
	}

	private static final int HEADER = 8;
	private static final int[] ENVELOPE_BYTES = { 0, 32, 48, 48, 64 };

	private GpkgGeometry() {
	}

	public static Decoded decode(byte[] blob, WKBReader wkb) throws Invalid {
		if (blob.length < HEADER || blob[0] != 'G' || blob[1] != 'P') {
			throw new Invalid(hex(blob), "gpkg.badMagic");
		}
		if (blob[2] != 0) {
			throw new Invalid(Integer.toString(blob[2] & 0xFF), "gpkg.badVersion");
		}
		int flags = blob[3] & 0xFF;
		if ((flags & 0x20) != 0) {
			throw new Invalid(String.format("0x%02X", flags), "gpkg.extended");
		}
		int envelope = (flags >> 1) & 0x07;
		if (envelope >= ENVELOPE_BYTES.length) {
			throw new Invalid(String.format("0x%02X", flags), "gpkg.badEnvelope");
		}
		ByteOrder order = (flags & 0x01) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		int srsId = ByteBuffer.wrap(blob, 4, 4).order(order).getInt();
		int start = HEADER + ENVELOPE_BYTES[envelope];
		if (blob.length <= start) {
			throw new Invalid(hex(blob), "gpkg.noWkb");
		}
		if ((flags & 0x10) != 0) {
			return new Decoded(null, srsId);
		}
		try {
			return new Decoded(wkb.read(Arrays.copyOfRange(blob, start, blob.length)), srsId);
		} catch (ParseException | RuntimeException e) {
			throw new Invalid(hex(Arrays.copyOfRange(blob, start, blob.length)), "gpkg.badWkb");
		}
	}

	/** @return the first bytes as hexadecimal, for messages */
	static String hex(byte[] bytes) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(bytes.length, 16); i++) {
			text.append(String.format("%02X", bytes[i] & 0xFF));
		}
		return bytes.length > 16 ? text + "..." : text.toString();
	}
}
