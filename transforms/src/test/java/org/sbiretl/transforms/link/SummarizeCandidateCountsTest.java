package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.link.SummarizeCandidateCounts.Summary;

/** {@link SummarizeCandidateCounts}: exact nearest-rank percentiles, and zeros for no award. */
class SummarizeCandidateCountsTest {

  @Test
  void percentilesOfAHundredAwardsAreExact() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    // 100 awards: 60 with 1 candidate, 30 with 5, 9 with 20 and one with 150 (the cap).
    List<Integer> counts = new ArrayList<>();
    counts.addAll(Collections.nCopies(60, 1));
    counts.addAll(Collections.nCopies(30, 5));
    counts.addAll(Collections.nCopies(9, 20));
    counts.add(150);
    Collections.shuffle(counts, new Random(7));
    PCollection<Summary> out =
        p.apply(Create.of(counts).withCoder(VarIntCoder.of()))
            .apply(new SummarizeCandidateCounts());
    // Rank 50 is a 1, rank 90 the last 5, rank 99 the last 20; the max is the capped award.
    PAssert.thatSingleton(out).isEqualTo(new Summary(100, 1, 5, 20, 150));
    p.run().waitUntilFinish();
  }

  @Test
  void noAwardGivesZeros() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<Summary> out =
        p.apply(Create.empty(VarIntCoder.of())).apply(new SummarizeCandidateCounts());
    PAssert.thatSingleton(out).isEqualTo(new Summary(0, 0, 0, 0, 0));
    p.run().waitUntilFinish();
  }

  @Test
  void fewAwardsRoundTheRankUp() {
    // Two awards: p50 is rank 1 (the smaller), p90 and p99 are rank 2 (the larger).
    assertThat(
        SummarizeCandidateCounts.summarise(Map.of(0, 1L, 7, 1L)), is(new Summary(2, 0, 7, 7, 7)));
    // One award: every percentile is its count.
    assertThat(SummarizeCandidateCounts.summarise(Map.of(3, 1L)), is(new Summary(1, 3, 3, 3, 3)));
    // 1000 awards, p99 is rank 990: with 989 twos it is a 9, with 990 twos it is a 2.
    assertThat(SummarizeCandidateCounts.summarise(Map.of(2, 989L, 9, 11L)).p99(), is(9));
    assertThat(SummarizeCandidateCounts.summarise(Map.of(2, 990L, 9, 10L)).p99(), is(2));
  }
}
