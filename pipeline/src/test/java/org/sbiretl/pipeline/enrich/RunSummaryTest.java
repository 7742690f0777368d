package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.transforms.link.SummarizeCandidateCounts.Summary;

/** The {@code blocking.candidates_per_award} section of {@code run-summary.json}. */
class RunSummaryTest {
  @TempDir Path output;

  private static Map<String, Object> distribution() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("count", 100L);
    d.put("mean", 3.4);
    d.put("min", 0L);
    d.put("max", 150L);
    return d;
  }

  @Test
  void candidatesPerAwardAddsThePercentilesTheRunWroteToTheDistribution() throws Exception {
    Path diagnostics = Files.createDirectories(output.resolve(EnrichAwards.DIAGNOSTICS));
    Files.writeString(
        diagnostics.resolve(EnrichAwards.CANDIDATES_PER_AWARD + ".json"),
        Diagnostics.candidateCountsJson(new Summary(100, 1, 5, 20, 150)));

    Map<String, Object> c = RunSummary.candidatesPerAward(distribution(), output);

    assertThat(c.keySet(), contains("count", "mean", "min", "max", "p50", "p90", "p99"));
    assertThat(c.get("count"), equalTo(100L));
    assertThat(c.get("max"), equalTo(150L));
    assertThat(c.get("p50"), equalTo(1));
    assertThat(c.get("p90"), equalTo(5));
    assertThat(c.get("p99"), equalTo(20));
  }

  @Test
  void withoutThePercentilesFileTheDistributionIsKeptAsItIs() {
    assertThat(RunSummary.candidatesPerAward(distribution(), output), equalTo(distribution()));
  }

  @Test
  void withNoAwardScoredEveryFigureIsZero() throws Exception {
    Path diagnostics = Files.createDirectories(output.resolve(EnrichAwards.DIAGNOSTICS));
    Files.writeString(
        diagnostics.resolve(EnrichAwards.CANDIDATES_PER_AWARD + ".json"),
        Diagnostics.candidateCountsJson(new Summary(0, 0, 0, 0, 0)));

    Map<String, Object> c = RunSummary.candidatesPerAward(Map.of(), output);

    assertThat(c.keySet(), contains("count", "mean", "min", "max", "p50", "p90", "p99"));
    assertThat(c.get("count"), equalTo(0L));
    assertThat(c.get("mean"), equalTo(0.0));
    assertThat(c.get("p99"), equalTo(0));
  }
}
