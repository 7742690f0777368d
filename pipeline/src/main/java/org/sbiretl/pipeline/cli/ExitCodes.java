package org.sbiretl.pipeline.cli;

/** Process exit codes, documented in the README and {@code sbir-etl --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int RUN_FAILED = 1;
  public static final int GATE_FAILED = 2;

  private ExitCodes() {}
}
