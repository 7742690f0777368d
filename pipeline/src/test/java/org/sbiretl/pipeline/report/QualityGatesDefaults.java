package org.sbiretl.pipeline.report;

import java.util.Map;
import org.sbiretl.pipeline.config.Severity;
import org.sbiretl.pipeline.quality.GateSettings;

/** The default gate settings of config/base.yaml, for report tests. */
final class QualityGatesDefaults {
  private QualityGatesDefaults() {}

  static GateSettings settings() {
    return new GateSettings(
        0.70,
        0.95,
        0.95,
        0.05,
        Map.of(
            "match_rate", Severity.ERROR,
            "completeness", Severity.ERROR,
            "data_quality", Severity.ERROR,
            "error_rate", Severity.WARN,
            "conservation", Severity.ERROR,
            "memory", Severity.WARN),
        50,
        2048);
  }
}
