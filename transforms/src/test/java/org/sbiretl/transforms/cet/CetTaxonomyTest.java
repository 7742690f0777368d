package org.sbiretl.transforms.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CetTaxonomyTest {
  @Test
  void everyProblemIsNamedAtOnce() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CetTaxonomy.of(
                    "",
                    List.of(
                        new CetArea("Bad Id", "x", List.of("x-ray"), List.of(), List.of()),
                        new CetArea("space", "", List.of(), List.of("ab*"), List.of()),
                        new CetArea(
                            "space", "Space", List.of("orbit", "orbit"), List.of(), List.of()),
                        new CetArea("none", "None", List.of("n"), List.of(), List.of()))));
    String m = e.getMessage();
    assertTrue(m.contains("version is missing"), m);
    assertTrue(m.contains("area 1 (Bad Id): id must be lower_snake_case"), m);
    assertTrue(m.contains("\"x-ray\" must be lower-case letters and digits"), m);
    assertTrue(m.contains("area 2 (space): name is missing"), m);
    assertTrue(m.contains("area 2 (space): phrases is empty"), m);
    assertTrue(m.contains("\"ab*\": a stem before * needs at least 4 characters"), m);
    assertTrue(m.contains("area 3 (space): id is used by an earlier area"), m);
    assertTrue(m.contains("phrase \"orbit\" is listed twice"), m);
    assertTrue(m.contains("id \"none\" is the label of unclassified awards"), m);
    assertEquals(9, m.split("\n").length, m);
  }

  @Test
  void namesAreLookedUpById() {
    CetTaxonomy t = CetFixtures.taxonomy();
    assertEquals("Directed energy", t.nameOf("directed_energy"));
    assertEquals("none", t.nameOf(CetTaxonomy.NONE));
    assertEquals("test.1", t.version());
  }

  @Test
  void theSettingsNameEachBadValue() {
    CetSettings bad =
        new CetSettings(0, 1.5, 0.4, 1.2, 1.5, -1, 0, 6, 1.2, 0.4, 0.6, 4, 0.5, 0.6, 0, 0, 5);
    List<String> p = bad.problems();
    assertTrue(p.contains("title_weight must be > 0, not 0.0"), p.toString());
    assertTrue(p.contains("b must be between 0 and 1, not 1.5"), p.toString());
    assertTrue(p.contains("medium_confidence must not exceed high_confidence"), p.toString());
    assertTrue(p.contains("max_secondary must be 0 to 3, not 4"), p.toString());
    assertEquals(10, p.size(), p.toString());
    assertEquals(List.of(), CetFixtures.settings().problems());
  }
}
