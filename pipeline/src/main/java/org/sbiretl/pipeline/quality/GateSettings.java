package org.sbiretl.pipeline.quality;

import java.util.Map;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.config.Severity;

/**
 * The thresholds and severities the gates are judged by. Read from the live configuration by {@code
 * enrich}, and from the {@code config} section of run-summary.json by {@code validate-quality}, so
 * a report rebuilt later judges the run by the settings it ran with.
 */
public record GateSettings(
    double matchRateThreshold,
    double completenessThreshold,
    double dataQualityThreshold,
    double errorRateThreshold,
    Map<String, Severity> severities,
    int spotCheckSampleSize,
    int memoryThresholdMb) {

  public Severity severity(String gate) {
    return severities.getOrDefault(gate, Severity.ERROR);
  }

  public static GateSettings of(EtlConfig config) {
    EtlConfig.Quality q = config.quality();
    EtlConfig.Severities s = q.severity();
    return new GateSettings(
        config.matchRateThreshold(),
        q.completenessThreshold(),
        q.dataQualityThreshold(),
        q.errorRateThreshold(),
        Map.of(
            QualityGates.MATCH_RATE, s.matchRate(),
            QualityGates.COMPLETENESS, s.completeness(),
            QualityGates.DATA_QUALITY, s.dataQuality(),
            QualityGates.ERROR_RATE, s.errorRate(),
            QualityGates.CONSERVATION, s.conservation(),
            QualityGates.MEMORY, s.memory()),
        q.spotCheckSampleSize(),
        config.memoryThresholdMb());
  }

  /** From the effective configuration as written to run-summary.json ({@code config}). */
  public static GateSettings fromConfigJson(Map<?, ?> config) {
    Map<?, ?> q = (Map<?, ?>) config.get("quality");
    Map<?, ?> s = (Map<?, ?>) q.get("severity");
    return new GateSettings(
        number(config, "match_rate_threshold"),
        number(q, "completeness_threshold"),
        number(q, "data_quality_threshold"),
        number(q, "error_rate_threshold"),
        Map.of(
            QualityGates.MATCH_RATE, severity(s, "match_rate"),
            QualityGates.COMPLETENESS, severity(s, "completeness"),
            QualityGates.DATA_QUALITY, severity(s, "data_quality"),
            QualityGates.ERROR_RATE, severity(s, "error_rate"),
            QualityGates.CONSERVATION, severity(s, "conservation"),
            // Absent from summaries written before the memory gate existed: off.
            QualityGates.MEMORY, s.get("memory") == null ? Severity.WARN : severity(s, "memory")),
        (int) number(q, "spot_check_sample_size"),
        config.get("memory_threshold_mb") instanceof Number n ? n.intValue() : 0);
  }

  private static double number(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("run-summary.json: config key " + key + " is missing");
    }
    return n.doubleValue();
  }

  private static Severity severity(Map<?, ?> m, String key) {
    return Severity.valueOf(String.valueOf(m.get(key)).toUpperCase(java.util.Locale.ROOT));
  }
}
