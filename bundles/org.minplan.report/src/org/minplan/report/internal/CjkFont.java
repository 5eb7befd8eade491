package org.minplan.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;

import org.minplan.report.ReportException;

/**
 * Finds a font with Chinese characters to embed in PDF reports, so the PDF prints the same on every machine.
 * No font is bundled: the CJK fonts found on the package registries this project builds from are web fonts
 * (WOFF/WOFF2, which OpenPDF cannot read) or of unclear licence. The order:
 * <ol>
 * <li>the font named by the system property {@value #PROPERTY} or the environment variable {@value #VARIABLE}
 * ({@code /path/font.ttf} or {@code /path/fonts.ttc,INDEX});</li>
 * <li>well-known Chinese fonts of Linux (WenQuanYi Zen Hei/Micro Hei, Noto Sans CJK SC, Droid Sans Fallback,
 * AR PL UMing), Windows (SimSun, Microsoft YaHei, SimHei) and macOS (Songti, STHeiti, PingFang);</li>
 * <li>any other TrueType/OpenType file in the usual font folders that has the character 矿.</li>
 * </ol>
 * OpenPDF embeds TrueType outlines as CID TrueType and CFF outlines (Noto Sans CJK .ttc) as CID Type 0C; both
 * were checked to render with poppler. When nothing is found the PDF is refused with a message saying what
 * to install.
 */
public final class CjkFont {

	/** System property naming the font file to embed. */
	public static final String PROPERTY = "minplan.report.font";
	/** Environment variable naming the font file to embed. */
	public static final String VARIABLE = "MINPLAN_REPORT_FONT";

	private static final char PROBE = '矿';

	private static final List<String> KNOWN = List.of(
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/wqy-microhei/wqy-microhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
			"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"/usr/share/fonts/truetype/arphic/uming.ttc,0",
			"C:/Windows/Fonts/simsun.ttc,0",
			"C:/Windows/Fonts/msyh.ttc,0",
			"C:/Windows/Fonts/simhei.ttf",
			"/System/Library/Fonts/Supplemental/Songti.ttc,0",
			"/System/Library/Fonts/STHeiti Light.ttc,0",
			"/System/Library/Fonts/PingFang.ttc,0",
			"/Library/Fonts/Arial Unicode.ttf");

	private static volatile BaseFont cached;
	private static volatile String cachedSpec;

	private CjkFont() {
	}

	/**
	 * @return the font to embed (Identity-H, subset), the same object for every PDF of this run
	 * @throws ReportException naming what to install when no Chinese font is found
	 */
	public static BaseFont get(Locale locale) throws ReportException {
		String wanted = System.getProperty(PROPERTY, System.getenv(VARIABLE));
		BaseFont font = cached;
		if (font != null && java.util.Objects.equals(cachedSpec, wanted)) {
			return font;
		}
		synchronized (CjkFont.class) {
			font = locate(wanted, locale);
			cached = font;
			cachedSpec = wanted;
			return font;
		}
	}

	private static BaseFont locate(String wanted, Locale locale) throws ReportException {
		if (wanted != null && !wanted.isBlank()) {
			Optional<BaseFont> font = load(withIndex(wanted.trim()));
			if (font.isEmpty()) {
				throw new ReportException(DocumentWriter.texts(locale).get("pdf.fontUnusable", wanted, PROPERTY));
			}
			return font.get();
		}
		for (String spec : KNOWN) {
			String path = spec.contains(".ttc,") ? spec.substring(0, spec.lastIndexOf(',')) : spec;
			if (Files.isRegularFile(Path.of(path))) {
				Optional<BaseFont> font = load(withIndex(spec));
				if (font.isPresent()) {
					return font.get();
				}
			}
		}
		for (Path file : candidates()) {
			Optional<BaseFont> font = load(withIndex(file.toString()));
			if (font.isPresent()) {
				return font.get();
			}
		}
		throw new ReportException(DocumentWriter.texts(locale).get("pdf.noFont", PROPERTY));
	}

	/** @return the spec with a collection index: for .ttc, the Simplified Chinese face if one is named so */
	private static String withIndex(String spec) {
		String lower = spec.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".ttc")) {
			return spec;
		}
		try {
			String[] names = BaseFont.enumerateTTCNames(spec);
			for (int i = 0; i < names.length; i++) {
				String name = names[i].toLowerCase(Locale.ROOT);
				if (name.endsWith("sc") || name.contains("sc-") || name.contains("sc ") || name.contains("gb")) {
					return spec + "," + i;
				}
			}
		} catch (IOException | RuntimeException e) {
			// not a readable collection: let load() report it
		}
		return spec + ",0";
	}

	/**
	 * @return the font if it has Chinese characters. It is read into memory: OpenPDF reads a font file byte
	 *         by byte when it builds the subset, which made a 250-page PDF take seconds longer.
	 */
	private static Optional<BaseFont> load(String spec) {
		try {
			BaseFont probe = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED);
			if (!probe.charExists(PROBE)) {
				return Optional.empty();
			}
			String path = spec.toLowerCase(Locale.ROOT).contains(".ttc,") ? spec.substring(0, spec.lastIndexOf(','))
					: spec;
			BaseFont font = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					Files.readAllBytes(Path.of(path)), null);
			font.setSubset(true);
			return Optional.of(font);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static List<Path> candidates() {
		List<Path> folders = new ArrayList<>();
		String home = System.getProperty("user.home");
		folders.add(Path.of("/usr/share/fonts"));
		folders.add(Path.of("/usr/local/share/fonts"));
		if (home != null) {
			folders.add(Path.of(home, ".fonts"));
			folders.add(Path.of(home, ".local", "share", "fonts"));
			folders.add(Path.of(home, "Library", "Fonts"));
		}
		folders.add(Path.of("C:/Windows/Fonts"));
		folders.add(Path.of("/Library/Fonts"));
		folders.add(Path.of("/System/Library/Fonts"));
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(folder, 4)) {
				walk.filter(Files::isRegularFile).filter(p -> {
					String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
					return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
				}).sorted().forEach(files::add);
			} catch (IOException | RuntimeException e) {
				// an unreadable folder: look elsewhere
			}
		}
		return files;
	}
}
