package org.sbiretl.pipeline.config;

/** What a failed quality gate does to the run. */
public enum Severity {
  /** The run fails (non-zero exit). */
  ERROR,
  /** The failure is reported; the run succeeds. */
  WARN
}
