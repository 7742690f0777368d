package org.sbiretl.pipeline.cet;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sbiretl.pipeline.config.Severity;

/**
 * Thresholds and severities of the two CET gates ({@code gates} in classification.yaml). Written to
 * run-summary.json ({@code cet.gates}) so that validate-quality judges a run by the settings it ran
 * with.
 */
public record CetGateSettings(
    double coverageThreshold,
    Severity coverageSeverity,
    double evidenceThreshold,
    Severity evidenceSeverity) {

  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(CetGates.COVERAGE, gate(coverageThreshold, coverageSeverity));
    m.put(CetGates.EVIDENCE_COVERAGE, gate(evidenceThreshold, evidenceSeverity));
    return m;
  }

  private static Map<String, Object> gate(double threshold, Severity severity) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threshold", threshold);
    m.put("severity", severity.name());
    return m;
  }

  /** From {@link #toJson()}'s form; null when {@code json} is null (no CET stage in that run). */
  public static CetGateSettings fromJson(Object json) {
    if (!(json instanceof Map<?, ?> m)) {
      return null;
    }
    Map<?, ?> c = (Map<?, ?>) m.get(CetGates.COVERAGE);
    Map<?, ?> e = (Map<?, ?>) m.get(CetGates.EVIDENCE_COVERAGE);
    return new CetGateSettings(
        ((Number) c.get("threshold")).doubleValue(),
        severity(c),
        ((Number) e.get("threshold")).doubleValue(),
        severity(e));
  }

  private static Severity severity(Map<?, ?> gate) {
    return Severity.valueOf(String.valueOf(gate.get("severity")).toUpperCase(Locale.ROOT));
  }
}
