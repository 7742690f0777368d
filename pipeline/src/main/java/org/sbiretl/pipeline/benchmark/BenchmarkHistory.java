package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmarks of a reports directory, current ({@code REPORTS/benchmark_*.json}) and archived
 * ({@code REPORTS/history/benchmark_*.json}), as one time series that can be filtered by date,
 * revision and shape.
 */
final class BenchmarkHistory {
  static final String ARCHIVE = "history";

  /** One benchmark as history shows it. */
  record Entry(
      Instant createdAt,
      String revision,
      String shape,
      String runner,
      Double wallSeconds,
      Double peakRssMb,
      Double matchRate,
      Double precision,
      Path file) {}

  private BenchmarkHistory() {}

  /** Moves every current benchmark file into the archive; returns how many moved. */
  static int archive(Path reports) throws IOException {
    Path archive = Files.createDirectories(reports.resolve(ARCHIVE));
    int moved = 0;
    for (Path file : benchmarkFiles(reports)) {
      Files.move(file, archive.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      moved++;
    }
    return moved;
  }

  /** Every benchmark, current and archived, oldest first, that passes {@code filter}. */
  static List<Entry> load(Path reports, Filter filter) throws IOException {
    List<Path> files = new ArrayList<>(benchmarkFiles(reports));
    files.addAll(benchmarkFiles(reports.resolve(ARCHIVE)));
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      Map<String, Object> b = BenchmarkReport.read(file);
      Entry e =
          new Entry(
              Instant.parse(String.valueOf(b.get("created_at"))),
              String.valueOf(b.getOrDefault("git_revision", "unknown")),
              shapeName(b.get(BenchmarkReport.SHAPE)),
              String.valueOf(b.getOrDefault("runner", "")),
              BenchmarkReport.median(b, BenchmarkReport.WALL_SECONDS),
              BenchmarkReport.median(b, BenchmarkReport.PEAK_RSS_MB),
              BenchmarkReport.median(b, BenchmarkReport.MATCH_RATE),
              BenchmarkReport.median(b, BenchmarkReport.PRECISION),
              file);
      if (filter.accepts(e)) {
        entries.add(e);
      }
    }
    entries.sort(Comparator.comparing(Entry::createdAt));
    return entries;
  }

  /** {@code 300x3000-seed42} for generated data, else the data directory's name. */
  static String shapeName(Object shape) {
    if (shape instanceof Map<?, ?> m && m.containsKey("awards")) {
      return m.get("awards") + "x" + m.get("recipients") + "-seed" + m.get("seed");
    }
    return shape instanceof Map<?, ?> m ? String.valueOf(m.get("data")) : String.valueOf(shape);
  }

  /** The benchmark_*.json files of a directory, in name (so time) order. */
  static List<Path> benchmarkFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("benchmark_.*\\.json"))
          .sorted()
          .toList();
    }
  }

  /**
   * {@code since=2026-12-01,until=2026-12-31,revision=abc123,shape=300x3000-seed42}: every part
   * optional, all must hold. Dates are UTC days, inclusive; a revision matches by prefix.
   */
  record Filter(Map<String, String> terms) {
    static final List<String> KEYS = List.of("since", "until", "revision", "shape", "runner");

    static Filter parse(String text) {
      Map<String, String> terms = new LinkedHashMap<>();
      if (text != null && !text.isBlank()) {
        for (String part : text.split(",")) {
          String[] kv = part.split("=", 2);
          String key = kv[0].strip().toLowerCase(Locale.ROOT);
          if (kv.length != 2 || !KEYS.contains(key)) {
            throw new IllegalArgumentException(
                "--query: '" + part + "' is not one of " + String.join("=…, ", KEYS) + "=…");
          }
          terms.put(key, kv[1].strip());
        }
      }
      return new Filter(terms);
    }

    boolean accepts(Entry e) {
      String day = e.createdAt().toString().substring(0, 10);
      return (!terms.containsKey("since") || day.compareTo(terms.get("since")) >= 0)
          && (!terms.containsKey("until") || day.compareTo(terms.get("until")) <= 0)
          && (!terms.containsKey("revision") || e.revision().startsWith(terms.get("revision")))
          && (!terms.containsKey("shape") || e.shape().equals(terms.get("shape")))
          && (!terms.containsKey("runner") || e.runner().equals(terms.get("runner")));
    }
  }
}
