package org.sbiretl.pipeline.quality;

/** The outcome of one quality gate. */
public enum GateStatus {
  PASSED,
  FAILED,
  /** The gate's measure has no denominator (for example no valid awards): neither pass nor fail. */
  NO_DATA;

  /** How reports, run-summary.json and the Pushgateway name it: passed, failed, no data. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
