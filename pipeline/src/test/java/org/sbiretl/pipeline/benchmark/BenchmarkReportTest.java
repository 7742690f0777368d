package org.sbiretl.pipeline.benchmark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {
  private static BenchmarkReport.Run run(double seconds, long mb, Double precision) {
    return new BenchmarkReport.Run(
        seconds,
        mb,
        400L,
        2000,
        12000,
        0.869,
        precision,
        0.99,
        0.995,
        5000L,
        Map.of("read-recipients", seconds / 2, "score-candidates", seconds / 4));
  }

  @Test
  void theSummaryHasMedianMinAndMaxOfEveryMeasureAllRunsHave() {
    Map<String, Object> summary =
        BenchmarkReport.summarise(List.of(run(20, 900, 1.0), run(24, 880, 1.0), run(21, 910, 1.0)));
    assertThat(
        Spread.fromJson(summary.get(BenchmarkReport.WALL_SECONDS)), is(new Spread(21, 20, 24)));
    assertThat(
        Spread.fromJson(summary.get(BenchmarkReport.PEAK_RSS_MB)), is(new Spread(900, 880, 910)));
    // 2,000 awards in 21 s (median of the per-run rates, not a rate of medians).
    assertThat(
        Spread.fromJson(summary.get(BenchmarkReport.AWARDS_PER_SECOND)).median(), is(2000 / 21.0));
    Map<?, ?> stages = (Map<?, ?>) summary.get(BenchmarkReport.STAGE_SECONDS);
    assertThat(Spread.fromJson(stages.get("read-recipients")), is(new Spread(10.5, 10, 12)));
    assertThat(Spread.fromJson(stages.get("score-candidates")), is(new Spread(5.25, 5, 6)));
  }

  @Test
  void aMeasureSomeRunsLackHasNoSummary() {
    Map<String, Object> summary =
        BenchmarkReport.summarise(List.of(run(20, 900, null), run(24, 880, 1.0)));
    assertThat(summary.get(BenchmarkReport.PRECISION), is(nullValue()));
  }

  @Test
  void theProcessTreeSamplerSeesThisProcess() throws Exception {
    assertThat(ProcessTreeMemory.residentKb(ProcessHandle.current().pid()), greaterThan(10_000L));
    try (ProcessTreeMemory memory = new ProcessTreeMemory(ProcessHandle.current(), 10)) {
      Thread.sleep(100);
      assertThat(memory.peakMb(), greaterThan(10L));
    }
  }
}
