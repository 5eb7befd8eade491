package org.minplan.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minplan.core.minerals.MineralResolver;
import org.minplan.model.ExplorationBlock;
import org.minplan.model.Mineral;
import org.minplan.sample.SampleBuild;
import org.minplan.sample.TachengSampleBuilder;
import org.minplan.sample.UnresolvedMineral;

/** Printed mineral names find their catalogue mineral (专栏4) through names, aliases and stripping. */
class MineralResolverTest {

	private final MineralResolver resolver = MineralResolver.of(Sample.plan());

	@ParameterizedTest
	@CsvSource({ "金矿, 金", "铬铁矿, 铬", "铬矿, 铬", "湖盐, 石盐", "盐矿(固体), 石盐", "盐矿（固体）, 石盐", "盐, 石盐",
			"煤炭, 煤", "地下热水, 地热（水）", "地热, 地热（水）", "花岗岩, 饰面花岗岩", "建筑用花岗岩, 饰面花岗岩", "饰面用花岗岩, 饰面花岗岩",
			"灰岩, 石灰岩", "水泥用灰岩, 石灰岩", "制灰用石灰岩, 石灰岩", "建筑石料用灰岩, 石灰岩", "建筑用砂, 建筑用砂石料",
			"砖瓦用粘土, 砖瓦粘土", "粘土, 砖瓦粘土", "天然石英砂, 石英砂", "玻璃用砂, 石英砂", "压裂用天然石英砂, 石英砂",
			"熔剂用蛇纹岩, 蛇纹岩", "溶剂用蛇纹岩, 蛇纹岩", "页岩矿, 页岩", "砖瓦用页岩, 页岩", "建筑用玄武岩, 玄武岩", "铁矿, 铁",
			"硫铁矿, 硫铁矿", "钛铁矿（地下/露天开采）, 钛", "煤（地下/露天开采）, 煤", "盐（固态/液态）, 石盐",
			"金（岩金）（地下/露天开采）, 金", "玻璃用砂岩, 石英砂岩" })
	void printedNamesResolve(String printed, String catalogueName) {
		assertEquals(catalogueName, resolver.resolve(printed).map(Mineral::getName).orElse(null), printed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "锰矿", "建筑用闪长岩", "饰面石材", "水泥配料用粘土", "陶粒用粘土", "其他", "石英岩", "砂金", "" })
	void namesOutsideTheCatalogueDoNotResolve(String printed) {
		assertTrue(resolver.resolve(printed).isEmpty(), printed);
	}

	@Test
	void listsResolvePartByPart() {
		assertEquals(List.of("铜", "金"), resolver.resolveAll("铜、金").stream().map(Mineral::getName).toList());
		assertEquals(List.of("石英砂岩"),
				resolver.resolveAll("玻璃、陶瓷等脉石英、石英砂岩").stream().map(Mineral::getName).toList());
		assertTrue(resolver.resolveAll("黑色、贵金属").isEmpty());
	}

	@Test
	void unresolvedNamesAreListedWithWhereTheyArePrintedAndKeptAsText() throws Exception {
		SampleBuild build = TachengSampleBuilder.fromBundle().build();
		UnresolvedMineral manganese = build.unresolved().stream().filter(u -> u.text().equals("锰矿")).findFirst()
				.orElseThrow(() -> new AssertionError("锰矿 not reported: " + build.unresolved()));
		assertEquals(List.of("专栏17 裕民县: 锰矿 1 个 (seed line 525)"), manganese.sources());
		assertTrue(build.unresolved().stream().noneMatch(u -> u.text().equals("其他")), "其他 is not a mineral name");
		ExplorationBlock block = build.plan().getExplorationBlocks().stream()
				.filter(b -> "锰矿".equals(b.getMineralText())).findFirst().orElseThrow();
		assertNull(block.getMineral());
		assertEquals("裕民县", block.getCounty().getName());
	}
}
