package org.sbiretl.pipeline.benchmark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.benchmark.Regression.Status;

class RegressionTest {
  private static final RegressionThresholds DEFAULTS =
      new RegressionThresholds(10, 25, 20, 50, 5, 0.5);

  /** A benchmark of the sample shape whose runs took {@code seconds} and peaked at {@code mb}. */
  private static Map<String, Object> benchmark(
      List<Double> seconds, List<Double> mb, double matchRate, double precision) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put(BenchmarkReport.WALL_SECONDS, Spread.of(seconds).toJson());
    summary.put(BenchmarkReport.PEAK_RSS_MB, Spread.of(mb).toJson());
    summary.put(BenchmarkReport.MATCH_RATE, Spread.of(List.of(matchRate)).toJson());
    summary.put(BenchmarkReport.PRECISION, Spread.of(List.of(precision)).toJson());
    Map<String, Object> b = new LinkedHashMap<>();
    b.put(BenchmarkReport.SHAPE, Map.of("data", "sample"));
    b.put(BenchmarkReport.SUMMARY, summary);
    return b;
  }

  private static final Map<String, Object> BASELINE =
      benchmark(List.of(20.0, 21.0, 22.0), List.of(900.0, 900.0, 905.0), 0.869, 1.0);

  private static Regression.Check check(Regression.Result r, String prefix) {
    return r.checks().stream()
        .filter(c -> c.measure().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRunLikeTheBaselinePasses() {
    Regression.Result r =
        Regression.compare(
            BASELINE,
            benchmark(List.of(21.0, 21.5, 22.0), List.of(895.0, 900.0, 901.0), 0.869, 1.0),
            DEFAULTS);
    assertThat(r.status(), is(Status.PASS));
    assertThat(check(r, "wall time").change(), is(2.38));
  }

  @Test
  void twiceAsSlowFailsAndALittleSlowerWarns() {
    Regression.Result slow =
        Regression.compare(
            BASELINE, benchmark(List.of(42.0, 42.0, 43.0), List.of(900.0), 0.869, 1.0), DEFAULTS);
    assertThat(check(slow, "wall time").status(), is(Status.FAILURE));
    assertThat(slow.status(), is(Status.FAILURE));

    Regression.Result slower =
        Regression.compare(
            BASELINE, benchmark(List.of(24.0, 24.0, 24.5), List.of(900.0), 0.869, 1.0), DEFAULTS);
    assertThat(check(slower, "wall time").status(), is(Status.WARNING));
    assertThat(check(slower, "wall time").note(), containsString("failure at +25 %"));
  }

  @Test
  void aSlowdownInsideTheRunsOwnSpreadIsTooNoisyToJudge() {
    // 15 % slower, but the runs themselves range over 40 % of their median.
    Regression.Result r =
        Regression.compare(
            BASELINE, benchmark(List.of(18.0, 24.2, 27.0), List.of(900.0), 0.869, 1.0), DEFAULTS);
    Regression.Check time = check(r, "wall time");
    assertThat(time.status(), is(Status.NOISY));
    assertThat(time.note(), containsString("too noisy to judge"));
    assertThat(r.status(), is(Status.NOISY));
  }

  @Test
  void twiceAsSlowFailsEvenOnANoisyMachine() {
    // The runs vary by 17 %, but a doubling is far outside that.
    Regression.Result r =
        Regression.compare(
            benchmark(List.of(10.5, 11.0, 11.0), List.of(900.0), 0.869, 1.0),
            benchmark(List.of(21.3, 22.0, 25.0), List.of(900.0), 0.869, 1.0),
            DEFAULTS);
    assertThat(check(r, "wall time").status(), is(Status.FAILURE));
  }

  @Test
  void memoryHasItsOwnThresholds() {
    Regression.Result r =
        Regression.compare(
            BASELINE, benchmark(List.of(21.0), List.of(1400.0), 0.869, 1.0), DEFAULTS);
    assertThat(check(r, "peak memory").status(), is(Status.FAILURE));
    assertThat(check(r, "wall time").status(), is(Status.PASS));
  }

  @Test
  void accuracyDropsFailByPercentagePoints() {
    Regression.Result r =
        Regression.compare(
            BASELINE, benchmark(List.of(21.0), List.of(900.0), 0.80, 0.994), DEFAULTS);
    assertThat(check(r, "match rate").status(), is(Status.FAILURE));
    assertThat(check(r, "match rate").change(), is(-6.9));
    assertThat(check(r, "precision").status(), is(Status.FAILURE));

    Regression.Result small =
        Regression.compare(
            BASELINE, benchmark(List.of(21.0), List.of(900.0), 0.85, 0.996), DEFAULTS);
    assertThat(small.status(), is(Status.PASS));
  }

  @Test
  void aMissingPrecisionIsNotMeasuredRatherThanPassed() {
    Map<String, Object> noTruth = benchmark(List.of(21.0), List.of(900.0), 0.869, 1.0);
    ((Map<String, Object>) noTruth.get(BenchmarkReport.SUMMARY))
        .put(BenchmarkReport.PRECISION, null);
    Regression.Result r = Regression.compare(BASELINE, noTruth, DEFAULTS);
    assertThat(check(r, "precision").status(), is(Status.NOT_MEASURED));
  }

  @Test
  void benchmarksOfDifferentShapesDoNotCompare() {
    Map<String, Object> other = benchmark(List.of(21.0), List.of(900.0), 0.869, 1.0);
    other.put(BenchmarkReport.SHAPE, Map.of("awards", 220000, "recipients", 3400000, "seed", 42));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Regression.compare(BASELINE, other, DEFAULTS));
    assertThat(e.getMessage(), containsString("different shapes"));
  }

  @Test
  void theSpreadIsTheRangeOverTheMedian() {
    Spread s = Spread.of(List.of(30.0, 10.0, 20.0, 40.0));
    assertThat(s.median(), is(25.0));
    assertThat(s.relativeRange(), is(30.0 / 25.0));
    assertThat(Spread.fromJson(s.toJson()), is(s));
  }
}
