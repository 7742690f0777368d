package org.sbiretl.pipeline.quality;

import java.util.List;
import java.util.Map;

/** Every gate of one run, in a fixed order. */
public record GateReport(List<GateResult> gates) {

  /** The gates that fail the run (status FAILED, severity ERROR). */
  public List<GateResult> failing() {
    return gates.stream().filter(GateResult::failsRun).toList();
  }

  public boolean passed() {
    return failing().isEmpty();
  }

  public List<Map<String, Object>> toJson() {
    return gates.stream().map(GateResult::toJson).toList();
  }

  public static GateReport fromJson(List<?> entries) {
    return new GateReport(entries.stream().map(e -> GateResult.fromJson((Map<?, ?>) e)).toList());
  }
}
