package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.cli.CommandRun;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.monitoring.RunMetrics;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.CheckEachAwardOnce;
import org.sbiretl.pipeline.quality.CounterNames;
import org.sbiretl.pipeline.quality.GateInputs;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateResult;
import org.sbiretl.pipeline.quality.GateSettings;
import org.sbiretl.pipeline.quality.GateStatus;
import org.sbiretl.pipeline.quality.QualityGates;
import org.sbiretl.pipeline.quality.RunCounts;
import org.sbiretl.pipeline.quality.RunQuality;
import org.sbiretl.transforms.link.LinkAwards;
import org.sbiretl.transforms.link.LinkSettings;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * The whole job as one composite on a TestPipeline: four awards and fifteen recipients in, every
 * award in exactly one output table, the counters the gates read agreeing with the rows written.
 */
class EnrichAwardsTest {
  @TempDir Path dir;

  private EnrichOptions options() {
    EnrichOptions options = PipelineOptionsFactory.as(EnrichOptions.class);
    options.setAwards(CommandRun.edge("awards-extremes.csv").toString());
    options.setRecipients(CommandRun.edge("recipients.csv").toString());
    options.setOutput(dir.toString());
    options.setWriteCsv(true);
    return options;
  }

  private static SortedMap<String, Long> run(EnrichOptions options, EnrichAwards job) {
    TestPipeline p = TestPipeline.fromOptions(options).enableAbandonedNodeEnforcement(false);
    p.apply("EnrichAwards", job);
    PipelineResult result = p.run();
    result.waitUntilFinish();
    return RunMetrics.attemptedCounters(result);
  }

  @Test
  void everyAwardLandsInOneTableAndTheCountersAgreeWithTheRowsWritten() throws IOException {
    EnrichOptions options = options();
    SortedMap<String, Long> counters =
        run(options, EnrichAwards.of(options, LinkSettings.defaults(), null));

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

  /** Duplicates every matched row, as a faulty linker or writer might. */
  static class DuplicateMatched extends PTransform<PCollectionTuple, PCollectionTuple> {
    @Override
    public PCollectionTuple expand(PCollectionTuple linked) {
      PCollection<LinkedAward> matched = linked.get(LinkAwards.MATCHED);
      PCollection<LinkedAward> twice =
          PCollectionList.of(matched)
              .and(matched.apply("CopyMatched", MapElements.via(new Copy())))
              .apply("Twice", Flatten.pCollections());
      PCollectionTuple out = PCollectionTuple.of(LinkAwards.MATCHED, twice);
      for (Map.Entry<TupleTag<?>, PValue> e : linked.expand().entrySet()) {
        if (!e.getKey().equals(LinkAwards.MATCHED)) {
          out = and(out, e.getKey(), (PCollection<?>) e.getValue());
        }
      }
      return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> PCollectionTuple and(
        PCollectionTuple tuple, TupleTag<?> tag, PCollection<?> values) {
      return tuple.and((TupleTag<T>) tag, (PCollection<T>) values);
    }
  }

  static class Copy extends SimpleFunction<LinkedAward, LinkedAward> {
    @Override
    public LinkedAward apply(LinkedAward l) {
      return LinkedAward.of(l.award, l.link);
    }
  }

  @Test
  void aDuplicatePlantedInTheOutputsFailsConservationAndTheGateNamesIt() throws IOException {
    EnrichOptions options = options();
    SortedMap<String, Long> counters =
        run(
            options,
            EnrichAwards.of(options, LinkSettings.defaults(), null)
                .withOutcomesAltered(new DuplicateMatched()));
    List<String> matchedIds = new ArrayList<>();
    OutputReader.forEach(dir, OutputTables.MATCHED, row -> matchedIds.add(row.text("award_id")));
    assertThat(matchedIds.isEmpty(), is(false));
    assertThat(counters.get(CheckEachAwardOnce.REPEATED), is((long) matchedIds.size()));

    GateReport gates =
        RunQuality.gates(
            dir,
            new RunCounts(counters),
            GateSettings.of(ConfigLoader.defaults()),
            GateInputs.UNKNOWN);
    GateResult conservation =
        gates.gates().stream()
            .filter(g -> g.name().equals(QualityGates.CONSERVATION))
            .findFirst()
            .orElseThrow();
    assertThat(conservation.status(), is(GateStatus.FAILED));
    // Named by id: each planted duplicate is a matched award (all of them here, four awards).
    for (String id : matchedIds) {
      assertThat(conservation.note(), containsString(id + " (repeated)"));
    }
  }
}
