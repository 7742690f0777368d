package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.cli.CommandRun;
import org.sbiretl.pipeline.monitoring.RunMetrics;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.CheckEachAwardOnce;
import org.sbiretl.pipeline.quality.CounterNames;
import org.sbiretl.transforms.link.LinkSettings;

/**
 * The whole job as one composite on a TestPipeline: four awards and fifteen recipients in, every
 * award in exactly one output table, the counters the gates read agreeing with the rows written.
 */
class EnrichAwardsTest {
  @TempDir Path dir;

  @Test
  void everyAwardLandsInOneTableAndTheCountersAgreeWithTheRowsWritten() throws IOException {
    EnrichOptions options = PipelineOptionsFactory.as(EnrichOptions.class);
    options.setAwards(CommandRun.edge("awards-extremes.csv").toString());
    options.setRecipients(CommandRun.edge("recipients.csv").toString());
    options.setOutput(dir.toString());
    options.setWriteCsv(true);
    TestPipeline p = TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(false);
    p.apply("EnrichAwards", EnrichAwards.of(options, LinkSettings.defaults(), null));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    SortedMap<String, Long> counters = RunMetrics.attemptedCounters(result);

    assertThat(counters.get(CounterNames.AWARDS_READ), is(4L));
    assertThat(counters.get(CounterNames.AWARDS_VALID), is(4L));
    assertThat(counters.get(CounterNames.RECIPIENTS_READ), is(15L));
    assertThat(counters.get(CheckEachAwardOnce.ONCE), is(4L));
    List<String> ids = new ArrayList<>();
    long written = 0;
    for (String table :
        List.of(OutputTables.MATCHED, OutputTables.REVIEW, OutputTables.UNMATCHED)) {
      List<OutputReader.OutputRow> rows = OutputReader.readAll(dir, table);
      rows.forEach(r -> ids.add(r.text("award_id")));
      assertThat(
          table, counters.getOrDefault(CounterNames.output(table), 0L), is((long) rows.size()));
      written += rows.size();
    }
    assertThat(written, is(4L));
    assertThat(ids.stream().distinct().count(), is(4L));
    assertThat(counters.getOrDefault(CounterNames.output(OutputTables.ERRORS), 0L), is(0L));
    try (var files = Files.list(dir.resolve(EnrichAwards.DIAGNOSTICS))) {
      assertThat(
          files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).toList(),
          containsInAnyOrder("model.json", "pruned-keys.json", "candidates-per-award.json"));
    }
    // Every award landed once: the violation rows are the header alone.
    assertThat(
        Files.readString(
                dir.resolve(EnrichAwards.DIAGNOSTICS)
                    .resolve(CheckEachAwardOnce.VIOLATIONS + ".csv"))
            .strip(),
        is(CheckEachAwardOnce.HEADER));
  }
}
