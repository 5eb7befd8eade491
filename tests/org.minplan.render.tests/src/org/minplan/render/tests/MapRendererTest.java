package org.minplan.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minplan.core.persistence.PlanStore;
import org.minplan.model.AdministrativeDivision;
import org.minplan.model.DivisionKind;
import org.minplan.model.MiningBlock;
import org.minplan.model.Plan;
import org.minplan.render.MapExtent;
import org.minplan.render.MapLayer;
import org.minplan.render.MapRenderer;
import org.minplan.render.MapRequest;
import org.minplan.render.RenderedMap;
import org.minplan.sample.SamplePlans;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The headless planning map of the Tacheng sample: size, content, Chinese text, SVG, county and excerpt maps. */
class MapRendererTest {

	private static final int BOUNDARY = 0x7A208C;
	private static final int HIGHLIGHT = 0xE00000;
	private static Plan plan;
	private static MapRenderer renderer;

	@BeforeAll
	static void load() throws IOException {
		System.setProperty("java.awt.headless", "true");
		plan = SamplePlans.loadTacheng(new PlanStore());
		renderer = new MapRenderer();
	}

	static Path output(String name) throws IOException {
		Path dir = Path.of(System.getProperty("minplan.test.output", "target"), "maps");
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	private static List<AdministrativeDivision> counties() {
		return plan.getDivisions().stream().filter(d -> d.getKind() != DivisionKind.PREFECTURE
				&& d.getKind() != DivisionKind.XPCC_DIVISION && d.getKind() != DivisionKind.XPCC_UNIT).toList();
	}

	@Test
	void wholePlanMapHasTheSizeAskedAndReadsAsAMap() throws IOException {
		String title = "塔城地区矿产资源总体规划图（2021—2025年）";
		RenderedMap map = renderer.render(plan, MapRequest.builder().pixels(1600, 1200, 150).title(title)
				.locale(Locale.CHINESE).build());
		map.writePng(output("tacheng-whole-plan.png"));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(map.png()));

		assertEquals(1600, image.getWidth());
		assertEquals(1200, image.getHeight());
		assertTrue(distinctColours(image) > 500, "a planning map has many colours: " + distinctColours(image));
		assertTrue(count(image, BOUNDARY, 10, 0, 0, 1600, 1200) > 2000, "county boundaries are drawn in purple");
		// the title: the font used has every glyph, and dark text pixels fill the band above the frame
		assertEquals(-1, new Font(map.fontFamily(), Font.BOLD, 20).canDisplayUpTo(title), map.fontFamily());
		int titleBand = (int) map.frame().getY() - 8;
		assertTrue(count(image, 0x1E1E1E, 60, 400, 0, 800, titleBand) > 1500, "Chinese title pixels above the frame");
		int left = 1600, right = 0;
		for (int y = 0; y < titleBand; y++) {
			for (int x = 0; x < 1600; x++) {
				if ((image.getRGB(x, y) & 0xFF) < 100) {
					left = Math.min(left, x);
					right = Math.max(right, x);
				}
			}
		}
		assertEquals(map.frame().getCenterX(), (left + right) / 2.0, 12, "the title is centred over the map");
		for (AdministrativeDivision county : counties()) {
			assertTrue(map.labels().contains(county.getName()), "county name written: " + county.getName());
		}
		assertTrue(map.synthetic(), "the sample's approximate geometry is noted");
	}

	@Test
	void svgIsXmlWithTheCountyNamesAsText() throws Exception {
		RenderedMap map = renderer.render(plan, MapRequest.builder().pixels(1600, 1200, 150).title("塔城地区规划图")
				.locale(Locale.CHINESE).build());
		String svg = map.svg();
		map.writeSvg(output("tacheng-whole-plan.svg"));
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertEquals("svg", doc.getDocumentElement().getNodeName());
		assertEquals("1600", doc.getDocumentElement().getAttribute("width"));
		NodeList texts = doc.getElementsByTagName("text");
		Set<String> words = new HashSet<>();
		for (int i = 0; i < texts.getLength(); i++) {
			words.add(texts.item(i).getTextContent());
		}
		for (AdministrativeDivision county : counties()) {
			assertTrue(words.contains(county.getName()), "county name in the SVG: " + county.getName());
		}
		assertTrue(words.contains("图　例"), "legend title");
		assertTrue(words.stream().anyMatch(w -> w.startsWith("比例尺 1:")), "scale ratio");
		assertTrue(doc.getElementsByTagName("path").getLength() > 300, "blocks and boundaries as paths");
	}

	@Test
	void labelsDoNotOverlapAndStayInTheFrame() {
		RenderedMap map = renderer.render(plan, MapRequest.builder().extent(MapExtent.county("654224"))
				.pixels(1400, 1000, 120).build());
		List<java.awt.geom.Rectangle2D> boxes = map.labelBoxes();
		assertTrue(boxes.size() > 20, "a county map at this scale labels its blocks: " + boxes.size());
		for (int i = 0; i < boxes.size(); i++) {
			assertTrue(map.frame().contains(boxes.get(i)), map.labels().get(i) + " inside the frame");
			for (int j = i + 1; j < boxes.size(); j++) {
				assertFalse(boxes.get(i).intersects(boxes.get(j)),
						map.labels().get(i) + " overlaps " + map.labels().get(j));
			}
		}
	}

	@Test
	void scaleIsARoundFigure() {
		RenderedMap map = renderer.render(plan, MapRequest.builder().pixels(1200, 900, 96).build());
		double d = map.scaleDenominator();
		double leading = d / Math.pow(10, Math.floor(Math.log10(d)));
		assertTrue(Set.of(1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0).contains(leading), "1:" + d);
		assertTrue(d > 500_000 && d < 10_000_000, "the prefecture on a sheet is at a regional scale: 1:" + d);
	}

	@Test
	void countyMapShowsTheCountyAndVeilsTheRest() throws IOException {
		AdministrativeDivision wusu = counties().stream().filter(c -> "654202".equals(c.getCode())).findFirst()
				.orElseThrow();
		RenderedMap whole = renderer.render(plan, MapRequest.builder().pixels(1000, 800, 120).legend(false).build());
		RenderedMap county = renderer.render(plan, MapRequest.builder().extent(MapExtent.county("654202"))
				.pixels(1000, 800, 120).title(wusu.getName()).locale(Locale.CHINESE).build());
		county.writePng(output("county-654202.png"));
		assertTrue(county.labels().contains(wusu.getName()));
		assertTrue(county.scaleDenominator() < whole.scaleDenominator(),
				"one county is drawn at a larger scale than the prefecture");
	}

	@Test
	void excerptHighlightsTheElementInRed() throws IOException {
		MiningBlock block = plan.getMiningBlocks().get(0);
		MapRequest.Builder request = MapRequest.builder().extent(MapExtent.around(List.of(block), 3000))
				.pixels(600, 420, 150).legend(false).title(block.getCode()).locale(Locale.CHINESE);
		RenderedMap plain = renderer.render(plan, request.build());
		RenderedMap highlighted = renderer.render(plan, request.highlight(List.of(block)).build());
		highlighted.writePng(output("excerpt-" + block.getCode() + ".png"));
		int frameRed = count(highlighted.image(), HIGHLIGHT, 12, 0, 0, 600, 420);
		int plainRed = count(plain.image(), HIGHLIGHT, 12, 0, 0, 600, 420);
		assertTrue(frameRed > plainRed + 300, "highlight drawn: " + plainRed + " -> " + frameRed);
		assertTrue(highlighted.labels().contains(block.getCode()), "the highlighted block is labelled");
	}

	@Test
	void layersLeftOutAreNotDrawn() {
		RenderedMap onlyCounties = renderer.render(plan, MapRequest.builder().pixels(800, 600, 96)
				.layers(List.of(MapLayer.COUNTIES)).legend(false).build());
		RenderedMap all = renderer.render(plan, MapRequest.builder().pixels(800, 600, 96).legend(false).build());
		assertTrue(distinctColours(all.image()) > distinctColours(onlyCounties.image()) + 100);
		assertFalse(onlyCounties.labels().isEmpty());
	}

	@Test
	void unknownCountyIsNamedWithTheCountiesThereAre() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(plan,
				MapRequest.builder().extent(MapExtent.county("999999")).locale(Locale.ENGLISH).build()));
		assertTrue(e.getMessage().contains("999999") && e.getMessage().contains("654202"), e.getMessage());
	}

	@Test
	void sizeInMillimetresAtAResolution() {
		RenderedMap map = renderer.render(plan,
				MapRequest.builder().millimetres(170, 120, 150).legend(false).build());
		assertEquals(Math.round(170 / 25.4 * 150), map.width());
		assertEquals(Math.round(120 / 25.4 * 150), map.height());
	}

	static int distinctColours(BufferedImage image) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				colours.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return colours.size();
	}

	/** @return pixels within {@code tolerance} per channel of {@code rgb} in the rectangle */
	static int count(BufferedImage image, int rgb, int tolerance, int x0, int y0, int x1, int y1) {
		int n = 0;
		for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
			for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
				int p = image.getRGB(x, y);
				if (Math.abs((p >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= tolerance
						&& Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= tolerance
						&& Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) {
					n++;
				}
			}
		}
		return n;
	}
}
