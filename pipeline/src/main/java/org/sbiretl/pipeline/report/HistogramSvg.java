package org.sbiretl.pipeline.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The match-probability histogram as an inline SVG of stacked bars (matched, review, unmatched).
 */
final class HistogramSvg {
  private static final List<String> SERIES = List.of("matched", "review", "unmatched");
  private static final List<String> COLOURS = List.of("#3f8f4f", "#e0a030", "#c84b4b");
  private static final int WIDTH = 900;
  private static final int HEIGHT = 220;
  private static final int LEFT = 50;
  private static final int BOTTOM = 30;

  private HistogramSvg() {}

  static void render(StringBuilder o, Map<?, ?> histogram) {
    List<?> bins = (List<?>) histogram.get("bins");
    long max = 1;
    for (Object b : bins) {
      max = Math.max(max, total((Map<?, ?>) b));
    }
    double slot = (double) (WIDTH - LEFT - 10) / bins.size();
    double plot = HEIGHT - BOTTOM - 10;
    o.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"match probability histogram\" font-size=\"11\">%n",
            WIDTH,
            HEIGHT));
    o.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\" stroke=\"#888\"/>%n",
            LEFT,
            plot + 10,
            WIDTH - 10,
            plot + 10));
    o.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"20\" text-anchor=\"end\">%,d</text>%n",
            LEFT - 4,
            max));
    for (int i = 0; i < bins.size(); i++) {
      Map<?, ?> b = (Map<?, ?>) bins.get(i);
      double x = LEFT + i * slot + 1;
      double y = plot + 10;
      for (int s = 0; s < SERIES.size(); s++) {
        long n = ((Number) b.get(SERIES.get(s))).longValue();
        double h = plot * n / max;
        y -= h;
        if (n > 0) {
          o.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                      + "<title>%s %s&ndash;%s: %,d</title></rect>%n",
                  x,
                  y,
                  slot - 2,
                  h,
                  COLOURS.get(s),
                  SERIES.get(s),
                  b.get("from"),
                  b.get("to"),
                  n));
        }
      }
      if (i % 2 == 0) {
        o.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                LEFT + i * slot,
                HEIGHT - 12,
                b.get("from")));
      }
    }
    for (int s = 0; s < SERIES.size(); s++) {
      o.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>%n",
              LEFT + 10 + s * 90,
              8,
              COLOURS.get(s),
              LEFT + 24 + s * 90,
              17,
              SERIES.get(s)));
    }
    o.append("</svg>\n");
    Object none = histogram.get("no_probability");
    if (none instanceof Map<?, ?> m && !m.isEmpty()) {
      StringBuilder parts = new StringBuilder();
      m.forEach(
          (k, v) -> parts.append(parts.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
      o.append("<p class=\"muted\">Without any candidate (no probability): ")
          .append(Html.esc(parts))
          .append("</p>\n");
    }
  }

  private static long total(Map<?, ?> bin) {
    long t = 0;
    for (String s : SERIES) {
      t += ((Number) bin.get(s)).longValue();
    }
    return t;
  }
}
