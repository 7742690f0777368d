package org.sbiretl.pipeline.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.config.ConfigException;
import org.sbiretl.pipeline.config.Severity;

class CetFilesTest {
  @TempDir Path dir;

  @Test
  void theShippedFilesLoad() {
    CetSetup setup = CetFiles.load(null, null, null);
    assertTrue(setup.enabled());
    assertEquals(18, setup.taxonomy().areas().size());
    assertEquals(Severity.WARN, setup.gates().coverageSeverity());
    assertTrue(setup.taxonomySource().endsWith("cet/taxonomy.yaml"), setup.taxonomySource());
    assertEquals(setup.gates(), CetGateSettings.fromJson(setup.toJson().get("gates")));
  }

  @Test
  void aConfigDirectoryHasItsOwnCetFolderAndTheTaxonomyItNames() throws IOException {
    Path cet = Files.createDirectories(dir.resolve("cet"));
    Files.writeString(
        cet.resolve("classification.yaml"),
        shipped().replace("enabled: true", "enabled: true\ntaxonomy: taxonomy-old.yaml"));
    Files.writeString(
        cet.resolve("taxonomy-old.yaml"),
        "version: \"2023.9\"\nareas:\n  - id: space\n    name: Space\n    phrases: [satellite]\n");
    CetSetup setup = CetFiles.load(dir, null, null);
    assertEquals("2023.9", setup.taxonomy().version());
    assertEquals(cet.resolve("taxonomy-old.yaml").toString(), setup.taxonomySource());
  }

  @Test
  void everyProblemOfBothFilesIsNamedWithItsFile() throws IOException {
    Path classification = dir.resolve("c.yaml");
    Files.writeString(
        classification,
        shipped()
            .replace("k1: 1.2", "k1: fast")
            .replace("severity: WARN", "severity: LOUD")
            .replace("enabled: true", "enabled: true\ncolour: blue"));
    Path taxonomy = dir.resolve("t.yaml");
    Files.writeString(
        taxonomy,
        "version: 1\nareas:\n  - id: space\n    name: Space\n    phrases: [Satellite, orbit]\n"
            + "    synonyms: [sat]\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> CetFiles.load(null, classification, taxonomy));
    String m = e.getMessage();
    assertTrue(m.contains(classification + ": unknown key \"colour\""), m);
    assertTrue(m.contains(classification + ": scoring.k1 must be a number, not \"fast\""), m);
    assertTrue(m.contains("gates.coverage.severity must be ERROR or WARN, not \"LOUD\""), m);
    assertTrue(m.contains(taxonomy + ": area 1: unknown key \"synonyms\""), m);
    assertTrue(
        m.contains(taxonomy + ": area 1 (space): phrase \"Satellite\" must be lower-case"), m);
    assertTrue(m.contains(taxonomy + ": version must be a quoted string"), m);
    assertEquals(7, e.problems().size(), m); // both gates say LOUD
  }

  @Test
  void aDisabledStageNeedsNothingElseButCanStillBeEvaluated() throws IOException {
    Path off = dir.resolve("off-only.yaml");
    Files.writeString(off, "enabled: false\n");
    assertEquals(false, CetFiles.load(null, off, null).enabled());
    Path offComplete = dir.resolve("off.yaml");
    Files.writeString(offComplete, shipped().replace("enabled: true", "enabled: false"));
    Path taxonomy = dir.resolve("taxonomy.yaml");
    try (var in = CetFilesTest.class.getResourceAsStream("/config/cet/taxonomy.yaml")) {
      Files.write(taxonomy, in.readAllBytes());
    }
    assertEquals(
        18, CetFiles.loadEvenIfDisabled(null, offComplete, null).taxonomy().areas().size());
  }

  @Test
  void badValuesAreNamedNotCutOrGuessed() throws IOException {
    Path classification = dir.resolve("c.yaml");
    Files.writeString(
        classification,
        shipped()
            .replace("enabled: true", "enabled: nope")
            .replace("max_secondary: 3", "max_secondary: 1.5")
            .replace("threshold: 0.40", "threshold: 40"));
    Path taxonomy = dir.resolve("t.yaml");
    Files.writeString(
        taxonomy,
        "version: 2024.10\nareas:\n  - just a string\n  - id: space\n    name: Space\n"
            + "    phrases: [satellite, ~, 7]\n");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> CetFiles.loadEvenIfDisabled(null, classification, taxonomy));
    String m = e.getMessage();
    assertTrue(m.contains("enabled must be true or false, not \"nope\""), m);
    assertTrue(m.contains("scoring.max_secondary must be a whole number, not 1.5"), m);
    assertTrue(m.contains("gates.coverage.threshold must be between 0 and 1, not 40.0"), m);
    assertTrue(m.contains("version must be a quoted string"), m);
    assertTrue(m.contains("area 1 must be a mapping"), m);
    assertTrue(m.contains("phrases has an item that is not text: null"), m);
    assertTrue(m.contains("phrases has an item that is not text: 7"), m);
    assertEquals(7, e.problems().size(), m);
  }

  @Test
  void aConfigDirectoryWithoutCetFolderGetsTheShippedFiles() throws IOException {
    CetSetup setup = CetFiles.load(Files.createDirectories(dir.resolve("old-config")), null, null);
    assertEquals(18, setup.taxonomy().areas().size());
  }

  @Test
  void aMissingFileIsSaidToBeMissing() {
    Path nowhere = dir.resolve("nowhere.yaml");
    ConfigException e =
        assertThrows(ConfigException.class, () -> CetFiles.load(null, nowhere, null));
    assertEquals("invalid configuration: " + nowhere + " does not exist", e.getMessage());
  }

  private static String shipped() throws IOException {
    try (var in = CetFilesTest.class.getResourceAsStream("/config/cet/classification.yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
