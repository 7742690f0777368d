package org.sbiretl.pipeline.benchmark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: archives benchmark files and shows them over time. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Archives benchmark files (REPORTS/history/) and lists or charts them over time.",
      "--query since=YYYY-MM-DD,until=YYYY-MM-DD,revision=PREFIX,shape=300x3000-seed42,runner=flink"
    })
public final class HistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ReportsDirectory reports;

  @Option(names = "--archive", description = "Move REPORTS/benchmark_*.json into the archive.")
  boolean archive;

  @Option(names = "--query", description = "Only benchmarks matching these terms.")
  String query;

  @Option(names = "--trend", description = "Show the change from each benchmark to the next.")
  boolean trend;

  @Option(names = "--html", description = "Write the charts and table as an HTML page here.")
  Path html;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = reports.get();
    if (archive) {
      out.printf(
          "archived %d benchmark files into %s%n",
          BenchmarkHistory.archive(dir), dir.resolve(BenchmarkHistory.ARCHIVE));
    }
    List<BenchmarkHistory.Entry> entries =
        BenchmarkHistory.load(dir, BenchmarkHistory.Filter.parse(query));
    out.printf(
        Locale.ROOT,
        "%-20s %-9s %-24s %10s %9s %10s %9s%s%n",
        "created (UTC)",
        "revision",
        "shape",
        "wall s",
        "peak MB",
        "match",
        "precision",
        trend ? "   wall Δ  memory Δ" : "");
    java.util.Map<String, BenchmarkHistory.Entry> lastOfShape = new java.util.HashMap<>();
    for (BenchmarkHistory.Entry e : entries) {
      BenchmarkHistory.Entry previous = lastOfShape.put(e.shape(), e);
      out.printf(
          Locale.ROOT,
          "%-20s %-9s %-24s %10s %9s %10s %9s%s%n",
          e.createdAt().toString().substring(0, 19).replace('T', ' '),
          e.revision(),
          e.shape(),
          fmt(e.wallSeconds(), "%.1f"),
          fmt(e.peakRssMb(), "%,.0f"),
          fmt(e.matchRate(), "%.4f"),
          fmt(e.precision(), "%.4f"),
          trend ? "  " + change(previous, e) : "");
    }
    if (html != null) {
      Path parent = html.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(html, TrendPage.render(entries));
      out.printf("%nTrend page: %s%n", html.toAbsolutePath());
    }
    out.flush();
    return 0;
  }

  /** Time and memory change from the previous benchmark of the same shape. */
  private static String change(BenchmarkHistory.Entry previous, BenchmarkHistory.Entry e) {
    if (previous == null) {
      return String.format(Locale.ROOT, "%8s %9s", "", "");
    }
    return String.format(
        Locale.ROOT,
        "%8s %9s",
        pct(previous.wallSeconds(), e.wallSeconds()),
        pct(previous.peakRssMb(), e.peakRssMb()));
  }

  private static String pct(Double before, Double after) {
    return before == null || after == null || before == 0
        ? ""
        : String.format(Locale.ROOT, "%+.1f%%", 100 * (after - before) / before);
  }

  private static String fmt(Double v, String pattern) {
    return v == null ? "n/a" : String.format(Locale.ROOT, pattern, v);
  }
}
