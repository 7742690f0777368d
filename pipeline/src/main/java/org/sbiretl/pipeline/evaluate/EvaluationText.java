package org.sbiretl.pipeline.evaluate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an evaluation for the terminal. */
public final class EvaluationText {
  private EvaluationText() {}

  public static void print(PrintWriter out, Map<String, Object> e) {
    out.printf(
        "Truth: %,d awards, %,d with a true recipient; %,d not in the link outputs%n",
        n(e.get("truth_awards")),
        n(e.get("truth_awards_with_recipient")),
        n(e.get("truth_awards_not_in_link_outputs")));
    out.printf(
        "%n%-20s %9s %7s %7s %7s %9s %9s %9s%n",
        "method", "matched", "TP", "FP", "FN", "precision", "recall", "F1");
    List<Object> rows = new ArrayList<>();
    rows.add(e.get("overall"));
    rows.addAll((List<?>) e.get("by_method"));
    for (Object x : rows) {
      Map<?, ?> m = (Map<?, ?>) x;
      out.printf(
          "%-20s %,9d %,7d %,7d %,7d %9s %9s %9s%n",
          m.get("method"),
          n(m.get("predicted")),
          n(m.get("true_positives")),
          n(m.get("false_positives")),
          n(m.get("false_negatives")),
          pct(m.get("precision")),
          pct(m.get("recall")),
          pct(m.get("f1")));
    }
    out.printf("%n%-10s %20s %23s%n", "outcome", "with true recipient", "without true recipient");
    for (Object x : (List<?>) e.get("by_outcome")) {
      Map<?, ?> m = (Map<?, ?>) x;
      out.printf(
          "%-10s %,20d %,23d%n",
          m.get("outcome"), n(m.get("with_true_recipient")), n(m.get("without_true_recipient")));
    }
    out.printf("%nIf the high threshold were (identifier matches unaffected):%n");
    out.printf("%-9s %9s %9s %9s %9s%n", "threshold", "links", "precision", "recall", "F1");
    for (Object x : (List<?>) e.get("thresholds")) {
      Map<?, ?> m = (Map<?, ?>) x;
      out.printf(
          Locale.ROOT,
          "%-9.2f %,9d %9s %9s %9s%n",
          ((Number) m.get("threshold")).doubleValue(),
          n(m.get("predicted")),
          pct(m.get("precision")),
          pct(m.get("recall")),
          pct(m.get("f1")));
    }
    Map<?, ?> blocking = (Map<?, ?>) e.get("blocking");
    out.printf(
        "%nBlocking pair completeness: %s%n",
        blocking.get("pair_completeness") == null
            ? blocking.get("status")
            : pct(blocking.get("pair_completeness")));
    if (e.get("spot_check") instanceof Map<?, ?> s) {
      out.printf(
          "Spot-check: observed precision %s (Wilson 95%% %s - %s); %,d correct, %,d "
              + "incorrect, %,d unsure, %,d blank%n",
          pct(s.get("observed_precision")),
          pct(s.get("wilson95_low")),
          pct(s.get("wilson95_high")),
          n(s.get("correct")),
          n(s.get("incorrect")),
          n(s.get("unsure")),
          n(s.get("blank")));
    }
    list(out, "False positives", (List<?>) e.get("false_positives"));
    list(out, "False negatives", (List<?>) e.get("false_negatives"));
    out.flush();
  }

  private static void list(PrintWriter out, String title, List<?> rows) {
    out.printf("%n%s (first %d):%n", title, rows.size());
    for (Object x : rows) {
      Map<?, ?> m = (Map<?, ?>) x;
      out.printf(
          "  %s %s [%s %s] expected %s, %s %s %s%n      %s%n",
          m.get("agency_tracking_number"),
          m.get("company"),
          m.get("outcome"),
          m.get("match_method") != null ? m.get("match_method") : m.get("reason"),
          m.get("expected_uei") == null ? "none" : m.get("expected_uei"),
          "matched".equals(m.get("outcome")) ? "linked" : "best candidate",
          m.get("recipient_uei"),
          m.get("recipient_name") == null ? "" : "(" + m.get("recipient_name") + ")",
          m.get("explanation"));
    }
  }

  private static long n(Object v) {
    return v instanceof Number x ? x.longValue() : 0;
  }

  private static String pct(Object v) {
    return v instanceof Number x
        ? String.format(Locale.ROOT, "%.2f%%", 100 * x.doubleValue())
        : "n/a";
  }
}
