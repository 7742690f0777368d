package org.sbiretl.pipeline.monitoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

  /** Counts every element under one name, and even ones again under a second. */
  static class CountFn extends DoFn<Integer, Integer> {
    private final Counter seen;
    private final Counter even = Metrics.counter("sbir", "values.even");

    CountFn(String name) {
      this.seen = Metrics.counter("sbir", name);
    }

    @ProcessElement
    public void process(@Element Integer value, OutputReceiver<Integer> out) {
      seen.inc();
      if (value % 2 == 0) {
        even.inc();
      }
      out.output(value);
    }
  }

  @Test
  void readsAttemptedCountersSummedAcrossSteps() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline
        .apply(Create.of(1, 2, 3, 4, 5))
        .apply("First", ParDo.of(new CountFn("awards.read")))
        .apply("Second", ParDo.of(new CountFn("awards.read")));
    Instant started = Instant.now();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    RunMetrics run = RunMetrics.fromPipelineResult("sbir-etl", "run-1", started, result);

    assertThat(run.counters(), equalTo(Map.of("awards.read", 10L, "values.even", 4L)));
    assertThat(run.state(), is("DONE"));
    assertThat(run.counter("never.incremented"), is(0L));
  }

  @Test
  void isImmutableCopyOfTheGivenCounters() {
    Map<String, Long> source = new HashMap<>(Map.of("b", 2L, "a", 1L));
    Instant start = Instant.parse("2024-05-01T10:00:00Z");
    RunMetrics run = RunMetrics.of("job", "id", "DONE", start, start.plusSeconds(90), source);
    source.put("c", 3L);

    assertThat(run.counters().keySet().toString(), is("[a, b]"));
    assertThat(run.duration(), is(Duration.ofSeconds(90)));
    assertThrows(UnsupportedOperationException.class, () -> run.counters().put("x", 1L));
  }
}
