package org.sbiretl.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.enrich.EnrichAwards;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunnerChoice;

/**
 * The same input through the Direct runner and embedded Flink must give the same rows in every
 * output, CSV and Parquet, the same counters and the same estimated model. The Direct runner is the
 * reference, run with its immutability and encodability checks on (a step that changes an element
 * it was given, or an element its coder does not round-trip, fails the test); Flink at parallelism
 * 2 shuffles, fuses and splits bundles differently, so any order- or bundle-dependent logic in the
 * pipeline shows up as a difference.
 *
 * <p>No counter is excluded: every counter the job reports counts elements or keys, and none
 * depends on bundling. Size: 60 awards × 600 recipients, ~35 s on the Direct runner (mostly its
 * fixed cost per stage) and ~20 s on embedded Flink.
 */
class RunnerParityTest {
  private static final int AWARDS = 60;
  private static final int RECIPIENTS = 600;

  @TempDir static Path work;
  private static TestInputs inputs;

  @BeforeAll
  static void generate() throws IOException {
    inputs = TestInputs.generate(work.resolve("in"), AWARDS, RECIPIENTS);
  }

  @Test
  void directAndEmbeddedFlinkAgree() throws IOException {
    Path directOut = work.resolve("direct");
    Path flinkOut = work.resolve("flink");
    EnrichRun.Result direct = InProcessRun.enrich(inputs, RunnerChoice.DIRECT, directOut, "both");
    EnrichRun.Result flink = InProcessRun.enrich(inputs, RunnerChoice.FLINK, flinkOut, "both");

    // The input is meant to reach every output; an empty table would compare equal vacuously.
    for (String table : InProcessRun.tables()) {
      assertFalse(OutputRows.of(directOut, table).isEmpty(), "direct run wrote no " + table);
      assertFalse(
          OutputRows.ofParquet(directOut, table).isEmpty(), "direct run wrote no Parquet " + table);
    }
    // Two malformed rows and the planted review award (TestInputs).
    assertEquals(AWARDS + 3, direct.counts().awardsRead());
    assertTrue(direct.counts().conserved(), "conservation broken on the Direct runner");

    OutputRows.assertSameRows(directOut, flinkOut);
    OutputRows.assertSameParquetRows(directOut, flinkOut);
    assertEquals(direct.counts().counters(), flink.counts().counters(), "counters");
    // The exact percentiles come from a Combine of their own: present, and equal on both runners.
    Map<?, ?> perAward = (Map<?, ?>) ((Map<?, ?>) blocking(direct)).get("candidates_per_award");
    assertTrue(perAward.containsKey("p99"), "candidates_per_award has no p99: " + perAward);
    assertEquals(
        blocking(direct),
        blocking(flink),
        "blocking summary (candidates per award distribution and percentiles)");
    assertEquals(
        Files.readString(directOut.resolve(EnrichAwards.DIAGNOSTICS).resolve("model.json")),
        Files.readString(flinkOut.resolve(EnrichAwards.DIAGNOSTICS).resolve("model.json")),
        "estimated model");
  }

  private static Object blocking(EnrichRun.Result result) {
    return result.summary().get("blocking");
  }
}
