package org.sbiretl.pipeline.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.DistributionResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.sbiretl.transforms.metrics.StageClock;

/**
 * When each stage of a run was at work, from its {@link StageClock}: the first bundle's start and
 * the last bundle's finish over every worker, in seconds from the run's start. Stages overlap where
 * the runner runs them side by side. These are the per-stage times {@code run-summary.json} and the
 * benchmark report.
 */
public final class StageTimes {
  /** The key of the stages in {@code run-summary.json}. */
  public static final String KEY = "stages";

  public static final String START = "start_s";
  public static final String END = "end_s";
  public static final String SECONDS = "seconds";

  private StageTimes() {}

  /** A stage clock's distribution as the runner reports it (one per step that holds it). */
  record Reading(String name, long count, long min, long max) {}

  static Map<String, Object> of(PipelineResult result, long startedMillis) {
    List<Reading> readings = new ArrayList<>();
    for (MetricResult<DistributionResult> d :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(StageClock.NAMESPACE))
                    .build())
            .getDistributions()) {
      DistributionResult v = d.getAttempted();
      readings.add(new Reading(d.getName().getName(), v.getCount(), v.getMin(), v.getMax()));
    }
    return of(readings, startedMillis);
  }

  /** Stage name → start, end and seconds, in the order the stages started. */
  static Map<String, Object> of(List<Reading> readings, long startedMillis) {
    Map<String, long[]> bounds = new HashMap<>();
    for (Reading r : readings) {
      if (r.count() == 0) {
        continue;
      }
      boolean start = r.name().endsWith(StageClock.STARTS);
      if (!start && !r.name().endsWith(StageClock.FINISHES)) {
        continue;
      }
      String stage =
          r.name()
              .substring(
                  0,
                  r.name().length()
                      - (start ? StageClock.STARTS.length() : StageClock.FINISHES.length()));
      long[] b = bounds.computeIfAbsent(stage, s -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
      if (start) {
        b[0] = Math.min(b[0], r.min());
      } else {
        b[1] = Math.max(b[1], r.max());
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    bounds.entrySet().stream()
        .filter(e -> e.getValue()[0] != Long.MAX_VALUE && e.getValue()[1] != Long.MIN_VALUE)
        .sorted(Comparator.comparingLong(e -> e.getValue()[0]))
        .forEach(
            e -> {
              long[] b = e.getValue();
              Map<String, Object> stage = new LinkedHashMap<>();
              stage.put(START, (b[0] - startedMillis) / 1000.0);
              stage.put(END, (b[1] - startedMillis) / 1000.0);
              stage.put(SECONDS, (b[1] - b[0]) / 1000.0);
              out.put(e.getKey(), stage);
            });
    return out;
  }
}
