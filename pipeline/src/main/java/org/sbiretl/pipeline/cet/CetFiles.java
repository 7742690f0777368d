package org.sbiretl.pipeline.cet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.config.ConfigException;
import org.sbiretl.pipeline.config.Installation;
import org.sbiretl.pipeline.config.Severity;
import org.sbiretl.transforms.cet.CetArea;
import org.sbiretl.transforms.cet.CetSettings;
import org.sbiretl.transforms.cet.CetTaxonomy;

/**
 * Reads {@code cet/classification.yaml} and the taxonomy it names. Found like the rest of the
 * configuration: in {@code --config-dir}, else in the installation's {@code config/}, else in the
 * jar. Every problem of both files is reported at once, as a {@link ConfigException}.
 */
public final class CetFiles {
  public static final String FOLDER = "cet";
  public static final String CLASSIFICATION = "classification.yaml";
  public static final String DEFAULT_TAXONOMY = "taxonomy.yaml";
  private static final String CLASSPATH = "config/" + FOLDER + "/";
  private static final YAMLMapper YAML = new YAMLMapper();

  private static final Set<String> TOP = Set.of("enabled", "taxonomy", "scoring", "gates");
  private static final Set<String> AREA_KEYS =
      Set.of("id", "name", "phrases", "related", "exclusions");

  private CetFiles() {}

  /**
   * @param configDir {@code --config-dir}, or null
   * @param classificationFile {@code --cet-config}, or null for the configuration's
   * @param taxonomyFile {@code --cet-taxonomy}, or null for the one classification.yaml names
   */
  public static CetSetup load(
      @Nullable Path configDir, @Nullable Path classificationFile, @Nullable Path taxonomyFile) {
    return load(configDir, classificationFile, taxonomyFile, false);
  }

  /**
   * As {@link #load(Path, Path, Path)}, reading everything even when the stage is disabled: for
   * measuring a taxonomy ({@code cet-evaluate}) rather than running it.
   */
  public static CetSetup loadEvenIfDisabled(
      @Nullable Path configDir, @Nullable Path classificationFile, @Nullable Path taxonomyFile) {
    return load(configDir, classificationFile, taxonomyFile, true);
  }

  private static CetSetup load(
      @Nullable Path configDir,
      @Nullable Path classificationFile,
      @Nullable Path taxonomyFile,
      boolean evenIfDisabled) {
    List<String> problems = new ArrayList<>();
    Source classification =
        classificationFile != null
            ? Source.file(classificationFile)
            : folder(configDir).resolve(CLASSIFICATION);
    JsonNode c = classification.read(problems);
    if (c == null) {
      throw new ConfigException(problems);
    }
    String where = classification.toString();
    unknownKeys(where, c, TOP, problems);
    JsonNode enabledNode = c.path("enabled");
    if (!enabledNode.isMissingNode() && !enabledNode.isBoolean()) {
      problems.add(where + ": enabled must be true or false, not \"" + enabledNode.asText() + "\"");
    }
    boolean enabled = !enabledNode.isBoolean() || enabledNode.asBoolean();
    if (!enabled && !evenIfDisabled) {
      // Switched off: nothing else of the stage is read, so that turning it off cannot fail.
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
      return new CetSetup(false, null, null, null, "", where);
    }
    String taxonomyName = c.path("taxonomy").asText(DEFAULT_TAXONOMY);
    Source taxonomySource =
        taxonomyFile != null ? Source.file(taxonomyFile) : classification.sibling(taxonomyName);
    CetSettings scoring = scoring(where, c.path("scoring"), problems);
    CetGateSettings gates = gates(where, c.path("gates"), problems);
    CetTaxonomy taxonomy = null;
    JsonNode t = taxonomySource.read(problems);
    if (t != null) {
      taxonomy = taxonomy(taxonomySource + "", t, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new CetSetup(enabled, taxonomy, scoring, gates, taxonomySource.toString(), where);
  }

  /**
   * {@code DIR/cet/} of a {@code --config-dir} that has one; else the installation's; else the
   * jar's. A configuration directory made before the CET stage existed has no {@code cet/} and gets
   * the shipped files.
   */
  private static Source folder(@Nullable Path configDir) {
    if (configDir != null
        && Files.isRegularFile(configDir.resolve(FOLDER).resolve(CLASSIFICATION))) {
      return Source.file(configDir.resolve(FOLDER));
    }
    return Installation.home()
        .map(home -> home.resolve("config").resolve(FOLDER))
        .filter(dir -> Files.isRegularFile(dir.resolve(CLASSIFICATION)))
        .map(Source::file)
        .orElse(Source.classpath(CLASSPATH));
  }

  private static CetTaxonomy taxonomy(String where, JsonNode t, List<String> problems) {
    unknownKeys(where, t, Set.of("version", "areas"), problems);
    List<CetArea> areas = new ArrayList<>();
    JsonNode list = t.path("areas");
    if (!list.isArray()) {
      problems.add(where + ": areas must be a list");
    } else {
      for (int i = 0; i < list.size(); i++) {
        JsonNode a = list.get(i);
        String at = where + ": area " + (i + 1);
        if (!a.isObject()) {
          problems.add(at + " must be a mapping with id, name, phrases, related, exclusions");
          continue;
        }
        unknownKeys(at, a, AREA_KEYS, problems);
        areas.add(
            new CetArea(
                a.path("id").isTextual() ? a.get("id").asText() : null,
                a.path("name").isTextual() ? a.get("name").asText() : null,
                strings(at, a, "phrases", problems),
                strings(at, a, "related", problems),
                strings(at, a, "exclusions", problems)));
      }
    }
    JsonNode v = t.path("version");
    String version = v.isTextual() ? v.asText() : null;
    if (!v.isMissingNode() && !v.isNull() && !v.isTextual()) {
      // Unquoted, 2024.10 would be read as the number 2024.1.
      problems.add(where + ": version must be a quoted string, e.g. version: \"2024.1\"");
      version = "?";
    }
    try {
      return CetTaxonomy.of(version, areas);
    } catch (IllegalArgumentException e) {
      for (String line : e.getMessage().split("\n")) {
        problems.add(where + ": " + line);
      }
      return null;
    }
  }

  private static List<String> strings(String where, JsonNode a, String key, List<String> problems) {
    JsonNode n = a.get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      problems.add(where + ": " + key + " must be a list of phrases");
      return out;
    }
    for (JsonNode v : n) {
      if (v.isTextual()) {
        out.add(v.asText());
      } else {
        problems.add(where + ": " + key + " has an item that is not text: " + v);
      }
    }
    return out;
  }

  private static CetSettings scoring(String where, JsonNode s, List<String> problems) {
    Numbers n = new Numbers(where + ": scoring", s, problems);
    CetSettings settings =
        new CetSettings(
            n.get("title_weight"),
            n.get("topic_code_weight"),
            n.get("related_weight"),
            n.get("k1"),
            n.get("b"),
            n.get("prior_documents"),
            n.get("prior_document_share"),
            n.get("half_score"),
            n.get("min_score"),
            n.get("secondary_min_score"),
            n.get("secondary_ratio"),
            n.whole("max_secondary"),
            n.get("high_confidence"),
            n.get("medium_confidence"),
            n.whole("min_evidence_phrases"),
            n.whole("max_evidence_per_area"),
            n.whole("excerpt_chars"));
    n.unknown();
    if (n.complete()) {
      settings.problems().forEach(p -> problems.add(where + ": scoring." + p));
    }
    return settings;
  }

  private static CetGateSettings gates(String where, JsonNode g, List<String> problems) {
    unknownKeys(
        where + ": gates", g, Set.of(CetGates.COVERAGE, CetGates.EVIDENCE_COVERAGE), problems);
    Numbers coverage = new Numbers(where + ": gates.coverage", g.path(CetGates.COVERAGE), problems);
    Numbers evidence =
        new Numbers(
            where + ": gates.evidence_coverage", g.path(CetGates.EVIDENCE_COVERAGE), problems);
    CetGateSettings settings =
        new CetGateSettings(
            coverage.get("threshold"),
            severity(where + ": gates.coverage", g.path(CetGates.COVERAGE), problems),
            evidence.get("threshold"),
            severity(
                where + ": gates.evidence_coverage", g.path(CetGates.EVIDENCE_COVERAGE), problems));
    coverage.allow("severity");
    evidence.allow("severity");
    share(where + ": gates.coverage.threshold", settings.coverageThreshold(), problems);
    share(where + ": gates.evidence_coverage.threshold", settings.evidenceThreshold(), problems);
    coverage.unknown();
    evidence.unknown();
    return settings;
  }

  private static void share(String where, double v, List<String> problems) {
    if (!(v >= 0 && v <= 1)) {
      problems.add(where + " must be between 0 and 1, not " + v);
    }
  }

  private static Severity severity(String where, JsonNode gate, List<String> problems) {
    if (!gate.isObject()) {
      return Severity.WARN; // the missing section is reported once, by its threshold
    }
    String s = gate.path("severity").asText("");
    try {
      return Severity.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(where + ".severity must be ERROR or WARN, not \"" + s + "\"");
      return Severity.WARN;
    }
  }

  private static void unknownKeys(
      String where, JsonNode n, Set<String> known, List<String> problems) {
    if (!n.isObject()) {
      return;
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        problems.add(
            where
                + ": unknown key \""
                + key
                + "\" (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** Reads the numbers of one section, noting each missing or non-numeric one. */
  private static final class Numbers {
    private final String where;
    private final JsonNode section;
    private final List<String> problems;
    private final List<String> read = new ArrayList<>();
    private boolean complete = true;

    Numbers(String where, JsonNode section, List<String> problems) {
      this.where = where;
      this.section = section;
      this.problems = problems;
      if (!section.isObject()) {
        problems.add(where + " is missing");
        complete = false;
      }
    }

    double get(String key) {
      read.add(key);
      JsonNode v = section.get(key);
      if (!section.isObject()) {
        return 0;
      }
      if (v == null || !v.isNumber()) {
        problems.add(
            where
                + "."
                + key
                + (v == null ? " is missing" : " must be a number, not \"" + v.asText() + "\""));
        complete = false;
        return 0;
      }
      return v.asDouble();
    }

    /** A whole number; 1.5 where a count is meant is reported, not cut to 1. */
    int whole(String key) {
      double v = get(key);
      if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
        problems.add(where + "." + key + " must be a whole number, not " + v);
        complete = false;
      }
      return (int) v;
    }

    void allow(String key) {
      read.add(key);
    }

    void unknown() {
      unknownKeys(where, section, Set.copyOf(read), problems);
    }

    boolean complete() {
      return complete;
    }
  }

  /** A YAML file on disk or in the jar. */
  private record Source(@Nullable Path path, @Nullable String resource) {
    static Source file(Path p) {
      return new Source(p, null);
    }

    static Source classpath(String folder) {
      return new Source(null, folder);
    }

    Source resolve(String name) {
      return path != null ? file(path.resolve(name)) : new Source(null, resource + name);
    }

    Source sibling(String name) {
      if (path != null) {
        Path parent = path.toAbsolutePath().getParent();
        return file(parent.resolve(name));
      }
      return new Source(null, resource.substring(0, resource.lastIndexOf('/') + 1) + name);
    }

    @Nullable JsonNode read(List<String> problems) {
      try (InputStream in =
          path != null
              ? Files.newInputStream(path)
              : CetFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          problems.add(this + " is missing from the build");
          return null;
        }
        JsonNode n = YAML.readTree(in);
        if (n == null || !n.isObject()) {
          problems.add(this + ": expected a YAML mapping");
          return null;
        }
        return n;
      } catch (java.nio.file.NoSuchFileException e) {
        problems.add(this + " does not exist");
        return null;
      } catch (IOException e) {
        problems.add("cannot read " + this + ": " + e.getMessage().lines().findFirst().orElse(""));
        return null;
      }
    }

    @Override
    public String toString() {
      return path != null ? path.toString() : "classpath:" + resource;
    }
  }
}
