package org.sbiretl.pipeline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputReader.OutputRow;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateResult;

/**
 * Builds the quality report's content (the JSON tree the HTML is rendered from) by streaming the
 * matched, review and unmatched outputs once. Memory is bounded by the number of distinct
 * categories and the fixed-size samples, not by the number of rows.
 */
public final class ReportBuilder {
  static final int HISTOGRAM_BINS = 20;

  /**
   * The output columns the report reads; only these are decoded (the award abstracts, titles and
   * contacts are most of a row and never shown).
   */
  static final java.util.Set<String> COLUMNS =
      java.util.Set.of(
          "award_id",
          "company",
          "agency",
          "agency_tracking_number",
          "phase",
          "award_year",
          "award_amount",
          "number_employees",
          "uei",
          "duns",
          "address1",
          "city",
          "state",
          "zip",
          "match_method",
          "reason",
          "match_flags",
          "match_probability",
          "second_best_probability",
          "match_explanation",
          "candidates",
          "recipient_uei",
          "recipient_name",
          "recipient_address_line_1",
          "recipient_city",
          "recipient_state",
          "recipient_zip5");

  static final int LARGEST_UNMATCHED = 20;
  static final int REVIEW_SAMPLE = 10;

  private final Breakdown phase = new Breakdown(Breakdown.fixedOrder(AwardCategories.PHASES));
  private final Breakdown size = new Breakdown(Breakdown.fixedOrder(AwardCategories.SIZE_BANDS));
  private final Breakdown identifiers =
      new Breakdown(Breakdown.fixedOrder(AwardCategories.IDENTIFIER_TYPES));
  private final Breakdown agency = new Breakdown(null);
  private final Breakdown year = new Breakdown(Comparator.naturalOrder());
  private final Breakdown method = new Breakdown(null);
  private final long[][] histogram = new long[HISTOGRAM_BINS][3];
  private final Map<String, Long> noCandidate = new TreeMap<>();
  private final Map<String, Long> unmatchedReasons = new TreeMap<>();
  private final Map<String, Long> reviewReasons = new TreeMap<>();
  private final PriorityQueue<OutputRow> largestUnmatched =
      new PriorityQueue<>(Comparator.comparingDouble(ReportBuilder::amount));
  private final PriorityQueue<OutputRow> reviewSample =
      new PriorityQueue<>(
          Comparator.comparing((OutputRow r) -> String.valueOf(r.text("award_id"))).reversed());
  private final SpotCheckSampler spotCheck;

  private ReportBuilder(int spotCheckSize, long seed) {
    this.spotCheck = new SpotCheckSampler(spotCheckSize, seed);
  }

  /**
   * The report for {@code outputDir}.
   *
   * @param summary run-summary.json as read
   * @param evaluation the {@code evaluate} result to include, or null without a truth file
   */
  public static Map<String, Object> build(
      Path outputDir,
      Map<String, Object> summary,
      GateReport gates,
      int spotCheckSize,
      long seed,
      Map<String, Object> evaluation)
      throws IOException {
    ReportBuilder b = new ReportBuilder(spotCheckSize, seed);
    int outcome = 0;
    for (String table :
        List.of(OutputTables.MATCHED, OutputTables.REVIEW, OutputTables.UNMATCHED)) {
      int o = outcome++;
      OutputReader.forEach(outputDir, table, COLUMNS, row -> b.add(table, o, row));
    }
    return b.toJson(summary, gates, spotCheckSize, seed, evaluation);
  }

  private void add(String table, int outcome, OutputRow row) {
    boolean matched = table.equals(OutputTables.MATCHED);
    phase.add(AwardCategories.orUnknown(row.text("phase")), matched);
    size.add(AwardCategories.sizeBand(row), matched);
    identifiers.add(AwardCategories.identifierType(row), matched);
    agency.add(AwardCategories.orUnknown(row.text("agency")), matched);
    year.add(AwardCategories.year(row), matched);
    String m = row.text("match_method");
    method.add(matched ? AwardCategories.orUnknown(m) : "(" + table + ")", matched);

    Double p = row.number("match_probability");
    if (p == null) {
      noCandidate.merge(table, 1L, Long::sum);
    } else {
      int bin = (int) Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(p * HISTOGRAM_BINS)));
      histogram[bin][outcome]++;
    }
    String reason = AwardCategories.orUnknown(row.text("reason"));
    if (table.equals(OutputTables.UNMATCHED)) {
      unmatchedReasons.merge(reason, 1L, Long::sum);
      keepLargest(largestUnmatched, row, LARGEST_UNMATCHED);
    } else if (table.equals(OutputTables.REVIEW)) {
      reviewReasons.merge(reason, 1L, Long::sum);
      keepLargest(reviewSample, row, REVIEW_SAMPLE);
    } else {
      spotCheck.offer(AwardCategories.orUnknown(m), row);
    }
  }

  private static void keepLargest(PriorityQueue<OutputRow> heap, OutputRow row, int n) {
    heap.add(row);
    if (heap.size() > n) {
      heap.poll();
    }
  }

  private static double amount(OutputRow r) {
    Double a = r.number("award_amount");
    return a == null ? -1 : a;
  }

  private Map<String, Object> toJson(
      Map<String, Object> summary,
      GateReport gates,
      int spotCheckSize,
      long seed,
      Map<String, Object> evaluation) {
    Map<String, Object> r = new LinkedHashMap<>();
    Map<String, Object> run = new LinkedHashMap<>();
    for (String k :
        List.of("run_id", "output_dir", "inputs", "runner", "started_at", "finished_at")) {
      run.put(k, summary.get(k));
    }
    r.put("run", run);
    Map<?, ?> counts = (Map<?, ?>) summary.getOrDefault("counts", Map.of());
    r.put("totals", counts);
    long valid = number(counts.get("awards_valid"));
    r.put(
        "match_rate",
        valid == 0 ? null : Math.round(10000.0 * number(counts.get("matched")) / valid) / 10000.0);
    r.put("no_data", number(counts.get("awards_read")) == 0);
    r.put("gates", gates.toJson());
    r.put("gates_passed", gates.passed());
    r.put("failed_gates", gates.failing().stream().map(GateResult::name).toList());

    Map<String, Object> breakdowns = new LinkedHashMap<>();
    breakdowns.put("phase", phase.toJson());
    breakdowns.put("company_size", size.toJson());
    breakdowns.put("identifier_type", identifiers.toJson());
    breakdowns.put("agency", agency.toJson());
    breakdowns.put("award_year", year.toJson());
    breakdowns.put("match_method", method.toJson());
    r.put("breakdowns", breakdowns);

    r.put("match_probability_histogram", histogramJson(summary));
    r.put("unmatched_reasons", unmatchedReasons);
    r.put("review_reasons", reviewReasons);
    r.put("largest_unmatched", rows(descending(largestUnmatched), ReportBuilder::unmatchedEntry));
    Map<?, ?> blocking = (Map<?, ?>) summary.getOrDefault("blocking", Map.of());
    r.put("busiest_blocking_keys", blocking.get("pruned_keys_busiest"));
    List<OutputRow> review = new ArrayList<>(reviewSample);
    review.sort(Comparator.comparing(x -> String.valueOf(x.text("award_id"))));
    r.put("review_sample", rows(review, ReportBuilder::reviewEntry));

    Map<String, Object> spot = new LinkedHashMap<>();
    spot.put("sample_size_per_method", spotCheckSize);
    spot.put("seed", seed);
    List<Map<String, Object>> spotRows = new ArrayList<>();
    spotCheck.sample().forEach((m, list) -> list.forEach(row -> spotRows.add(spotEntry(m, row))));
    spot.put("rows", spotRows);
    r.put("spot_check", spot);
    r.put("cet", CetSection.json(summary));
    r.put("evaluation", evaluation);
    return r;
  }

  private Map<String, Object> histogramJson(Map<String, Object> summary) {
    List<Map<String, Object>> bins = new ArrayList<>();
    for (int i = 0; i < HISTOGRAM_BINS; i++) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("from", Math.round(100.0 * i / HISTOGRAM_BINS) / 100.0);
      b.put("to", Math.round(100.0 * (i + 1) / HISTOGRAM_BINS) / 100.0);
      b.put(OutputTables.MATCHED, histogram[i][0]);
      b.put(OutputTables.REVIEW, histogram[i][1]);
      b.put(OutputTables.UNMATCHED, histogram[i][2]);
      bins.add(b);
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("bins", bins);
    h.put("no_probability", noCandidate);
    h.put("thresholds", thresholds(summary));
    return h;
  }

  /** The decision thresholds the run used, from its configuration in run-summary.json. */
  private static Map<String, Object> thresholds(Map<String, Object> summary) {
    Map<String, Object> t = new LinkedHashMap<>();
    if (summary.get("config") instanceof Map<?, ?> config
        && config.get("matching") instanceof Map<?, ?> matching) {
      if (matching.get("low_threshold") instanceof Number low) {
        t.put("review", low.doubleValue());
      }
      if (matching.get("high_threshold") instanceof Number high) {
        t.put("match", high.doubleValue());
      }
    }
    return t;
  }

  private static List<OutputRow> descending(PriorityQueue<OutputRow> heap) {
    List<OutputRow> rows = new ArrayList<>(heap);
    rows.sort(Comparator.comparingDouble(ReportBuilder::amount).reversed());
    return rows;
  }

  private static List<Map<String, Object>> rows(
      List<OutputRow> rows, java.util.function.Function<OutputRow, Map<String, Object>> f) {
    return rows.stream().map(f).toList();
  }

  private static Map<String, Object> unmatchedEntry(OutputRow r) {
    Map<String, Object> m = award(r);
    m.put("award_amount", r.number("award_amount"));
    m.put("reason", r.text("reason"));
    m.put("best_candidate", r.text("recipient_name"));
    m.put("match_probability", r.number("match_probability"));
    return m;
  }

  private static Map<String, Object> reviewEntry(OutputRow r) {
    Map<String, Object> m = award(r);
    m.put("reason", r.text("reason"));
    m.put("match_probability", r.number("match_probability"));
    m.put("second_best_probability", r.number("second_best_probability"));
    m.put("explanation", Explanations.summarise(r.text("match_explanation")));
    m.put("candidates", CandidateList.summarise(r.text("candidates")));
    return m;
  }

  private static Map<String, Object> spotEntry(String method, OutputRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("match_method", method);
    m.put("award_id", r.text("award_id"));
    m.put("agency_tracking_number", r.text("agency_tracking_number"));
    m.put("award_company", r.text("company"));
    m.put("recipient_name", r.text("recipient_name"));
    m.put(
        "award_address",
        joinNonNull(r.text("address1"), r.text("city"), r.text("state"), r.text("zip")));
    m.put(
        "recipient_address",
        joinNonNull(
            r.text("recipient_address_line_1"),
            r.text("recipient_city"),
            r.text("recipient_state"),
            r.text("recipient_zip5")));
    m.put("award_uei", r.text("uei"));
    m.put("recipient_uei", r.text("recipient_uei"));
    m.put("match_probability", r.number("match_probability"));
    m.put("match_flags", r.text("match_flags"));
    m.put("explanation", Explanations.summarise(r.text("match_explanation")));
    return m;
  }

  private static Map<String, Object> award(OutputRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("award_id", r.text("award_id"));
    m.put("agency_tracking_number", r.text("agency_tracking_number"));
    m.put("company", r.text("company"));
    m.put("agency", r.text("agency"));
    m.put("phase", r.text("phase"));
    return m;
  }

  static String joinNonNull(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null) {
        present.add(p);
      }
    }
    return String.join(", ", present);
  }

  static long number(Object v) {
    return v instanceof Number n ? n.longValue() : 0L;
  }
}
