package org.sbiretl.pipeline.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a benchmark with a baseline of the same shape, measure by measure, on medians.
 *
 * <p>The noise rule: wall time and peak memory move with whatever else the machine does. The noise
 * of a comparison is the larger of the two benchmarks' spreads, (max − min) ÷ median of their runs.
 * A change above the warning threshold but no larger than that noise cannot be told from the
 * machine's own variation, so it is reported as {@code NOISY} instead of warning or failing; a
 * change larger than the noise is judged by the thresholds. So a loaded machine whose runs vary by
 * 30 % does not fail a build that is 20 % slower, but it does fail one that is twice as slow. More
 * runs (or a quieter machine) narrow the spread. Accuracy measures are deterministic for a given
 * input and configuration and have no noise rule.
 */
public final class Regression {
  private Regression() {}

  /** The verdict on one measure, and on the whole comparison (the worst of its measures). */
  public enum Status {
    PASS,
    NOISY,
    WARNING,
    FAILURE,
    NOT_MEASURED
  }

  /** One measure compared. {@code change} is in percent (time, memory) or points (rates). */
  public record Check(
      String measure,
      Double baseline,
      Double current,
      Double change,
      String unit,
      Status status,
      String note) {
    public Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("measure", measure);
      m.put("baseline", baseline);
      m.put("current", current);
      m.put("change", change);
      m.put("unit", unit);
      m.put("status", status.name());
      m.put("note", note);
      return m;
    }
  }

  /** Every check, and the overall status. */
  public record Result(List<Check> checks) {
    public Status status() {
      Status worst = Status.PASS;
      for (Check c : checks) {
        if (rank(c.status()) > rank(worst)) {
          worst = c.status();
        }
      }
      return worst;
    }

    private static int rank(Status s) {
      return switch (s) {
        case FAILURE -> 3;
        case WARNING -> 2;
        case NOISY -> 1;
        default -> 0;
      };
    }
  }

  /**
   * @param baseline a benchmark file's content
   * @param current another one, of the same shape
   * @throws IllegalArgumentException when the shapes differ: such figures do not compare
   */
  public static Result compare(
      Map<String, Object> baseline, Map<String, Object> current, RegressionThresholds t) {
    Object baseShape = baseline.get(BenchmarkReport.SHAPE);
    Object currentShape = current.get(BenchmarkReport.SHAPE);
    if (!Objects.equals(baseShape, currentShape)) {
      throw new IllegalArgumentException(
          "the benchmarks have different shapes and do not compare: baseline "
              + baseShape
              + ", current "
              + currentShape);
    }
    Map<?, ?> b = summary(baseline);
    Map<?, ?> c = summary(current);
    List<Check> checks = new ArrayList<>();
    checks.add(
        growth(
            "wall time",
            "s",
            Spread.fromJson(b.get(BenchmarkReport.WALL_SECONDS)),
            Spread.fromJson(c.get(BenchmarkReport.WALL_SECONDS)),
            t.timeWarningPct(),
            t.timeFailurePct()));
    checks.add(
        growth(
            "peak memory",
            "MB",
            Spread.fromJson(b.get(BenchmarkReport.PEAK_RSS_MB)),
            Spread.fromJson(c.get(BenchmarkReport.PEAK_RSS_MB)),
            t.memoryWarningPct(),
            t.memoryFailurePct()));
    checks.add(
        drop(
            "match rate",
            Spread.fromJson(b.get(BenchmarkReport.MATCH_RATE)),
            Spread.fromJson(c.get(BenchmarkReport.MATCH_RATE)),
            t.matchRateFailurePp()));
    checks.add(
        drop(
            "precision",
            Spread.fromJson(b.get(BenchmarkReport.PRECISION)),
            Spread.fromJson(c.get(BenchmarkReport.PRECISION)),
            t.precisionFailurePp()));
    return new Result(checks);
  }

  private static Map<?, ?> summary(Map<String, Object> benchmark) {
    return benchmark.get(BenchmarkReport.SUMMARY) instanceof Map<?, ?> m ? m : Map.of();
  }

  /** A measure that must not grow: time, memory. */
  static Check growth(
      String measure,
      String unit,
      Spread baseline,
      Spread current,
      double warningPct,
      double failurePct) {
    if (baseline == null || current == null || baseline.median() <= 0) {
      return new Check(
          measure,
          baseline == null ? null : baseline.median(),
          current == null ? null : current.median(),
          null,
          "%",
          Status.NOT_MEASURED,
          "not in both benchmarks");
    }
    double change = 100 * (current.median() - baseline.median()) / baseline.median();
    double noise = 100 * Math.max(baseline.relativeRange(), current.relativeRange());
    Status status;
    String note;
    if (change < warningPct) {
      status = Status.PASS;
      note = String.format(Locale.ROOT, "within +%.0f %%", warningPct);
    } else if (change <= noise) {
      status = Status.NOISY;
      note =
          String.format(
              Locale.ROOT,
              "the runs vary by %.0f %% among themselves, as much as the change: too noisy to"
                  + " judge (run more, or on a quieter machine)",
              noise);
    } else if (change < failurePct) {
      status = Status.WARNING;
      note =
          String.format(Locale.ROOT, "over +%.0f %% (failure at +%.0f %%)", warningPct, failurePct);
    } else {
      status = Status.FAILURE;
      note = String.format(Locale.ROOT, "over +%.0f %%", failurePct);
    }
    return new Check(
        measure + " (" + unit + ", median)",
        baseline.median(),
        current.median(),
        round(change),
        "%",
        status,
        note);
  }

  /** A share that must not drop by more than {@code failurePp} percentage points. */
  static Check drop(String measure, Spread baseline, Spread current, double failurePp) {
    if (baseline == null || current == null) {
      return new Check(
          measure,
          baseline == null ? null : baseline.median(),
          current == null ? null : current.median(),
          null,
          "pp",
          Status.NOT_MEASURED,
          "not in both benchmarks (precision needs a truth file)");
    }
    double change = 100 * (current.median() - baseline.median());
    boolean failed = change < -failurePp;
    return new Check(
        measure,
        baseline.median(),
        current.median(),
        round(change),
        "pp",
        failed ? Status.FAILURE : Status.PASS,
        String.format(
            Locale.ROOT, failed ? "dropped by more than %s pp" : "within -%s pp", failurePp));
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
