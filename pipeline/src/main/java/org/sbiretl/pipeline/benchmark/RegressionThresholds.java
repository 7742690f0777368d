package org.sbiretl.pipeline.benchmark;

import org.sbiretl.pipeline.config.EtlConfig;

/**
 * How much worse than the baseline a benchmark may be: time and peak memory in percent of the
 * baseline's median (a warning, then a failure), match rate and precision in percentage points.
 */
public record RegressionThresholds(
    double timeWarningPct,
    double timeFailurePct,
    double memoryWarningPct,
    double memoryFailurePct,
    double matchRateFailurePp,
    double precisionFailurePp) {

  public static RegressionThresholds of(EtlConfig config) {
    EtlConfig.Benchmark b = config.benchmark();
    return new RegressionThresholds(
        b.timeWarningPct(),
        b.timeFailurePct(),
        b.memoryWarningPct(),
        b.memoryFailurePct(),
        b.matchRateFailurePp(),
        b.precisionFailurePp());
  }
}
