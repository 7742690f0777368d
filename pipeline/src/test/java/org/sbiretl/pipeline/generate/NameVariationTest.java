package org.sbiretl.pipeline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariationTest {
  @Test
  void truncatesLikeFpds() {
    assertEquals(
        "WILSON INNOVATIONS, INCORPORAT",
        NameVariation.truncate("WILSON INNOVATIONS, INCORPORATED"));
  }

  @Test
  void flipsAmpersand() {
    assertEquals(
        List.of("Smith", "and", "Associates"),
        NameVariation.flipAmpersand(List.of("Smith", "&", "Associates")));
  }

  @Test
  void abbreviatesOrExpands() {
    Rng r = Rng.of(1, 1, 1);
    assertEquals(
        List.of("Acme", "Labs"), NameVariation.abbreviate(List.of("Acme", "Laboratories"), r));
    assertEquals(
        List.of("Acme", "Laboratories"), NameVariation.abbreviate(List.of("Acme", "Labs"), r));
  }

  @Test
  void typoChangesOneCharacter() {
    for (int i = 0; i < 50; i++) {
      String s = "Quantum Dynamics";
      String t = NameVariation.typo(s, Rng.of(3, 3, i));
      if (!t.equals(s)) {
        assertEquals(true, Math.abs(t.length() - s.length()) <= 1, t);
      }
    }
    assertNotEquals("x", NameVariation.typo("Quantum", Rng.of(0, 0, 0)));
  }

  @Test
  void dropsAWordFromLongNamesAndAddsOneToShortOnes() {
    Rng r = Rng.of(1, Streams.FIRM, 1);
    assertEquals(2, NameVariation.dropOrAddWord(List.of("Advanced", "Photon", "Forge"), r).size());
    List<String> longer = NameVariation.dropOrAddWord(List.of("Photon", "Forge"), r);
    assertEquals(3, longer.size());
    assertEquals(List.of("Photon", "Forge"), longer.subList(0, 2));
  }
}
