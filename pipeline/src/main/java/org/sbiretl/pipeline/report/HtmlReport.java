package org.sbiretl.pipeline.report;

import static org.sbiretl.pipeline.report.Html.esc;
import static org.sbiretl.pipeline.report.Html.num;
import static org.sbiretl.pipeline.report.Html.pct;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sbiretl.pipeline.quality.QualityGates;
import org.sbiretl.transforms.link.OutcomeReason;

/**
 * Renders the report JSON as one self-contained HTML page: inline CSS and SVG, no scripts, no
 * network, so it can be mailed or archived and opens the same anywhere.
 */
public final class HtmlReport {
  private static final String CSS =
      """
      body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1300px}
      nav.contents{background:#f4f4f4;padding:6px 12px;border-radius:6px;margin:10px 0}
      nav.contents ul{margin:4px 0;padding-left:18px;columns:3}
      summary{cursor:pointer}summary h2{display:inline-block;border:none}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ccc}
      h3{font-size:14px;margin:16px 0 6px}.muted{color:#777}
      table{border-collapse:collapse;margin:4px 0 12px;font-size:13px}
      th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
      th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .cards{display:flex;gap:10px;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:6px;
      padding:8px 14px;min-width:110px}.card b{display:block;font-size:20px}
      .pass{background:#e3f5e1}.fail{background:#fbe0e0}.warn{background:#fff3d6}.nodata{background:#eee}
      .bar{display:inline-block;height:10px;background:#4a7fc1;vertical-align:middle}
      .grid{display:grid;grid-template-columns:repeat(3,1fr);gap:0 24px}
      .banner{padding:10px;border-radius:6px;margin:10px 0;font-weight:bold}
      td.small{font-size:12px;max-width:420px}
      """;

  private HtmlReport() {}

  /** The names of the ERROR gates that failed, as the report lists them. */
  private static List<String> failedGates(Map<String, Object> r) {
    List<String> names = new java.util.ArrayList<>();
    if (r.get("failed_gates") instanceof List<?> list) {
      list.forEach(n -> names.add(String.valueOf(n)));
    }
    return names;
  }

  public static String render(Map<String, Object> r) {
    StringBuilder o = new StringBuilder(64 * 1024);
    o.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>sbir-etl quality report</title><style>")
        .append(CSS)
        .append("</style></head><body>\n");
    Map<?, ?> run = (Map<?, ?>) r.get("run");
    o.append("<h1>sbir-etl quality report</h1>\n<p class=\"muted\">Output ")
        .append(esc(run.get("output_dir")))
        .append(" &middot; run ")
        .append(esc(run.get("run_id")))
        .append(", started ")
        .append(esc(run.get("started_at")))
        .append(" on ")
        .append(esc(run.get("runner")))
        .append("</p>\n");
    if (Boolean.TRUE.equals(r.get("no_data"))) {
      o.append("<div class=\"banner nodata\">No data: the awards input had no rows.</div>\n");
    }
    boolean passed = Boolean.TRUE.equals(r.get("gates_passed"));
    o.append("<div class=\"banner ")
        .append(passed ? "pass" : "fail")
        .append("\">")
        .append(
            passed
                ? "All ERROR gates passed"
                : "Failed (severity ERROR): " + esc(String.join(", ", failedGates(r))))
        .append("</div>\n");
    totals(o, r);
    gates(o, (List<?>) r.get("gates"));
    breakdowns(o, (Map<?, ?>) r.get("breakdowns"));
    o.append("<h2>Match probability</h2>\n");
    o.append("<p class=\"muted\">Probability of the chosen or best candidate, by outcome.</p>\n");
    HistogramSvg.render(o, (Map<?, ?>) r.get("match_probability_histogram"));
    o.append("<div class=\"grid\"><div><h2>Unmatched reasons</h2>\n");
    Html.counts(o, (Map<?, ?>) r.get("unmatched_reasons"), "reason", HtmlReport::reasonMeaning);
    o.append("</div><div><h2>Review reasons</h2>\n");
    Html.counts(o, (Map<?, ?>) r.get("review_reasons"), "reason", HtmlReport::reasonMeaning);
    o.append("</div></div>\n<h2>Largest unmatched awards</h2>\n");
    Html.table(
        o,
        (List<?>) r.get("largest_unmatched"),
        List.of(
            "award_amount",
            "company",
            "agency",
            "phase",
            "reason",
            "best_candidate",
            "match_probability"));
    if (r.get("cet") instanceof Map<?, ?> cet) {
      CetSection.html(o, cet);
    }
    blocking(o, r.get("busiest_blocking_keys"));
    review(o, (List<?>) r.get("review_sample"));
    spotCheck(o, (Map<?, ?>) r.get("spot_check"));
    if (r.get("evaluation") instanceof Map<?, ?> evaluation) {
      EvaluationHtml.render(o, evaluation);
    }
    o.append("</body></html>\n");
    return withContents(o.toString());
  }

  private static void totals(StringBuilder o, Map<String, Object> r) {
    Map<?, ?> t = (Map<?, ?>) r.get("totals");
    o.append("<h2>Totals</h2>\n<div class=\"cards\">\n");
    for (String k :
        List.of("awards_read", "awards_valid", "matched", "review", "unmatched", "errors")) {
      o.append("<div class=\"card\">")
          .append(esc(k.replace('_', ' ')))
          .append("<b id=\"")
          .append(k.equals("matched") ? "matched-count" : k.replace('_', '-'))
          .append("\">")
          .append(num(t.get(k)))
          .append("</b></div>\n");
    }
    o.append("<div class=\"card\">match rate (matched / valid)<b id=\"match-rate\">")
        .append(r.get("match_rate") == null ? "n/a (no valid awards)" : pct(r.get("match_rate")))
        .append("</b></div>\n</div>\n");
  }

  private static void gates(StringBuilder o, List<?> gates) {
    o.append("<h2>Quality gates</h2>\n<table><thead><tr><th>gate</th><th>value</th>")
        .append("<th>threshold</th><th>severity</th><th>status</th><th>detail</th></tr>")
        .append("</thead><tbody>\n");
    for (Object x : gates) {
      Map<?, ?> g = (Map<?, ?>) x;
      String status = String.valueOf(g.get("status"));
      boolean conservation = QualityGates.isCount(String.valueOf(g.get("name")));
      String css =
          switch (status) {
            case "passed" -> "pass";
            case "failed" -> "ERROR".equals(g.get("severity")) ? "fail" : "warn";
            default -> "nodata";
          };
      o.append("<tr class=\"")
          .append(css)
          .append("\"><td>")
          .append(esc(g.get("name")))
          .append("</td><td class=\"n\">")
          .append(
              g.get("value") == null
                  ? "&ndash;"
                  : conservation ? num(g.get("value")) : pct(g.get("value")))
          .append("</td><td class=\"n\">")
          .append(esc(g.get("comparator")))
          .append(' ')
          .append(conservation ? num(g.get("threshold")) : pct(g.get("threshold")))
          .append("</td><td>")
          .append(esc(g.get("severity")))
          .append("</td><td>")
          .append(esc(status))
          .append("</td><td class=\"small\">")
          .append(esc(g.get("note")))
          .append("</td></tr>\n");
    }
    o.append("</tbody></table>\n");
  }

  private static void breakdowns(StringBuilder o, Map<?, ?> b) {
    o.append("<h2>Match rate by category</h2>\n<div class=\"grid\">\n");
    b.forEach(
        (name, rows) -> {
          o.append("<div><h3>")
              .append(esc(String.valueOf(name).replace('_', ' ')))
              .append("</h3><table><thead><tr><th>")
              .append("value</th><th>awards</th><th>matched</th><th>match rate</th></tr>")
              .append("</thead><tbody>\n");
          for (Object x : (List<?>) rows) {
            Map<?, ?> row = (Map<?, ?>) x;
            double rate = ((Number) row.get("match_rate")).doubleValue();
            o.append("<tr><td>")
                .append(esc(row.get("key")))
                .append("</td><td class=\"n\">")
                .append(num(row.get("count")))
                .append("</td><td class=\"n\">")
                .append(num(row.get("matched")))
                .append("</td><td class=\"n\">")
                .append(pct(rate))
                .append(" <span class=\"bar\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.0f", 60 * rate))
                .append("px\"></span></td></tr>\n");
          }
          o.append("</tbody></table></div>\n");
        });
    o.append("</div>\n");
  }

  private static void blocking(StringBuilder o, Object busiest) {
    o.append("<h2>Busiest blocking keys</h2>\n");
    if (busiest instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m) {
      Html.table(o, list, m.keySet().stream().map(String::valueOf).toList());
    } else if (busiest instanceof Map<?, ?> m && !m.isEmpty()) {
      Html.counts(o, m, "key");
    } else {
      o.append("<p class=\"muted\">No blocking key was pruned in this run.</p>\n");
    }
  }

  private static void review(StringBuilder o, List<?> sample) {
    o.append("<h2>Review sample</h2>\n");
    if (sample.isEmpty()) {
      o.append("<p class=\"muted\">No rows were sent to review.</p>\n");
    }
    for (Object x : sample) {
      Map<?, ?> r = (Map<?, ?>) x;
      o.append("<h3>")
          .append(esc(r.get("company")))
          .append(" <span class=\"muted\">(")
          .append(esc(r.get("agency_tracking_number")))
          .append(", ")
          .append(esc(r.get("reason")))
          .append(", p=")
          .append(num(r.get("match_probability")))
          .append(")</span></h3>\n")
          .append("<p class=\"muted\">")
          .append(esc(r.get("explanation")))
          .append("</p>\n");
      Html.table(
          o,
          (List<?>) r.get("candidates"),
          List.of("name", "uei", "city", "state", "zip5", "probability", "explanation"));
    }
  }

  private static void spotCheck(StringBuilder o, Map<?, ?> spot) {
    // Collapsed: the sheet is most of the page, and its rows are in spot-check.csv too.
    o.append("<details><summary><h2>Spot-check sheet</h2> (")
        .append(num(((List<?>) spot.get("rows")).size()))
        .append(" rows, click to open)</summary>\n<p class=\"muted\">Seeded random sample (seed ")
        .append(esc(spot.get("seed")))
        .append(") of up to ")
        .append(esc(spot.get("sample_size_per_method")))
        .append(" matched rows per method; the same rows are in report/spot-check.csv with an")
        .append(" empty reviewer_verdict column (correct / incorrect / unsure).</p>\n");
    Html.table(
        o,
        (List<?>) spot.get("rows"),
        List.of(
            "match_method",
            "award_company",
            "recipient_name",
            "award_address",
            "recipient_address",
            "match_probability",
            "explanation"));
    o.append("</details>\n");
  }

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<h2>([^<]+)</h2>");

  /**
   * Gives every section heading an anchor and puts a list of them before the first: the page is
   * long, and a reviewer goes to one section at a time.
   */
  static String withContents(String html) {
    java.util.regex.Matcher m = HEADING.matcher(html);
    StringBuilder body = new StringBuilder(html.length() + 2048);
    StringBuilder nav = new StringBuilder("<nav class=\"contents\"><b>Contents</b><ul>\n");
    int first = -1;
    while (m.find()) {
      String title = m.group(1);
      String id = "s-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      nav.append("<li><a href=\"#").append(id).append("\">").append(title).append("</a></li>\n");
      m.appendReplacement(body, "");
      if (first < 0) {
        first = body.length();
      }
      body.append("<h2 id=\"").append(id).append("\">").append(title).append("</h2>");
    }
    m.appendTail(body);
    if (first >= 0) {
      body.insert(first, nav.append("</ul></nav>\n"));
    }
    return body.toString();
  }

  /**
   * What a review or unmatched reason code means; codes the linker does not write are shown bare.
   */
  static String reasonMeaning(Object code) {
    return OutcomeReason.ofCode(String.valueOf(code)).map(OutcomeReason::meaning).orElse("");
  }
}
