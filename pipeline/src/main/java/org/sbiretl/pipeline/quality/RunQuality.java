package org.sbiretl.pipeline.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sbiretl.pipeline.output.OutputReader;
import org.sbiretl.pipeline.output.OutputTables;

/** The gates of a finished run, from its counters and its written matched output. */
public final class RunQuality {
  private RunQuality() {}

  /**
   * @param peakMemoryMb peak resident memory of the process that ran the job, or {@link
   *     GateInputs#UNKNOWN}
   */
  public static GateReport gates(
      Path outputDir, RunCounts counts, GateSettings settings, long peakMemoryMb)
      throws IOException {
    Completeness completeness =
        counts.output(OutputTables.MATCHED) == 0
            ? Completeness.NONE
            : Completeness.ofMatched(outputDir);
    return QualityGates.evaluate(
        GateInputs.of(counts, completeness, peakMemoryMb, violations(outputDir)), settings);
  }

  /** How many violating ids the conservation gate names; the rest are in the violation file. */
  static final int NAMED_VIOLATIONS = 5;

  /**
   * The first violations of the per-award check, as "id (violation)", from {@code
   * _diagnostics/conservation-violations.csv}; none when the run wrote no such file.
   */
  static List<String> violations(Path outputDir) throws IOException {
    Path file =
        outputDir.resolve(OutputTables.DIAGNOSTICS).resolve(CheckEachAwardOnce.VIOLATIONS + ".csv");
    List<String> named = new ArrayList<>();
    if (Files.exists(file)) {
      OutputReader.forEachCsvRow(
          file,
          row -> {
            if (named.size() < NAMED_VIOLATIONS) {
              named.add(row.text("award_id") + " (" + row.text("violation") + ")");
            }
          });
    }
    return named;
  }
}
