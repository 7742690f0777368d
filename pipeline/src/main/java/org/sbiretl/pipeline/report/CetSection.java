package org.sbiretl.pipeline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.transforms.cet.ClassifyCetAreas;

/**
 * The report's "Technology areas (CET)" section, from the run's {@code cet.*} counters and the
 * summary's {@code cet} section: coverage, the high-confidence and evidence rates, awards and
 * dollars per area. Absent for a run without the CET stage.
 */
final class CetSection {
  private CetSection() {}

  static @Nullable Map<String, Object> json(Map<String, Object> summary) {
    if (!(summary.get(CetSetup.SUMMARY_KEY) instanceof Map<?, ?> cet)) {
      return null;
    }
    Map<?, ?> counters = (Map<?, ?>) summary.getOrDefault("counters", Map.of());
    long awards = count(counters, ClassifyCetAreas.AWARDS);
    long withText = awards - count(counters, ClassifyCetAreas.WITHOUT_TEXT);
    long classified = count(counters, ClassifyCetAreas.CLASSIFIED);
    long high = count(counters, ClassifyCetAreas.HIGH_CONFIDENCE);
    long evidenced = count(counters, ClassifyCetAreas.EVIDENCED);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("taxonomy_version", cet.get("taxonomy_version"));
    s.put("taxonomy", cet.get("taxonomy"));
    s.put("awards", awards);
    s.put("awards_with_text", withText);
    s.put("classified", classified);
    s.put("coverage", share(classified, withText));
    s.put("high_confidence", high);
    s.put("high_confidence_rate", share(high, classified));
    s.put("evidenced", evidenced);
    s.put("evidence_coverage", share(evidenced, classified));
    List<Map<String, Object>> areas = new ArrayList<>();
    if (cet.get("areas") instanceof List<?> list) {
      for (Object o : list) {
        Map<?, ?> a = (Map<?, ?>) o;
        String id = String.valueOf(a.get("id"));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("area", id);
        row.put("name", a.get("name"));
        long n = count(counters, ClassifyCetAreas.areaCounter(id));
        row.put("awards", n);
        row.put("share_rate", share(n, classified));
        row.put("total_amount", count(counters, ClassifyCetAreas.dollarsCounter(id)));
        areas.add(row);
      }
    }
    areas.sort(
        Comparator.comparingLong((Map<String, Object> r) -> (Long) r.get("awards")).reversed());
    s.put("areas", areas);
    return s;
  }

  static void html(StringBuilder o, Map<?, ?> s) {
    o.append("<h2>Technology areas (CET)</h2>\n<p class=\"muted\">Taxonomy ")
        .append(Html.esc(s.get("taxonomy_version")))
        .append(" (")
        .append(Html.esc(s.get("taxonomy")))
        .append("). Each award's title, abstract and topic code scored against the Critical and")
        .append(" Emerging Technology areas; outputs cet_award_classifications and")
        .append(" cet_company_profiles.</p>\n<div class=\"cards\">\n");
    card(o, "awards with a title or abstract", Html.num(s.get("awards_with_text")));
    card(o, "given an area (coverage)", Html.pct(s.get("coverage")));
    card(o, "high confidence, of classified", Html.pct(s.get("high_confidence_rate")));
    card(o, "evidence coverage, of classified", Html.pct(s.get("evidence_coverage")));
    o.append("</div>\n");
    Html.table(
        o,
        (List<?>) s.get("areas"),
        List.of("area", "name", "awards", "share_rate", "total_amount"));
  }

  private static void card(StringBuilder o, String label, String value) {
    o.append("<div class=\"card\">")
        .append(Html.esc(label))
        .append("<b>")
        .append(value)
        .append("</b></div>\n");
  }

  private static long count(Map<?, ?> counters, String name) {
    return counters.get(name) instanceof Number n ? n.longValue() : 0;
  }

  private static @Nullable Double share(long n, long of) {
    return of == 0 ? null : Math.round(10000.0 * n / of) / 10000.0;
  }
}
