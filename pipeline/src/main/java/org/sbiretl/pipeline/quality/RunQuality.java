package org.sbiretl.pipeline.quality;

import java.io.IOException;
import java.nio.file.Path;

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
        counts.output(org.sbiretl.pipeline.output.OutputTables.MATCHED) == 0
            ? Completeness.NONE
            : Completeness.ofMatched(outputDir);
    return QualityGates.evaluate(GateInputs.of(counts, completeness, peakMemoryMb), settings);
  }
}
