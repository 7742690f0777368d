package org.sbiretl.pipeline.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.monitoring.RunMetrics;
import org.sbiretl.pipeline.quality.CounterNames;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.RecordCoders;

/**
 * Linked awards flattened into rows ({@link OutputTables.ToLinkedRow}) and written by {@link
 * WriteTable} as Parquet and CSV shards: both formats hold the same rows, every CSV shard starts
 * with the header, and the table's counter counts the rows written.
 */
class WriteTableTest {

  private static LinkedAward linked(String id, String company, String uei, Double p) {
    Award a = new Award();
    a.awardId = id;
    a.company = company;
    a.state = "MA";
    a.awardAmount = 150000.0;
    LinkOutcome l = new LinkOutcome();
    l.awardId = id;
    l.outcome = LinkOutcome.MATCHED;
    l.matchMethod = "uei-exact";
    l.matchProbability = p;
    l.matchFlags = new ArrayList<>(List.of("flag-" + id));
    l.recipientUei = uei;
    l.recipientName = company.toUpperCase(java.util.Locale.ROOT);
    return LinkedAward.of(a, l);
  }

  private static Map<String, String> byId(List<OutputReader.OutputRow> rows, String column) {
    Map<String, String> out = new TreeMap<>();
    rows.forEach(r -> out.put(r.text("award_id"), r.text(column)));
    return out;
  }

  @Test
  void linkedSchemaHasTheAwardColumnsThenTheLinkColumnsOnce() {
    List<String> names = OutputTables.linkedSchema().getFieldNames();
    List<String> award = OutputTables.awardSchema().getFieldNames();
    assertThat(names.subList(0, award.size()), is(award));
    assertThat(names.stream().filter("award_id"::equals).count(), is(1L));
    assertThat(names, not(org.hamcrest.Matchers.hasItem("outcome")));
    assertThat(names.contains("recipient_uei") && names.contains("match_probability"), is(true));
  }

  @Test
  void writesTheSameRowsAsParquetAndCsvAndCountsThem(@TempDir Path dir) throws IOException {
    List<LinkedAward> input =
        List.of(
            linked("a1", "Acme Robotics, Inc", "ABCDEFGHJKL1", 0.99),
            linked("a2", "=Formula Labs", "ABCDEFGHJKL2", null),
            linked("a3", "Zenith \"Z\" Photonics", "ABCDEFGHJKL3", 0.5));
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    p.apply(Create.of(input).withCoder(RecordCoders.of(LinkedAward.class)))
        .apply(MapElements.into(TypeDescriptors.rows()).via(new OutputTables.ToLinkedRow()))
        .setRowSchema(OutputTables.linkedSchema())
        .apply(
            new WriteTable(
                dir.toString(), OutputTables.MATCHED, OutputTables.linkedSchema(), true, true));
    PipelineResult result = p.run();
    result.waitUntilFinish();

    long counted =
        RunMetrics.attemptedCounters(result).get(CounterNames.output(OutputTables.MATCHED));
    assertThat(counted, is(3L));

    // Parquet: OutputReader prefers it when a table has both.
    List<OutputReader.OutputRow> parquet = OutputReader.readAll(dir, OutputTables.MATCHED);
    assertThat(
        byId(parquet, "company"),
        is(
            Map.of(
                "a1",
                "Acme Robotics, Inc",
                "a2",
                "=Formula Labs",
                "a3",
                "Zenith \"Z\" Photonics")));
    assertThat(byId(parquet, "recipient_uei").get("a3"), is("ABCDEFGHJKL3"));
    assertThat(byId(parquet, "match_probability").get("a1"), is("0.99"));
    assertThat(byId(parquet, "match_probability").get("a2"), is((String) null));
    assertThat(byId(parquet, "match_flags").get("a2"), is("flag-a2"));

    // Asked for two columns, the Parquet reader decodes those two only.
    List<java.util.Set<String>> projected = new ArrayList<>();
    OutputReader.forEach(
        dir,
        OutputTables.MATCHED,
        java.util.Set.of("award_id", "recipient_uei"),
        r -> projected.add(r.values().keySet()));
    assertThat(projected.size(), is(3));
    assertThat(projected, everyItem(is(java.util.Set.of("award_id", "recipient_uei"))));

    // CSV: the same rows, each shard with the header line first.
    Path table = dir.resolve(OutputTables.MATCHED);
    Path csvOnly = Files.createDirectories(dir.resolve("csv-only").resolve(OutputTables.MATCHED));
    List<String> firstLines = new ArrayList<>();
    try (Stream<Path> files = Files.list(table)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        firstLines.add(Files.readAllLines(f, StandardCharsets.UTF_8).get(0));
        Files.copy(f, csvOnly.resolve(f.getFileName()));
      }
    }
    assertThat(firstLines.isEmpty(), is(false));
    assertThat(firstLines, everyItem(startsWith(CsvRows.header(OutputTables.linkedSchema()))));
    List<OutputReader.OutputRow> csv = OutputReader.readAll(dir.resolve("csv-only"), "matched");
    for (String column : List.of("company", "recipient_uei", "recipient_name", "match_flags")) {
      assertThat(column, byId(csv, column), is(byId(parquet, column)));
    }
    assertThat(
        csv.stream().map(r -> r.number("match_probability")).toList(),
        containsInAnyOrder(0.99, null, 0.5));
  }
}
