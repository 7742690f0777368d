package org.sbiretl.pipeline.benchmark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkHistoryTest {
  @TempDir Path dir;

  private void benchmark(String stamp, String created, String revision, int awards, double wall)
      throws IOException {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put(BenchmarkReport.WALL_SECONDS, Spread.of(List.of(wall)).toJson());
    summary.put(BenchmarkReport.PEAK_RSS_MB, Spread.of(List.of(900.0)).toJson());
    summary.put(BenchmarkReport.MATCH_RATE, Spread.of(List.of(0.86)).toJson());
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("created_at", created);
    b.put(BenchmarkReport.SHAPE, Map.of("awards", awards, "recipients", 3000, "seed", 42));
    b.put("runner", "flink");
    b.put("git_revision", revision);
    b.put(BenchmarkReport.SUMMARY, summary);
    BenchmarkReport.write(b, dir.resolve("benchmark_" + stamp + ".json"));
  }

  private List<String> revisions(String query) throws IOException {
    return BenchmarkHistory.load(dir, BenchmarkHistory.Filter.parse(query)).stream()
        .map(BenchmarkHistory.Entry::revision)
        .toList();
  }

  @Test
  void archivedAndCurrentBenchmarksFormOneSeriesThatFiltersByDateRevisionAndShape()
      throws IOException {
    benchmark("20261130_100000", "2026-11-30T10:00:00Z", "aaa111", 300, 20.0);
    benchmark("20261201_100000", "2026-12-01T10:00:00Z", "bbb222", 300, 22.0);
    assertThat(BenchmarkHistory.archive(dir), is(2));
    benchmark("20261202_100000", "2026-12-02T10:00:00Z", "ccc333", 300, 21.0);
    benchmark("20261202_110000", "2026-12-02T11:00:00Z", "ccc333", 50, 9.0);

    assertThat(revisions(null), contains("aaa111", "bbb222", "ccc333", "ccc333"));
    assertThat(revisions("since=2026-12-01,until=2026-12-01"), contains("bbb222"));
    assertThat(revisions("revision=ccc"), contains("ccc333", "ccc333"));
    assertThat(revisions("shape=300x3000-seed42,since=2026-12-01"), contains("bbb222", "ccc333"));
    assertThat(
        Files.isRegularFile(dir.resolve("history/benchmark_20261130_100000.json")), is(true));
  }

  @Test
  void anUnknownQueryTermNamesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BenchmarkHistory.Filter.parse("day=1"));
    assertThat(e.getMessage(), containsString("since="));
  }

  @Test
  void theTrendPageIsSelfContainedWithAChartPerMeasure() throws IOException {
    benchmark("20261130_100000", "2026-11-30T10:00:00Z", "aaa111", 300, 20.0);
    benchmark("20261201_100000", "2026-12-01T10:00:00Z", "bbb<script>", 300, 22.0);
    String page = TrendPage.render(BenchmarkHistory.load(dir, BenchmarkHistory.Filter.parse(null)));
    assertThat(page, containsString("<polyline"));
    assertThat(page, containsString("aria-label=\"wall time (s)\""));
    assertThat(page, containsString("aria-label=\"peak memory (MB)\""));
    assertThat(page, not(containsString("<script")));
    assertThat(page, not(containsString("http://cdn")));
    assertThat(page, not(containsString("src=")));
  }
}
