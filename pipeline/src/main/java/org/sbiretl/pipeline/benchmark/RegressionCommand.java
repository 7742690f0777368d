package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.monitoring.AlertPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code regression}: compares a benchmark with the baseline and exits 1 on a regression. The
 * thresholds are the configuration's {@code benchmark.*} keys.
 */
@Command(
    name = "regression",
    mixinStandardHelpOptions = true,
    description = {
      "Compares a benchmark (default: the newest in REPORTS) with the baseline, on medians.",
      "Exit 0: no failure (warnings and too-noisy measures are reported); 1: a failure, or a",
      "warning with --fail-on-warning, or files that cannot be compared."
    })
public final class RegressionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--baseline", description = "Baseline file (default: REPORTS/baseline.json).")
  Path baseline;

  @Option(names = "--current", description = "Benchmark file (default: newest in REPORTS).")
  Path current;

  @Mixin ReportsDirectory reports;

  @Option(names = "--fail-on-warning", description = "Exit 1 on a warning too.")
  boolean failOnWarning;

  @Option(names = "--json", description = "Also write the comparison as JSON here.")
  Path json;

  @Option(names = "--markdown", description = "Also write it as a Markdown table here.")
  Path markdown;

  @Option(names = "--config-dir", description = "Directory with base.yaml and the profiles.")
  Path configDir;

  @Option(names = "--set", description = "key=value overrides, e.g. benchmark.time_failure_pct=40.")
  List<String> sets = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Path dir = reports.get();
    Path baselineFile = baseline != null ? baseline : dir.resolve(Baselines.BASELINE);
    Path currentFile = current != null ? current : newest(dir);
    EtlConfig config = ConfigLoader.load(configDir, null, null, System.getenv(), sets);
    RegressionThresholds thresholds = RegressionThresholds.of(config);
    Regression.Result result =
        Regression.compare(
            BenchmarkReport.read(baselineFile), BenchmarkReport.read(currentFile), thresholds);

    PrintWriter out = spec.commandLine().getOut();
    out.printf("baseline: %s%ncurrent:  %s%n%n", baselineFile, currentFile);
    out.print(table(result, "  "));
    Regression.Status status = result.status();
    out.printf("%nResult: %s%n", status);
    out.flush();
    if (json != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("baseline", baselineFile.toString());
      m.put("current", currentFile.toString());
      m.put("status", status.name());
      m.put("checks", result.checks().stream().map(Regression.Check::toJson).toList());
      BenchmarkReport.write(m, json);
    }
    if (markdown != null) {
      Files.writeString(markdown, markdown(result, baselineFile, currentFile));
    }
    boolean failed =
        status == Regression.Status.FAILURE
            || (failOnWarning && status == Regression.Status.WARNING);
    if (failed) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("baseline", baselineFile.toString());
      details.put("current", currentFile.toString());
      details.put("status", status.name());
      details.put(
          "checks",
          result.checks().stream()
              .filter(c -> c.status() != Regression.Status.PASS)
              .map(Regression.Check::toJson)
              .toList());
      AlertPublisher.of(config)
          .publish(
              AlertPublisher.Kind.REGRESSION,
              currentFile.getFileName() + " regressed against " + baselineFile.getFileName(),
              details);
    }
    return failed ? 1 : 0;
  }

  /** The newest benchmark_*.json of the directory. */
  static Path newest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new java.io.FileNotFoundException("benchmark directory not found: " + dir);
    }
    List<Path> files = BenchmarkHistory.benchmarkFiles(dir);
    if (files.isEmpty()) {
      throw new java.io.FileNotFoundException(
          "no benchmark_*.json in " + dir + ": run `sbir-etl benchmark` first");
    }
    // Names carry the UTC start time, so the last in name order is the newest.
    return files.get(files.size() - 1);
  }

  static String table(Regression.Result result, String indent) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s%-28s %12s %12s %9s  %-12s %s%n",
            indent,
            "Measure",
            "Baseline",
            "Current",
            "Change",
            "Status",
            "Note"));
    for (Regression.Check c : result.checks()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s%-28s %12s %12s %9s  %-12s %s%n",
              indent,
              c.measure(),
              value(c.baseline(), c.unit()),
              value(c.current(), c.unit()),
              c.change() == null
                  ? ""
                  : String.format(Locale.ROOT, "%+.2f %s", c.change(), c.unit()),
              c.status(),
              c.note()));
    }
    return b.toString();
  }

  static String markdown(Regression.Result result, Path baseline, Path current) {
    StringBuilder b = new StringBuilder();
    b.append("### Benchmark regression: ").append(result.status()).append("\n\n");
    b.append("Baseline `").append(baseline.getFileName()).append("`, current `");
    b.append(current.getFileName()).append("`.\n\n");
    b.append("| Measure | Baseline | Current | Change | Status | Note |\n");
    b.append("|---|---:|---:|---:|---|---|\n");
    for (Regression.Check c : result.checks()) {
      b.append("| ").append(c.measure());
      b.append(" | ").append(value(c.baseline(), c.unit()));
      b.append(" | ").append(value(c.current(), c.unit()));
      b.append(" | ")
          .append(
              c.change() == null
                  ? ""
                  : String.format(Locale.ROOT, "%+.2f %s", c.change(), c.unit()));
      b.append(" | ").append(c.status());
      b.append(" | ").append(c.note()).append(" |\n");
    }
    return b.toString();
  }

  /** Shares (compared in points) with four decimals, times and megabytes with one. */
  private static String value(Double v, String unit) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "pp".equals(unit) ? "%.4f" : "%,.1f", v);
  }
}
