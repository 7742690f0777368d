package org.sbiretl.pipeline.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The match-probability histogram as an inline SVG: per bin, one bar each for matched, review and
 * unmatched rows, on a logarithmic count scale, so that the few review rows beside a hundred
 * thousand matches are still seen; the decision thresholds are marked where they cut the axis.
 */
final class HistogramSvg {
  private static final List<String> SERIES = List.of("matched", "review", "unmatched");
  private static final List<String> COLOURS = List.of("#3f8f4f", "#e0a030", "#c84b4b");
  private static final int WIDTH = 900;
  private static final int HEIGHT = 240;
  private static final int LEFT = 60;
  private static final int RIGHT = 10;
  private static final int TOP = 30;
  private static final int BOTTOM = 30;

  private HistogramSvg() {}

  static void render(StringBuilder o, Map<?, ?> histogram) {
    List<?> bins = (List<?>) histogram.get("bins");
    long max = 1;
    for (Object b : bins) {
      for (String s : SERIES) {
        max = Math.max(max, count((Map<?, ?>) b, s));
      }
    }
    double width = WIDTH - LEFT - RIGHT;
    double slot = width / bins.size();
    double plot = HEIGHT - BOTTOM - TOP;
    double baseline = TOP + plot;
    // Counts on a log scale: a count of one is a visible bar, the largest tick tops the plot.
    long ceiling = tickAbove(max);
    double top = Math.log10(1 + ceiling);
    o.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
                + "aria-label=\"match probability histogram, log scale\" font-size=\"11\">%n",
            WIDTH,
            HEIGHT));
    for (long tick = 1; tick <= ceiling; tick *= 10) {
      double y = baseline - plot * Math.log10(1 + tick) / top;
      o.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,d</text>%n",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 4,
              y + 4,
              tick));
    }
    o.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.0f\" x2=\"%d\" y2=\"%.0f\" stroke=\"#888\"/>%n",
            LEFT,
            baseline,
            WIDTH - RIGHT,
            baseline));
    double bar = (slot - 2) / SERIES.size();
    for (int i = 0; i < bins.size(); i++) {
      Map<?, ?> b = (Map<?, ?>) bins.get(i);
      for (int s = 0; s < SERIES.size(); s++) {
        long n = count(b, SERIES.get(s));
        if (n == 0) {
          continue;
        }
        double h = plot * Math.log10(1 + n) / top;
        o.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s %s&ndash;%s: %,d</title></rect>%n",
                LEFT + i * slot + 1 + s * bar,
                baseline - h,
                bar,
                h,
                COLOURS.get(s),
                SERIES.get(s),
                b.get("from"),
                b.get("to"),
                n));
      }
      if (i % 2 == 0) {
        o.append(axisLabel(LEFT + i * slot, b.get("from")));
      }
    }
    o.append(axisLabel(LEFT + width, ((Map<?, ?>) bins.get(bins.size() - 1)).get("to")));
    if (histogram.get("thresholds") instanceof Map<?, ?> thresholds) {
      thresholds.forEach(
          (name, value) -> {
            double x = LEFT + width * ((Number) value).doubleValue();
            o.append(
                String.format(
                    Locale.ROOT,
                    "<line class=\"threshold\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.0f\" "
                        + "stroke=\"#333\" stroke-dasharray=\"4 3\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"end\">%s &#8805; %s</text>%n",
                    x,
                    TOP - 6,
                    x,
                    baseline,
                    x - 3,
                    TOP + 6,
                    Html.esc(name),
                    value));
          });
    }
    for (int s = 0; s < SERIES.size(); s++) {
      o.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>%n",
              LEFT + 10 + s * 90,
              6,
              COLOURS.get(s),
              LEFT + 24 + s * 90,
              15,
              SERIES.get(s)));
    }
    o.append("</svg>\n<p class=\"muted\">Rows per probability bin, log scale; dashed lines: the")
        .append(" thresholds at and above which a candidate goes to review or is matched.</p>\n");
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

  private static String axisLabel(double x, Object value) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
        x,
        HEIGHT - 12,
        value);
  }

  /** The smallest power of ten at or above {@code n}. */
  static long tickAbove(long n) {
    long t = 1;
    while (t < n) {
      t *= 10;
    }
    return t;
  }

  private static long count(Map<?, ?> bin, String series) {
    return ((Number) bin.get(series)).longValue();
  }
}
