package org.sbiretl.pipeline.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/**
 * The Beam counters of one finished run, keyed by counter name ({@code awards.read}, {@code
 * matched.uei-exact}, {@code errors.ragged-row}, ...), with what identifies the run.
 *
 * <p>A counter reported by several steps (or namespaces) under the same name is summed: the name is
 * what a person reads, and the project never reuses a name for two different things.
 *
 * @param jobName the pipeline's job name (the Pushgateway {@code job})
 * @param runId the run's identifier (a Flink job id, or one the launcher chose)
 * @param state the runner's final state as reported (e.g. {@code DONE}, {@code FINISHED})
 * @param startedAt when the run started
 * @param finishedAt when the run finished (or when the metrics were read)
 * @param counters counter name to value; sorted and unmodifiable
 */
public record RunMetrics(
    String jobName,
    String runId,
    String state,
    Instant startedAt,
    Instant finishedAt,
    SortedMap<String, Long> counters) {

  public RunMetrics {
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    counters = Collections.unmodifiableSortedMap(new TreeMap<>(counters));
  }

  /** Builds the model from any map of counters (copied). */
  public static RunMetrics of(
      String jobName,
      String runId,
      String state,
      Instant startedAt,
      Instant finishedAt,
      Map<String, Long> counters) {
    return new RunMetrics(jobName, runId, state, startedAt, finishedAt, new TreeMap<>(counters));
  }

  /**
   * Reads the counters of a run that has finished ({@code waitUntilFinish()} returned); the finish
   * time is now.
   */
  public static RunMetrics fromPipelineResult(
      String jobName, String runId, Instant startedAt, PipelineResult result) {
    return of(
        jobName,
        runId,
        String.valueOf(result.getState()),
        startedAt,
        Instant.now(),
        attemptedCounters(result));
  }

  /**
   * All counters of {@code result}, summed by name across steps. Uses attempted values: the Flink
   * runner throws {@link UnsupportedOperationException} for committed ones, and a finished batch
   * run has no retried bundles whose attempts could differ from the commits.
   */
  public static SortedMap<String, Long> attemptedCounters(PipelineResult result) {
    MetricQueryResults query = result.metrics().queryMetrics(MetricsFilter.builder().build());
    SortedMap<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : query.getCounters()) {
      Long attempted = counter.getAttempted();
      if (attempted != null) {
        counters.merge(counter.getName().getName(), attempted, Long::sum);
      }
    }
    return counters;
  }

  /** The value of counter {@code name}, 0 if the run never incremented it. */
  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** Wall-clock duration of the run. */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }
}
