package org.sbiretl.transforms.cet;

import java.util.List;

/** A three-area taxonomy and the shipped scoring settings' shape, for the CET tests. */
final class CetFixtures {
  private CetFixtures() {}

  static CetTaxonomy taxonomy() {
    return CetTaxonomy.of(
        "test.1",
        List.of(
            new CetArea(
                "quantum",
                "Quantum information",
                List.of("qubit", "quantum comput*", "trapped ion", "entangle*"),
                List.of("cryogenic"),
                List.of("quantum dot")),
            new CetArea(
                "directed_energy",
                "Directed energy",
                List.of("directed energy", "high energy laser", "beam control"),
                List.of(),
                List.of("directed energy deposition")),
            new CetArea(
                "space",
                "Space technologies",
                List.of("satellite", "spacecraft", "cubesat"),
                List.of("orbit"),
                List.of())));
  }

  static CetSettings settings() {
    return new CetSettings(
        2.0, 1.5, 0.4, 1.2, 0.3, 100, 0.02, 6.0, 0.35, 0.40, 0.6, 3, 0.70, 0.55, 2, 3, 80);
  }
}
