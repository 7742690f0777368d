package org.sbiretl.pipeline.monitoring;

import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How a run ended, as monitoring sees it: the process's exit code and each quality gate's result. A
 * failed run has no gates; a run whose gate failed has exit code 2 and says which gate.
 *
 * @param exitCode 0 success, 1 the run failed, 2 a quality gate with severity ERROR failed
 * @param failure the one-line reason of a failed run, or null
 */
public record RunOutcome(int exitCode, @Nullable String failure, List<Gate> gates, long peakRssMb) {

  /** {@link #peakRssMb} when the run's peak memory is not known. */
  public static final long UNKNOWN_MEMORY = -1;

  /** The states pushed as {@code sbir_etl_run_info{state}}: what an alert rule selects on. */
  public static final String DONE = "DONE";

  public static final String GATE_FAILED = "GATE_FAILED";
  public static final String FAILED = "FAILED";

  /**
   * One gate as pushed.
   *
   * @param value the gate's measure, or null when it had no data
   * @param threshold what the value is compared with
   * @param status {@code passed}, {@code failed} or {@code no data}
   * @param severity {@code ERROR} or {@code WARN}
   */
  public record Gate(
      String name, @Nullable Double value, double threshold, String status, String severity) {
    public Gate {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(severity, "severity");
    }
  }

  public RunOutcome {
    gates = List.copyOf(gates);
  }

  /** A run that ended with a failure before its gates were judged. */
  public static RunOutcome failed(String failure) {
    return new RunOutcome(1, failure, List.of(), UNKNOWN_MEMORY);
  }

  /** {@link #DONE}, {@link #GATE_FAILED} or {@link #FAILED}, from the exit code. */
  public String state() {
    return switch (exitCode) {
      case 0 -> DONE;
      case 2 -> GATE_FAILED;
      default -> FAILED;
    };
  }
}
