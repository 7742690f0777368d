package org.sbiretl.pipeline.enrich;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.CounterNames;
import org.sbiretl.pipeline.quality.RunCounts;

/** Builds and writes {@code run-summary.json}: counts, rates, model, blocking, config, timings. */
public final class RunSummary {
  /** Peak resident memory of the process that ran the job, MB; -1 when unknown. */
  public static final String PEAK_RSS_MB = "peak_rss_mb";

  public static final String FILE = "run-summary.json";
  public static final String REPORT_DIR = "report";
  public static final String GATES = "gates";

  /** The exact percentiles of candidates per award added to the Beam distribution's figures. */
  private static final List<String> PERCENTILES = List.of("p50", "p90", "p99");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunSummary() {}

  static Map<String, Object> build(
      String runId,
      EnrichRequest request,
      String awards,
      String recipients,
      String output,
      Path written,
      RunCounts counts,
      PipelineResult result,
      Instant started,
      Instant finished) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run_id", runId);
    s.put("started_at", started.toString());
    s.put("finished_at", finished.toString());
    s.put("duration_seconds", (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0);
    s.put("runner", request.runner().name().toLowerCase(java.util.Locale.ROOT));
    if (request.flinkMaster() != null) {
      s.put("flink_master", request.flinkMaster());
    }
    s.put("inputs", Map.of("awards", awards, "recipients", recipients));
    s.put("output_dir", output);

    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("awards_read", counts.awardsRead());
    totals.put("awards_valid", counts.validAwards());
    for (String table : OutputTables.ALL) {
      totals.put(table, counts.output(table));
    }
    totals.put("recipients_read", counts.get(CounterNames.RECIPIENTS_READ));
    totals.put("recipients_valid", counts.get(CounterNames.RECIPIENTS_VALID));
    totals.put("recipient_errors", counts.output(EnrichAwards.RECIPIENT_ERRORS));
    totals.put(
        "recipients_not_utf8",
        counts.get(org.sbiretl.transforms.read.ReadRecipients.NOT_UTF8_COUNTER));
    s.put("counts", totals);
    s.put("match_rate", round(counts.matchRate()));

    Map<String, Object> conservation = new LinkedHashMap<>();
    conservation.put("awards_read", counts.awardsRead());
    conservation.put("accounted_for", counts.accountedFor());
    conservation.put("holds", counts.conserved());
    s.put("conservation", conservation);

    s.put("matched_by_method", counts.withPrefix("matched."));
    s.put("review_by_reason", counts.withPrefix("review."));
    s.put("unmatched_by_reason", counts.withPrefix("unmatched."));
    s.put("errors_by_reason", counts.withPrefix("errors."));
    s.put("recipient_errors_by_reason", counts.withPrefix("recipients.errors."));
    s.put("data_quality_flags", counts.withPrefix("flags."));

    Map<String, Object> blocking = new LinkedHashMap<>(counts.withPrefix("blocking."));
    blocking.put(
        "candidates_per_award",
        candidatesPerAward(distribution(result, "linking.candidates-per-award"), written));
    blocking.put("awards_over_candidate_cap", counts.get("linking.awards-over-candidate-cap"));
    blocking.put(
        "pruned_keys_busiest",
        readJson(written.resolve(EnrichAwards.DIAGNOSTICS).resolve("pruned-keys.json")));
    s.put("blocking", blocking);
    s.put("model", readJson(written.resolve(EnrichAwards.DIAGNOSTICS).resolve("model.json")));
    s.put(StageTimes.KEY, StageTimes.of(result, started.toEpochMilli()));
    s.put("config", request.config().toJsonMap());
    s.put("counters", counts.counters());
    return s;
  }

  /** The summary with the gates placed right after the conservation check they extend. */
  static Map<String, Object> withGates(Map<String, Object> summary, Object gates) {
    Map<String, Object> out = new LinkedHashMap<>();
    summary.forEach(
        (k, v) -> {
          out.put(k, v);
          if (k.equals("conservation")) {
            out.put(GATES, gates);
          }
        });
    out.putIfAbsent(GATES, gates);
    return out;
  }

  /** Reads the run-summary.json of an output directory. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new java.io.FileNotFoundException(
          file + " not found: is " + dir + " the output directory of an enrich run?");
    }
    return JSON.readValue(file.toFile(), LinkedHashMap.class);
  }

  static Path write(Path dir, Map<String, Object> summary) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    JSON.writeValue(file.toFile(), summary);
    return file;
  }

  private static Map<String, Object> distribution(PipelineResult result, String name) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (MetricResult<DistributionResult> d :
        result.metrics().queryMetrics(MetricsFilter.builder().build()).getDistributions()) {
      if (d.getName().getName().equals(name)) {
        DistributionResult v = d.getAttempted();
        out.put("count", v.getCount());
        out.put("mean", round(v.getMean()));
        out.put("min", v.getCount() == 0 ? 0 : v.getMin());
        out.put("max", v.getCount() == 0 ? 0 : v.getMax());
      }
    }
    return out;
  }

  /**
   * The candidates-per-award distribution (count, mean, min, max) with the exact p50, p90 and p99
   * of {@code _diagnostics/candidates-per-award.json}; the distribution alone when that file is
   * missing or unreadable, and zeros throughout when no award was scored.
   */
  static Map<String, Object> candidatesPerAward(Map<String, Object> distribution, Path output) {
    Object percentiles =
        readJson(
            output
                .resolve(EnrichAwards.DIAGNOSTICS)
                .resolve(EnrichAwards.CANDIDATES_PER_AWARD + ".json"));
    Map<String, Object> out = new LinkedHashMap<>(distribution);
    if (percentiles instanceof Map<?, ?> p) {
      if (out.isEmpty() && p.get("count") instanceof Number n && n.longValue() == 0) {
        // No award was scored, so the distribution was never updated: its figures are all zero.
        out.put("count", 0L);
        out.put("mean", 0.0);
        out.put("min", 0L);
        out.put("max", 0L);
      }
      for (String k : PERCENTILES) {
        if (p.get(k) instanceof Number n) {
          out.put(k, n);
        }
      }
    }
    return out;
  }

  private static Object readJson(Path file) {
    try {
      return Files.exists(file) && Files.size(file) > 0
          ? JSON.readValue(file.toFile(), Object.class)
          : null;
    } catch (IOException e) {
      return Map.of("unreadable", e.getMessage());
    }
  }

  static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
