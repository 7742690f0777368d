package org.sbiretl.pipeline.benchmark;

import static org.sbiretl.pipeline.report.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A self-contained HTML page (no script, no external file) with one SVG line chart per shape and
 * measure: wall time, peak memory and match rate over the benchmarks' dates, and the table of the
 * benchmarks under it.
 */
final class TrendPage {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 220;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private TrendPage() {}

  static String render(List<BenchmarkHistory.Entry> entries) {
    StringBuilder o = new StringBuilder();
    o.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    o.append("<title>sbir-etl benchmark history</title><style>");
    o.append("body{font-family:sans-serif;margin:24px;color:#222}");
    o.append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;");
    o.append("text-align:right}th{background:#eee}td:first-child,td:nth-child(2),");
    o.append("td:nth-child(3){text-align:left}svg{background:#fafafa;border:1px solid #ddd}");
    o.append("</style></head><body>\n<h1>Benchmark history</h1>\n");
    o.append("<p>").append(entries.size()).append(" benchmarks; each point is the median of a");
    o.append(" benchmark's runs (the file holds their min and max). Axes start at zero.</p>\n");
    Map<String, List<BenchmarkHistory.Entry>> byShape = new LinkedHashMap<>();
    for (BenchmarkHistory.Entry e : entries) {
      byShape.computeIfAbsent(e.shape(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<BenchmarkHistory.Entry>> shape : byShape.entrySet()) {
      o.append("<h2>").append(esc(shape.getKey())).append("</h2>\n");
      chart(o, shape.getValue(), "wall time (s)", BenchmarkHistory.Entry::wallSeconds, "#2f6fb0");
      chart(o, shape.getValue(), "peak memory (MB)", BenchmarkHistory.Entry::peakRssMb, "#b05a2f");
      chart(o, shape.getValue(), "match rate", BenchmarkHistory.Entry::matchRate, "#3f8f4f");
    }
    o.append("<h2>Benchmarks</h2>\n<table><tr><th>created</th><th>revision</th><th>shape</th>");
    o.append("<th>wall s</th><th>peak MB</th><th>match rate</th><th>precision</th></tr>\n");
    for (BenchmarkHistory.Entry e : entries) {
      o.append("<tr><td>").append(esc(e.createdAt())).append("</td><td>");
      o.append(esc(e.revision())).append("</td><td>").append(esc(e.shape())).append("</td><td>");
      o.append(fmt(e.wallSeconds(), "%.1f")).append("</td><td>");
      o.append(fmt(e.peakRssMb(), "%,.0f")).append("</td><td>");
      o.append(fmt(e.matchRate(), "%.4f")).append("</td><td>");
      o.append(fmt(e.precision(), "%.4f")).append("</td></tr>\n");
    }
    o.append("</table>\n</body></html>\n");
    return o.toString();
  }

  /** One measure over time: a polyline with a dot and its value per benchmark. */
  private static void chart(
      StringBuilder o,
      List<BenchmarkHistory.Entry> entries,
      String title,
      Function<BenchmarkHistory.Entry, Double> measure,
      String colour) {
    List<double[]> points = new ArrayList<>();
    List<BenchmarkHistory.Entry> shown = new ArrayList<>();
    for (BenchmarkHistory.Entry e : entries) {
      if (measure.apply(e) != null) {
        shown.add(e);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    double max = shown.stream().mapToDouble(measure::apply).max().orElse(1);
    double top = max <= 0 ? 1 : max * 1.15;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    for (int i = 0; i < shown.size(); i++) {
      double x = LEFT + (shown.size() == 1 ? plotW / 2 : plotW * i / (shown.size() - 1));
      double y = TOP + plotH * (1 - measure.apply(shown.get(i)) / top);
      points.add(new double[] {x, y});
    }
    o.append(
        String.format(
            Locale.ROOT,
            "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"%s\">",
            WIDTH,
            HEIGHT,
            esc(title)));
    // Axes and three gridlines with their values, from zero, so a change reads at its true size.
    for (int g = 0; g <= 3; g++) {
      double value = top * g / 3;
      double y = TOP + plotH * (1 - (double) g / 3);
      o.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y,
              LEFT - 6,
              y + 4,
              label(value, top)));
    }
    StringBuilder line = new StringBuilder();
    for (double[] p : points) {
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
    }
    o.append(
        String.format(
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
            colour, line.toString().strip()));
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      BenchmarkHistory.Entry e = shown.get(i);
      o.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s %s: %s</title>"
                  + "</circle><text x=\"%.1f\" y=\"%d\" font-size=\"10\""
                  + " text-anchor=\"middle\">%s</text>",
              p[0],
              p[1],
              colour,
              esc(e.createdAt()),
              esc(e.revision()),
              label(measure.apply(e), top),
              p[0],
              HEIGHT - BOTTOM + 16,
              esc(e.createdAt().toString().substring(5, 16).replace('T', ' '))));
    }
    o.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"14\" font-size=\"13\" font-weight=\"bold\">%s</text>",
            LEFT,
            esc(title)));
    o.append("</svg></figure>\n");
  }

  private static String label(double value, double top) {
    return String.format(Locale.ROOT, top < 2 ? "%.3f" : "%,.0f", value);
  }

  private static String fmt(Double v, String pattern) {
    return v == null ? "" : String.format(Locale.ROOT, pattern, v);
  }
}
