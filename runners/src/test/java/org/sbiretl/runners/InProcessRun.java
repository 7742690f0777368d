package org.sbiretl.runners;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.enrich.EnrichAwards;
import org.sbiretl.pipeline.enrich.EnrichRequest;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunnerChoice;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.transforms.cet.CetTables;

/** Runs the enrichment job inside the test JVM, the way {@code sbir-etl enrich} would. */
final class InProcessRun {
  private InProcessRun() {}

  /**
   * Runs {@code inputs} on {@code runner} (Flink: embedded, parallelism 2, so data is shuffled
   * between two subtasks; Direct: with Beam's immutability and encodability checks) with CSV output
   * and the thresholds of {@link TestInputs#REVIEW_SETTINGS}. The configuration ignores the
   * environment, so a developer's {@code SBIR_ETL_*} variables cannot change the result.
   */
  static EnrichRun.Result enrich(TestInputs inputs, RunnerChoice runner, Path output)
      throws IOException {
    return enrich(inputs, runner, output, "csv");
  }

  /** As above, writing {@code format}: {@code csv}, {@code parquet} or {@code both}. */
  static EnrichRun.Result enrich(TestInputs inputs, RunnerChoice runner, Path output, String format)
      throws IOException {
    return enrich(inputs, runner, output, format, runner == RunnerChoice.DIRECT);
  }

  /**
   * As above; {@code modelChecks} turns the Direct runner's immutability and encodability checks on
   * or off (they re-encode every element at every step: minutes for ten thousand awards).
   */
  static EnrichRun.Result enrich(
      TestInputs inputs, RunnerChoice runner, Path output, String format, boolean modelChecks)
      throws IOException {
    List<String> sets = new ArrayList<>(List.of(TestInputs.REVIEW_SETTINGS));
    sets.add("output.format=" + format);
    EtlConfig config = ConfigLoader.load(null, null, null, Map.of(), sets);
    int parallelism = runner == RunnerChoice.FLINK ? 2 : 0;
    return EnrichRun.run(
        new EnrichRequest(
            inputs.awards().toString(),
            inputs.recipients().toString(),
            output.toAbsolutePath().toString(),
            runner,
            null,
            parallelism,
            config,
            modelChecks));
  }

  /** Every table a run writes rows to: the four award outputs and the recipient errors. */
  static List<String> tables() {
    List<String> tables = new ArrayList<>(OutputTables.ALL);
    tables.add(EnrichAwards.RECIPIENT_ERRORS);
    tables.add(CetTables.CLASSIFICATIONS);
    tables.add(CetTables.PROFILES);
    return tables;
  }
}
