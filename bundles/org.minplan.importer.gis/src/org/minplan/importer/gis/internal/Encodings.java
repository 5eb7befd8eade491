package org.minplan.importer.gis.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/** Text encodings as shapefiles name them in a .cpg file. */
public final class Encodings {

	/** Planning databases (MapGIS, ArcGIS on Chinese Windows) write GBK. */
	public static final Charset GBK = Charset.forName("GBK");

	private Encodings() {
	}

	/**
	 * @param cpg the content of a .cpg file, e.g. {@code UTF-8}, {@code GBK}, {@code 936}, {@code ANSI 936},
	 *            {@code 65001}
	 * @return the charset, or empty when the name is not known
	 */
	public static Optional<Charset> fromCpg(String cpg) {
		String name = cpg.strip().toUpperCase(Locale.ROOT);
		if (name.startsWith("ANSI ")) {
			name = name.substring(5).strip();
		}
		switch (name) {
		case "936", "CP936", "GB2312", "GB_2312", "GBK", "EUC-CN":
			return Optional.of(GBK);
		case "65001", "UTF8", "UTF-8":
			return Optional.of(StandardCharsets.UTF_8);
		case "54936":
			return Optional.of(Charset.forName("GB18030"));
		default:
			break;
		}
		try {
			return Optional.of(Charset.forName(name.matches("\\d+") ? "CP" + name : name));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty();
		}
	}
}
