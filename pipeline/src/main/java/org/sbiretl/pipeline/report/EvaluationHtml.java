package org.sbiretl.pipeline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code evaluate} result as report sections: precision/recall tables and the error lists. */
final class EvaluationHtml {
  private static final List<String> PR =
      List.of(
          "method",
          "predicted",
          "true_positives",
          "false_positives",
          "false_negatives",
          "precision",
          "recall",
          "f1");

  private EvaluationHtml() {}

  static void render(StringBuilder o, Map<?, ?> e) {
    o.append("<h2>Precision and recall against the truth file</h2>\n<p class=\"muted\">")
        .append(Html.num(e.get("truth_awards")))
        .append(" truth awards, ")
        .append(Html.num(e.get("truth_awards_with_recipient")))
        .append(" with a true recipient (the recall denominator). Per-method recall is the share")
        .append(" of all true links found by that method.</p>\n");
    List<Object> rows = new ArrayList<>();
    rows.add(e.get("overall"));
    rows.addAll((List<?>) e.get("by_method"));
    Html.table(o, rows, PR);
    o.append("<h3>Review and unmatched, by whether the award had a true recipient</h3>\n");
    Html.table(
        o,
        (List<?>) e.get("by_outcome"),
        List.of("outcome", "with_true_recipient", "without_true_recipient"));
    o.append("<h3>If the high threshold were&hellip;</h3>\n<p class=\"muted\">Identifier matches")
        .append(" are unaffected; every other row links its best candidate when its probability")
        .append(" is at least the threshold (the ambiguity margin is not re-applied).</p>\n");
    Html.table(
        o,
        (List<?>) e.get("thresholds"),
        List.of(
            "threshold",
            "predicted",
            "true_positives",
            "false_positives",
            "precision",
            "recall",
            "f1"));
    Map<?, ?> blocking = (Map<?, ?>) e.get("blocking");
    o.append("<p>Blocking pair completeness: ")
        .append(
            blocking.get("pair_completeness") == null
                ? Html.esc(blocking.get("status"))
                : Html.pct(blocking.get("pair_completeness")))
        .append("</p>\n");
    if (e.get("spot_check") instanceof Map<?, ?> spot) {
      o.append("<p>Spot-check: observed precision ")
          .append(Html.pct(spot.get("observed_precision")))
          .append(" (Wilson 95% ")
          .append(Html.pct(spot.get("wilson95_low")))
          .append("&ndash;")
          .append(Html.pct(spot.get("wilson95_high")))
          .append(") from ")
          .append(Html.num(spot.get("correct")))
          .append(" correct, ")
          .append(Html.num(spot.get("incorrect")))
          .append(" incorrect.</p>\n");
    }
    List<String> cols =
        List.of(
            "agency_tracking_number",
            "company",
            "outcome",
            "match_method",
            "expected_uei",
            "recipient_uei",
            "recipient_name",
            "match_probability",
            "explanation");
    o.append("<h3>False positives (first ")
        .append(((List<?>) e.get("false_positives")).size())
        .append(")</h3>\n");
    Html.table(o, (List<?>) e.get("false_positives"), cols);
    o.append("<h3>False negatives (first ")
        .append(((List<?>) e.get("false_negatives")).size())
        .append(")</h3>\n");
    Html.table(o, (List<?>) e.get("false_negatives"), cols);
  }
}
