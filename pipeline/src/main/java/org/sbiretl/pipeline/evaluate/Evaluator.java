package org.sbiretl.pipeline.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputReader.OutputRow;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.report.Explanations;

/**
 * Scores an enriched output directory against a truth file: precision, recall and F1 overall and
 * per method, what happened to awards with and without a true recipient, how precision and recall
 * would move with the high threshold, blocking pair completeness when candidates were recorded, and
 * the first false positives and false negatives.
 *
 * <p>A matched row is correct when its {@code recipient_uei} equals the expected UEI. Recall is
 * over every truth award with a non-empty expected UEI, including awards that never reached a link
 * output (for example rows sent to errors).
 */
public final class Evaluator {
  /** The high thresholds the threshold table is computed for. */
  public static final List<Double> THRESHOLDS =
      List.of(0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.99);

  /**
   * Methods decided by identifiers, the award's own or a sibling award's: the name-probabilistic
   * threshold does not affect them.
   */
  private static final Set<String> IDENTIFIER_METHODS =
      Set.of("uei-exact", "duns-exact", "sibling-award");

  static final String CANDIDATES_DIR = "_diagnostics";
  static final String CANDIDATES_TABLE = "candidates";

  private final Truth truth;
  private final int show;
  private final Counts overall = new Counts();
  private final Map<String, Counts> byMethod = new TreeMap<>();
  private final Map<String, long[]> byOutcome = new LinkedHashMap<>();
  private final Counts[] thresholds = new Counts[THRESHOLDS.size()];
  private final Set<String> seen = new HashSet<>();
  private final Map<String, String> expectedByAwardId = new HashMap<>();
  private final TreeMap<String, Map<String, Object>> falsePositives = new TreeMap<>();
  private final TreeMap<String, Map<String, Object>> falseNegatives = new TreeMap<>();
  private long notInTruth;

  private Evaluator(Truth truth, int show) {
    this.truth = truth;
    this.show = show;
    for (int i = 0; i < thresholds.length; i++) {
      thresholds[i] = new Counts();
    }
    for (String t : OutputTables.ALL.subList(0, 3)) {
      byOutcome.put(t, new long[2]);
    }
  }

  public static Map<String, Object> evaluate(Path dir, Truth truth, int show) throws IOException {
    Evaluator e = new Evaluator(truth, show);
    for (String table : OutputTables.ALL.subList(0, 3)) {
      OutputReader.forEach(dir, table, row -> e.add(table, row));
    }
    return e.toJson(dir);
  }

  private void add(String table, OutputRow row) {
    String atn = row.text(Truth.TRACKING_NUMBER);
    String expected = truth.expected(atn);
    if (expected == null) {
      notInTruth++;
      return;
    }
    seen.add(atn);
    expectedByAwardId.put(row.text("award_id"), expected);
    boolean hasTrue = !expected.isEmpty();
    byOutcome.get(table)[hasTrue ? 0 : 1]++;
    String linked = row.text("recipient_uei");
    boolean right = hasTrue && expected.equals(linked);
    String method = row.text("match_method");
    boolean matched = table.equals(OutputTables.MATCHED);
    if (matched) {
      overall.predicted++;
      Counts m = byMethod.computeIfAbsent(String.valueOf(method), k -> new Counts());
      m.predicted++;
      if (right) {
        overall.correct++;
        m.correct++;
      } else {
        keepFirst(falsePositives, atn, entry(table, row, expected));
      }
    }
    if (hasTrue && !(matched && right)) {
      keepFirst(falseNegatives, atn, entry(table, row, expected));
    }
    boolean byIdentifier = matched && IDENTIFIER_METHODS.contains(method);
    Double p = row.number("match_probability");
    for (int i = 0; i < thresholds.length; i++) {
      boolean predicted = linked != null && (byIdentifier || (p != null && p >= THRESHOLDS.get(i)));
      if (predicted) {
        thresholds[i].predicted++;
        if (right) {
          thresholds[i].correct++;
        }
      }
    }
  }

  private void keepFirst(
      TreeMap<String, Map<String, Object>> first, String key, Map<String, Object> v) {
    first.put(key, v);
    if (first.size() > show) {
      first.pollLastEntry();
    }
  }

  private static Map<String, Object> entry(String table, OutputRow row, String expected) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agency_tracking_number", row.text(Truth.TRACKING_NUMBER));
    m.put("company", row.text("company"));
    m.put("outcome", table);
    m.put("match_method", row.text("match_method"));
    m.put("reason", row.text("reason"));
    m.put("expected_uei", expected.isEmpty() ? null : expected);
    m.put("recipient_uei", row.text("recipient_uei"));
    m.put("recipient_name", row.text("recipient_name"));
    m.put("match_probability", row.number("match_probability"));
    m.put("explanation", Explanations.summarise(row.text("match_explanation")));
    return m;
  }

  private Map<String, Object> toJson(Path dir) throws IOException {
    long positives = truth.withRecipient();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("truth_awards", (long) truth.size());
    r.put("truth_awards_with_recipient", positives);
    r.put("truth_awards_not_in_link_outputs", (long) truth.size() - seen.size());
    r.put("output_rows_not_in_truth", notInTruth);
    Map<String, Object> o = overall.toJson(positives);
    o.put("method", "all");
    r.put("overall", o);
    List<Map<String, Object>> methods = new ArrayList<>();
    byMethod.forEach(
        (method, c) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("method", method);
          m.putAll(c.toJson(positives));
          methods.add(m);
        });
    r.put("by_method", methods);
    List<Map<String, Object>> outcomes = new ArrayList<>();
    byOutcome.forEach(
        (outcome, c) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("outcome", outcome);
          m.put("with_true_recipient", c[0]);
          m.put("without_true_recipient", c[1]);
          outcomes.add(m);
        });
    r.put("by_outcome", outcomes);
    List<Map<String, Object>> table = new ArrayList<>();
    for (int i = 0; i < thresholds.length; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threshold", THRESHOLDS.get(i));
      m.putAll(thresholds[i].toJson(positives));
      table.add(m);
    }
    r.put("thresholds", table);
    r.put("blocking", blocking(dir, positives));
    r.put("false_positives", new ArrayList<>(falsePositives.values()));
    r.put("false_negatives", new ArrayList<>(falseNegatives.values()));
    return r;
  }

  /**
   * Pair completeness: the share of awards with a true recipient whose true recipient was among
   * their blocking candidates. Needs {@code DIR/_diagnostics/candidates/} (columns {@code
   * award_id}, {@code recipient_uei}); runs that did not record candidates say so.
   */
  private Map<String, Object> blocking(Path dir, long positives) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    Path diagnostics = dir.resolve(CANDIDATES_DIR);
    if (!Files.isDirectory(diagnostics.resolve(CANDIDATES_TABLE))
        || !OutputReader.exists(diagnostics, CANDIDATES_TABLE)) {
      m.put("pair_completeness", null);
      m.put("status", "not recorded");
      return m;
    }
    Set<String> found = new HashSet<>();
    OutputReader.forEach(
        diagnostics,
        CANDIDATES_TABLE,
        row -> {
          String expected = expectedByAwardId.get(row.text("award_id"));
          if (expected != null
              && !expected.isEmpty()
              && expected.equals(row.text("recipient_uei"))) {
            found.add(row.text("award_id"));
          }
        });
    m.put("status", "recorded");
    m.put("awards_with_true_candidate", found.size());
    m.put("awards_with_true_recipient", positives);
    m.put(
        "pair_completeness",
        Counts.round(positives == 0 ? null : (double) found.size() / positives));
    return m;
  }
}
