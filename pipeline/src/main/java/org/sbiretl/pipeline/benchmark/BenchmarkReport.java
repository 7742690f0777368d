package org.sbiretl.pipeline.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The JSON of one benchmark: the shape, the machine, the revision and configuration, each run's
 * measures, and their medians with min and max ({@code summary}). Keys are constants here, read by
 * {@link Regression} and {@code history}.
 */
public final class BenchmarkReport {
  public static final String SHAPE = "shape";
  public static final String SUMMARY = "summary";
  public static final String RUNS = "runs";
  public static final String WALL_SECONDS = "wall_seconds";
  public static final String PEAK_RSS_MB = "peak_rss_mb";
  public static final String PEAK_HEAP_MB = "peak_heap_mb";
  public static final String AWARDS_PER_SECOND = "awards_per_second";
  public static final String RECORDS_PER_SECOND = "records_per_second";
  public static final String MATCH_RATE = "match_rate";
  public static final String PRECISION = "precision";
  public static final String RECALL = "recall";
  public static final String F1 = "f1";
  public static final String PAIRS_SCORED = "pairs_scored";

  /** Seconds per stage of the job (the run summary's stage clocks), per run and as spreads. */
  public static final String STAGE_SECONDS = "stage_seconds";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchmarkReport() {}

  /** The measures of one run, as in the {@code runs} list. */
  record Run(
      double wallSeconds,
      long peakRssMb,
      Long peakHeapMb,
      long awards,
      long records,
      Double matchRate,
      Double precision,
      Double recall,
      Double f1,
      Long pairsScored,
      Map<String, Double> stageSeconds) {

    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put(WALL_SECONDS, wallSeconds);
      m.put(PEAK_RSS_MB, (double) peakRssMb);
      m.put(PEAK_HEAP_MB, peakHeapMb == null ? null : (double) peakHeapMb);
      m.put(AWARDS_PER_SECOND, awards / wallSeconds);
      m.put(RECORDS_PER_SECOND, records / wallSeconds);
      m.put(MATCH_RATE, matchRate);
      m.put(PRECISION, precision);
      m.put(RECALL, recall);
      m.put(F1, f1);
      m.put(PAIRS_SCORED, pairsScored == null ? null : (double) pairsScored);
      m.put(STAGE_SECONDS, stageSeconds);
      return m;
    }
  }

  /** Medians, minimum and maximum over the runs of every measure that all runs have. */
  static Map<String, Object> summarise(List<Run> runs) {
    List<Map<String, Object>> json = runs.stream().map(Run::toJson).toList();
    Map<String, Object> summary = new LinkedHashMap<>();
    for (String measure : json.get(0).keySet()) {
      if (measure.equals(STAGE_SECONDS)) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      for (Map<String, Object> run : json) {
        if (run.get(measure) instanceof Number n) {
          values.add(n.doubleValue());
        }
      }
      summary.put(measure, values.size() == json.size() ? Spread.of(values).toJson() : null);
    }
    // Per stage, over the runs that timed it (all of them, unless the job's shape changed).
    Map<String, Object> stages = new LinkedHashMap<>();
    for (String stage : runs.get(0).stageSeconds().keySet()) {
      List<Double> values = new ArrayList<>();
      for (Run run : runs) {
        Double v = run.stageSeconds().get(stage);
        if (v != null) {
          values.add(v);
        }
      }
      stages.put(stage, Spread.of(values).toJson());
    }
    summary.put(STAGE_SECONDS, stages);
    return summary;
  }

  /** This machine: cores, memory, JVM and operating system. */
  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memory_mb", totalMemoryMb());
    m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return m;
  }

  private static Long totalMemoryMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: the figure is left out rather than guessed.
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.io.FileNotFoundException("benchmark file not found: " + file);
    }
    try {
      return JSON.readValue(file.toFile(), LinkedHashMap.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + " is not a benchmark file: " + e.getOriginalMessage(), e);
    }
  }

  static void write(Map<String, Object> report, Path file) throws IOException {
    Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent()));
    JSON.writeValue(file.toFile(), report);
  }

  /** A summary measure's median, or null. */
  static Double median(Map<String, Object> report, String measure) {
    Function<Object, Spread> spread = Spread::fromJson;
    Object summary = report.get(SUMMARY);
    Spread s = summary instanceof Map<?, ?> m ? spread.apply(m.get(measure)) : null;
    return s == null ? null : s.median();
  }
}
