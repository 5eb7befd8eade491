package org.minplan.importer.gis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.minplan.importer.gis.internal.NumberText;

class NumberTextTest {

	@Test
	void numbersArePlainWithoutExponentOrTrailingZeros() {
		assertEquals(Optional.of("12.5"), NumberText.plain("  12.500 "));
		assertEquals(Optional.of("1500"), NumberText.plain("1.5E3"));
		assertEquals(Optional.of("0.00015"), NumberText.plain("1.5e-4"));
		assertEquals(Optional.of("0"), NumberText.plain("-0.000"));
		assertEquals(Optional.of("7"), NumberText.plain("+7"));
		assertEquals("84.123456789", NumberText.plain(84.123456789));
		assertEquals("28500000", NumberText.plain(2.85E7));
	}

	@Test
	void textIsNotANumberAndAbsurdExponentsAreKeptAsWritten() {
		assertTrue(NumberText.plain("约12").isEmpty());
		assertTrue(NumberText.plain("").isEmpty());
		assertEquals(Optional.of("1e999999999"), NumberText.plain("1e999999999"));
	}
}
