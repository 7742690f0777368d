package org.sbiretl.pipeline.quality;

import java.util.List;
import org.sbiretl.pipeline.config.Severity;
import org.sbiretl.pipeline.output.OutputTables;

/**
 * Evaluates the six quality gates of a finished run. Rates without a denominator (no awards, no
 * valid awards, no matched rows) are {@link GateStatus#NO_DATA}: an empty input is not a bad input,
 * and a gate cannot honestly pass or fail on nothing.
 */
public final class QualityGates {
  public static final String MATCH_RATE = "match_rate";
  public static final String COMPLETENESS = "completeness";
  public static final String DATA_QUALITY = "data_quality";
  public static final String ERROR_RATE = "error_rate";
  public static final String CONSERVATION = "conservation";
  public static final String MEMORY = "memory";

  /** The comparator of a gate that passes at or above its threshold. */
  public static final String AT_LEAST = ">=";

  private static final String AT_MOST = "<=";
  private static final String EQUALS = "==";

  private QualityGates() {}

  public static GateReport evaluate(GateInputs in, GateSettings s) {
    return new GateReport(
        List.of(
            rate(
                MATCH_RATE,
                in.matched(),
                in.validAwards(),
                AT_LEAST,
                s.matchRateThreshold(),
                s,
                "matched %,d of %,d valid awards (review rows do not count)",
                "no valid awards: match rate not applicable"),
            completeness(in.completeness(), s),
            dataQuality(in, s),
            rate(
                ERROR_RATE,
                in.errors(),
                in.awardsRead(),
                AT_MOST,
                s.errorRateThreshold(),
                s,
                "%,d of %,d rows read went to errors",
                "no rows read"),
            conservation(in, s),
            memory(in, s)));
  }

  /**
   * The share of valid awards with every field readable: no field-level data-quality flag. The
   * share of rows rejected outright is the {@code error_rate} gate; this one sees the rows that
   * were kept but lost a UEI, a date or an amount on the way.
   */
  private static GateResult dataQuality(GateInputs in, GateSettings s) {
    if (in.unflaggedAwards() < 0) {
      return new GateResult(
          DATA_QUALITY,
          null,
          s.dataQualityThreshold(),
          AT_LEAST,
          s.severity(DATA_QUALITY),
          GateStatus.NO_DATA,
          "not recorded by the run that wrote this output");
    }
    return rate(
        DATA_QUALITY,
        in.unflaggedAwards(),
        in.validAwards(),
        AT_LEAST,
        s.dataQualityThreshold(),
        s,
        "%,d of %,d valid awards had no field-level flag",
        "no valid awards: data quality not applicable");
  }

  /** Gates whose value is a count (awards, megabytes), not a share. */
  public static boolean isCount(String gate) {
    return CONSERVATION.equals(gate) || MEMORY.equals(gate);
  }

  /**
   * Peak resident memory of the process that ran the job, in MB, against {@code
   * memory_threshold_mb}: the whole job on the embedded runners, the client alone for a cluster run
   * (the TaskManagers' memory is the cluster's, see docs/flink.md).
   */
  private static GateResult memory(GateInputs in, GateSettings s) {
    double threshold = s.memoryThresholdMb();
    if (s.memoryThresholdMb() <= 0 || in.peakMemoryMb() < 0) {
      return new GateResult(
          MEMORY,
          null,
          threshold,
          AT_MOST,
          s.severity(MEMORY),
          GateStatus.NO_DATA,
          s.memoryThresholdMb() <= 0
              ? "memory_threshold_mb is 0: not checked"
              : "peak memory not recorded");
    }
    return new GateResult(
        MEMORY,
        (double) in.peakMemoryMb(),
        threshold,
        AT_MOST,
        s.severity(MEMORY),
        in.peakMemoryMb() <= threshold ? GateStatus.PASSED : GateStatus.FAILED,
        String.format(
            "peak resident memory of the run's process %,d MB (limit %,d MB)",
            in.peakMemoryMb(), s.memoryThresholdMb()));
  }

  private static GateResult rate(
      String name,
      long numerator,
      long denominator,
      String comparator,
      double threshold,
      GateSettings s,
      String countsNote,
      String noDataNote) {
    return rate(
        name,
        numerator,
        denominator,
        comparator,
        threshold,
        s.severity(name),
        countsNote,
        noDataNote);
  }

  /**
   * A gate on {@code numerator / denominator}: {@link GateStatus#NO_DATA} without a denominator,
   * else passed or failed against {@code threshold} by {@code comparator}. {@code countsNote} is
   * formatted with the numerator and the denominator.
   */
  public static GateResult rate(
      String name,
      long numerator,
      long denominator,
      String comparator,
      double threshold,
      Severity severity,
      String countsNote,
      String noDataNote) {
    if (denominator <= 0) {
      return new GateResult(
          name, null, threshold, comparator, severity, GateStatus.NO_DATA, noDataNote);
    }
    double value = (double) numerator / denominator;
    boolean ok = comparator.equals(AT_LEAST) ? value >= threshold : value <= threshold;
    return new GateResult(
        name,
        value,
        threshold,
        comparator,
        severity,
        ok ? GateStatus.PASSED : GateStatus.FAILED,
        String.format(countsNote, numerator, denominator));
  }

  private static GateResult completeness(Completeness c, GateSettings s) {
    GateResult r =
        rate(
            COMPLETENESS,
            c.present(),
            c.required(),
            AT_LEAST,
            s.completenessThreshold(),
            s,
            "%,d of %,d required fields present on matched rows",
            "no matched rows");
    StringBuilder missing = new StringBuilder();
    c.missingByField()
        .forEach(
            (field, n) -> {
              if (n > 0) {
                missing.append(missing.length() == 0 ? "; missing: " : ", ");
                missing.append(field).append(' ').append(String.format("%,d", n));
              }
            });
    return missing.length() == 0
        ? r
        : new GateResult(
            r.name(),
            r.value(),
            r.threshold(),
            r.comparator(),
            r.severity(),
            r.status(),
            r.note() + missing);
  }

  /**
   * Exact: every award read is in exactly one output, by count (read = matched + review + unmatched
   * + errors) and by id (each valid award's id in exactly one of matched, review and unmatched, and
   * no id there that was not read). Holds trivially for an empty input.
   */
  private static GateResult conservation(GateInputs in, GateSettings s) {
    GateInputs.ById byId = in.byId();
    boolean holds = in.awardsRead() == in.accountedFor() && byId.holdsFor(in.validAwards());
    return new GateResult(
        CONSERVATION,
        (double) in.accountedFor(),
        in.awardsRead(),
        EQUALS,
        s.severity(CONSERVATION),
        holds ? GateStatus.PASSED : GateStatus.FAILED,
        String.format(
                "%,d read; %,d matched + %,d review + %,d unmatched + %,d errors = %,d; by id: %,d of"
                    + " %,d valid awards once, %,d missing, %,d repeated, %,d unread",
                in.awardsRead(),
                in.matched(),
                in.review(),
                in.unmatched(),
                in.errors(),
                in.accountedFor(),
                byId.once(),
                in.validAwards(),
                byId.missing(),
                byId.repeated(),
                byId.unread())
            + (byId.examples().isEmpty()
                ? ""
                : "; first: "
                    + String.join(", ", byId.examples())
                    + " (all in "
                    + OutputTables.DIAGNOSTICS
                    + "/"
                    + CheckEachAwardOnce.VIOLATIONS
                    + ".csv)"));
  }
}
