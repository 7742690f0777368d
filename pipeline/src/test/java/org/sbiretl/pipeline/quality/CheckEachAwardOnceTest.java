package org.sbiretl.pipeline.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;

/** Counts each award by id: once, missing, repeated, or an outcome of an award never read. */
class CheckEachAwardOnceTest {
  private static Award award(String id) {
    Award a = new Award();
    a.awardId = id;
    a.company = "Acme " + id;
    return a;
  }

  private static LinkedAward outcome(String id, String outcome) {
    LinkOutcome l = new LinkOutcome();
    l.awardId = id;
    l.outcome = outcome;
    return LinkedAward.of(award(id), l);
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(CheckEachAwardOnce.NAMESPACE, name))
                    .build())
            .getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  @Test
  void eachIdIsCountedByWhereItLanded() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    // a1 once; a2 in two outputs; a3 in none; a4 in an output but never read.
    org.apache.beam.sdk.values.PCollection<String> violations =
        PCollectionTuple.of(
                CheckEachAwardOnce.AWARDS,
                p.apply("Awards", Create.of(List.of(award("a1"), award("a2"), award("a3")))))
            .and(
                CheckEachAwardOnce.OUTCOMES,
                p.apply(
                    "Outcomes",
                    Create.of(
                        List.of(
                            outcome("a1", LinkOutcome.MATCHED),
                            outcome("a2", LinkOutcome.MATCHED),
                            outcome("a2", LinkOutcome.REVIEW),
                            outcome("a4", LinkOutcome.UNMATCHED)))))
            .apply(new CheckEachAwardOnce());
    // One row per id that did not land exactly once, with how often it was read and written.
    org.apache.beam.sdk.testing.PAssert.that(violations)
        .containsInAnyOrder("a2,repeated,1,2", "a3,missing,1,0", "a4,unread,0,1");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, CheckEachAwardOnce.ONCE), is(1L));
    assertThat(counter(result, CheckEachAwardOnce.REPEATED), is(2L));
    assertThat(counter(result, CheckEachAwardOnce.MISSING), is(1L));
    assertThat(counter(result, CheckEachAwardOnce.UNREAD), is(1L));
  }
}
