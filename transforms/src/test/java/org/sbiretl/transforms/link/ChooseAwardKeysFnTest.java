package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/**
 * {@link GenerateCandidates.ChooseAwardKeysFn} on the Direct runner: which of an award's blocking
 * keys, each with its block size, are kept within the candidate budget.
 */
class ChooseAwardKeysFnTest {
  private static final long BUDGET = 10;

  /** An award id with its keys, given as alternating key and block size. */
  private static KV<String, Iterable<KV<String, Long>>> award(String id, Object... keysAndSizes) {
    List<KV<String, Long>> keys = new ArrayList<>();
    for (int i = 0; i < keysAndSizes.length; i += 2) {
      keys.add(KV.of((String) keysAndSizes[i], ((Number) keysAndSizes[i + 1]).longValue()));
    }
    return KV.of(id, keys);
  }

  private static PCollection<KV<String, String>> choose(
      TestPipeline p, long budget, List<KV<String, Iterable<KV<String, Long>>>> awards) {
    return p.apply(
            Create.of(awards)
                .withCoder(
                    KvCoder.of(
                        StringUtf8Coder.of(),
                        IterableCoder.of(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))))
        .apply(ParDo.of(new GenerateCandidates.ChooseAwardKeysFn(budget)));
  }

  private static long overBudget(PipelineResult result) {
    long total = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(
                        MetricNameFilter.named("blocking", "blocking.award-keys-over-budget"))
                    .build())
            .getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  private static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(false);
  }

  @Test
  void theSmallestBlocksAreKeptWithinTheBudgetAndIdentifierKeysAlways() {
    TestPipeline p = pipeline();
    Object[] keys = {
      "u:ACMERB000001", 1,
      "d:123456789", 50, // over the budget on its own, kept all the same
      "n:acmerobotics", 3,
      "t:acme:MA", 4,
      "p:acme:robotics", 4, // as small as t:acme:MA, and first by key
      "x:acmerobo:MA", 6,
      "c:boston:MA:ac", 100
    };
    List<Object> reversed = new ArrayList<>();
    for (int i = keys.length - 2; i >= 0; i -= 2) {
      reversed.add(keys[i]);
      reversed.add(keys[i + 1]);
    }
    PCollection<KV<String, String>> kept =
        choose(
            p, BUDGET, List.of(award("a-listed", keys), award("a-reversed", reversed.toArray())));

    // 3 + 4 = 7 of the budget of 10 is used; t:acme:MA (4) or anything larger would exceed it.
    PAssert.that(kept)
        .containsInAnyOrder(
            List.of(
                KV.of("u:ACMERB000001", "a-listed"),
                KV.of("d:123456789", "a-listed"),
                KV.of("n:acmerobotics", "a-listed"),
                KV.of("p:acme:robotics", "a-listed"),
                KV.of("u:ACMERB000001", "a-reversed"),
                KV.of("d:123456789", "a-reversed"),
                KV.of("n:acmerobotics", "a-reversed"),
                KV.of("p:acme:robotics", "a-reversed")));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(overBudget(result), is(6L));
  }

  @Test
  void theMinimumNumberOfNameKeysIsKeptWhateverTheirSize() {
    TestPipeline p = pipeline();
    PCollection<KV<String, String>> kept =
        choose(
            p,
            BUDGET,
            List.of(
                award("a-common", "t:inc:MA", 400, "n:x", 300, "p:a:b", 500, "d:987654321", 1000),
                award("a-one", "n:rare", 500)));

    assertThat(GenerateCandidates.ChooseAwardKeysFn.MIN_NAME_KEYS, is(2));
    PAssert.that(kept)
        .containsInAnyOrder(
            List.of(
                KV.of("n:x", "a-common"),
                KV.of("t:inc:MA", "a-common"),
                KV.of("d:987654321", "a-common"),
                KV.of("n:rare", "a-one")));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(overBudget(result), is(1L));
  }

  @Test
  void blocksAddingUpToExactlyTheBudgetAreKept() {
    TestPipeline p = pipeline();
    PCollection<KV<String, String>> kept =
        choose(p, BUDGET, List.of(award("a-exact", "x:k4", 4, "t:k3", 4, "p:k2", 3, "n:k1", 3)));

    // 3 + 3 + 4 = 10 is within the budget; the second block of 4 would make 14.
    PAssert.that(kept)
        .containsInAnyOrder(
            List.of(KV.of("n:k1", "a-exact"), KV.of("p:k2", "a-exact"), KV.of("t:k3", "a-exact")));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(overBudget(result), is(1L));
  }

  @Test
  void identifierKeysDoNotUseUpTheBudget() {
    TestPipeline p = pipeline();
    PCollection<KV<String, String>> kept =
        choose(
            p,
            BUDGET,
            List.of(
                // Were the identifier blocks counted, n:a would take the total to 12.
                award(
                    "a-small-ids",
                    "d:111111111",
                    1,
                    "u:SMALLID00001",
                    1,
                    "t:c:MA",
                    1,
                    "p:b:c",
                    4,
                    "n:a",
                    5),
                award("a-only-ids", "u:BIGUEI000001", 9999, "d:222222222", 9999),
                award("a-no-keys")));

    PAssert.that(kept)
        .containsInAnyOrder(
            List.of(
                KV.of("d:111111111", "a-small-ids"),
                KV.of("u:SMALLID00001", "a-small-ids"),
                KV.of("t:c:MA", "a-small-ids"),
                KV.of("p:b:c", "a-small-ids"),
                KV.of("n:a", "a-small-ids"),
                KV.of("u:BIGUEI000001", "a-only-ids"),
                KV.of("d:222222222", "a-only-ids")));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(overBudget(result), is(0L));
  }

  @Test
  void aBudgetOfZeroStillKeepsTheMinimumAndTheIdentifiers() {
    TestPipeline p = pipeline();
    List<KV<String, Iterable<KV<String, Long>>>> awards =
        Collections.singletonList(
            award("a", "n:one", 1, "p:two", 1, "t:three", 1, "u:UEI000000001", 1));
    PCollection<KV<String, String>> kept = choose(p, 0, awards);

    PAssert.that(kept)
        .containsInAnyOrder(
            List.of(KV.of("n:one", "a"), KV.of("p:two", "a"), KV.of("u:UEI000000001", "a")));
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(overBudget(result), is(1L));
  }
}
