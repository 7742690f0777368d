package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunnerChoice;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * Parity where a group holds more than 10,000 values: one firm's recipient row repeated 10,050
 * times under its UEI puts all of them, with the firm's awards, under one identifier key in the
 * model's join, and in one block. Beyond 10,000 values Beam's Flink runner no longer caches a group
 * in memory; a group read more than once then needs {@code reIterableGroupByKeyResult}, which the
 * runner choice sets. Direct and embedded Flink at parallelism 2 must give the same rows and
 * counters.
 */
class LargeGroupParityTest {
  private static final int COPIES = 10_050;

  @TempDir static Path work;

  @Test
  void aGroupOfMoreThanTenThousandValuesGivesTheSameOutputsOnBothRunners() throws IOException {
    TestInputs inputs = TestInputs.generate(work.resolve("in"), 40, 400);
    String uei = repeatALinkedRecipient(inputs);

    Path directOut = work.resolve("direct");
    Path flinkOut = work.resolve("flink");
    // Without the Direct runner's model checks: RunnerParityTest runs them on every step.
    EnrichRun.Result direct =
        InProcessRun.enrich(inputs, RunnerChoice.DIRECT, directOut, "csv", false);
    EnrichRun.Result flink = InProcessRun.enrich(inputs, RunnerChoice.FLINK, flinkOut);

    assertTrue(direct.counts().conserved(), "conservation broken on the Direct runner");
    assertTrue(flink.counts().conserved(), "conservation broken on Flink");
    assertFalse(
        OutputRows.of(directOut, OutputTables.MATCHED).stream().noneMatch(r -> r.contains(uei)),
        "no award linked to the repeated recipient " + uei);
    OutputRows.assertSameRows(directOut, flinkOut);
    assertEquals(direct.counts().counters(), flink.counts().counters(), "counters");
  }

  /** Appends {@code COPIES} copies of the recipient row of a UEI-linked award; returns the UEI. */
  private static String repeatALinkedRecipient(TestInputs inputs) throws IOException {
    CSVFormat withHeader =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    Map<String, String> expected = new HashMap<>();
    Path truth = inputs.awards().resolveSibling("truth.csv");
    try (var rows = withHeader.parse(Files.newBufferedReader(truth, StandardCharsets.UTF_8))) {
      rows.forEach(t -> expected.put(t.get(0), t.get(1)));
    }
    String uei;
    try (var rows =
        withHeader.parse(Files.newBufferedReader(inputs.awards(), StandardCharsets.UTF_8))) {
      uei =
          rows.stream()
              .filter(r -> r.isMapped("UEI") && r.isSet("UEI"))
              .map(r -> r.get("UEI").strip().toUpperCase(Locale.ROOT))
              .filter(u -> !u.isEmpty() && expected.containsValue(u))
              .findFirst()
              .orElseThrow();
    }
    CSVRecord recipient;
    try (var rows =
        withHeader.parse(Files.newBufferedReader(inputs.recipients(), StandardCharsets.UTF_8))) {
      recipient =
          rows.stream()
              .filter(r -> r.isSet("uei") && r.get("uei").equals(uei))
              .findFirst()
              .orElseThrow();
    }
    StringBuilder copies = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(copies, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
      for (int i = 0; i < COPIES; i++) {
        List<String> values = new ArrayList<>(recipient.toList());
        values.set(0, Integer.toString(8_000_000 + i)); // id
        printer.printRecord(values);
      }
    }
    Files.writeString(
        inputs.recipients(), copies, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return uei;
  }
}
