package org.sbiretl.pipeline.quality;

import org.sbiretl.pipeline.enrich.RunCounts;
import org.sbiretl.pipeline.output.OutputTables;

/** The counts the gates are computed from: the run's counters plus the matched-row completeness. */
public record GateInputs(
    long awardsRead,
    long validAwards,
    long matched,
    long review,
    long unmatched,
    long errors,
    Completeness completeness) {

  public static GateInputs of(RunCounts counts, Completeness completeness) {
    return new GateInputs(
        counts.awardsRead(),
        counts.validAwards(),
        counts.output(OutputTables.MATCHED),
        counts.output(OutputTables.REVIEW),
        counts.output(OutputTables.UNMATCHED),
        counts.output(OutputTables.ERRORS),
        completeness);
  }

  public long accountedFor() {
    return matched + review + unmatched + errors;
  }
}
