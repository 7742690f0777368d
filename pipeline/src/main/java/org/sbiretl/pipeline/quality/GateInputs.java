package org.sbiretl.pipeline.quality;

import java.util.List;
import org.sbiretl.pipeline.output.OutputTables;

/** The counts the gates are computed from: the run's counters plus the matched-row completeness. */
public record GateInputs(
    long awardsRead,
    long validAwards,
    long unflaggedAwards,
    long matched,
    long review,
    long unmatched,
    long errors,
    Completeness completeness,
    ById byId,
    long peakMemoryMb) {

  /** {@link #peakMemoryMb} when the run's peak memory is not known. */
  public static final long UNKNOWN = -1;

  /**
   * The per-award conservation counts ({@link CheckEachAwardOnce}): valid awards found in exactly
   * one output, in none, in more than one; and output rows whose award was never read.
   */
  public record ById(long once, long missing, long repeated, long unread, List<String> examples) {
    /** Counts without example ids. */
    public ById(long once, long missing, long repeated, long unread) {
      this(once, missing, repeated, unread, List.of());
    }

    /**
     * @param examples a few violations as "id (violation)", from the violation rows the run wrote
     */
    public static ById of(RunCounts counts, List<String> examples) {
      return new ById(
          counts.get(CheckEachAwardOnce.ONCE),
          counts.get(CheckEachAwardOnce.MISSING),
          counts.get(CheckEachAwardOnce.REPEATED),
          counts.get(CheckEachAwardOnce.UNREAD),
          List.copyOf(examples));
    }

    /** Each of the given number of valid awards in exactly one output, and nothing else there. */
    public boolean holdsFor(long validAwards) {
      return once == validAwards && missing == 0 && repeated == 0 && unread == 0;
    }
  }

  /**
   * @param peakMemoryMb peak resident memory of the process that ran the job, or {@link #UNKNOWN}
   */
  public static GateInputs of(
      RunCounts counts, Completeness completeness, long peakMemoryMb, List<String> violations) {
    return new GateInputs(
        counts.awardsRead(),
        counts.validAwards(),
        counts.unflaggedAwards(),
        counts.output(OutputTables.MATCHED),
        counts.output(OutputTables.REVIEW),
        counts.output(OutputTables.UNMATCHED),
        counts.output(OutputTables.ERRORS),
        completeness,
        ById.of(counts, violations),
        peakMemoryMb);
  }

  public long accountedFor() {
    return matched + review + unmatched + errors;
  }
}
