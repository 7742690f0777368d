package org.sbiretl.pipeline.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sbiretl.pipeline.config.Severity;

/**
 * One evaluated gate: its measure, the threshold it is compared with, and what a failure does.
 *
 * @param value the measure, or null when there was no data to compute it
 * @param comparator {@code >=}, {@code <=} or {@code ==}: how {@code value} must relate to {@code
 *     threshold} to pass
 * @param note why the gate has no data, or what its counts were; shown next to the gate
 */
public record GateResult(
    String name,
    Double value,
    double threshold,
    String comparator,
    Severity severity,
    GateStatus status,
    String note) {

  /** Failed with severity ERROR: the run fails. */
  public boolean failsRun() {
    return status == GateStatus.FAILED && severity == Severity.ERROR;
  }

  /** The entry of the {@code gates} section of run-summary.json and the report. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", value == null ? null : round(value));
    m.put("threshold", round(threshold));
    m.put("comparator", comparator);
    m.put("severity", severity.name());
    m.put("status", status.label());
    m.put("passed", status == GateStatus.NO_DATA ? null : status == GateStatus.PASSED);
    m.put("note", note);
    return m;
  }

  /** Reads an entry written by {@link #toJson()}. */
  public static GateResult fromJson(Map<?, ?> m) {
    Object value = m.get("value");
    return new GateResult(
        String.valueOf(m.get("name")),
        value == null ? null : ((Number) value).doubleValue(),
        ((Number) m.get("threshold")).doubleValue(),
        String.valueOf(m.get("comparator")),
        Severity.valueOf(String.valueOf(m.get("severity"))),
        GateStatus.valueOf(
            String.valueOf(m.get("status")).toUpperCase(Locale.ROOT).replace(' ', '_')),
        m.get("note") == null ? "" : String.valueOf(m.get("note")));
  }

  static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
