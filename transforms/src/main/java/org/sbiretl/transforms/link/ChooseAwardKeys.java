package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.metrics.TimedDoFn;

/**
 * The keys each award is blocked on, from the block sizes the recipient pass counted. Keys no
 * recipient has are dropped; keys shared by more than {@code maxBlockSize} recipients are pruned
 * (their tokens are too common to discriminate) and reported in {@link #PRUNED_KEYS}; identifier
 * keys are never pruned. Of the rest, each award keeps identifier keys always, then name and
 * address keys from the smallest block up while the blocks together stay within {@code
 * candidateBudget}; the {@value #MIN_NAME_KEYS} smallest are kept whatever their size, so an award
 * with only common words is still compared. A common token's block would add hundreds of candidates
 * that its rarer keys already rule out.
 *
 * <p>Output {@link #CHOSEN}: each award's {@link AwardKeys} with only its chosen key hashes (no key
 * texts, no terms), also for an award left with none, which then reaches the decision as {@code
 * no-candidate}.
 */
class ChooseAwardKeys extends PTransform<PCollection<AwardKeys>, PCollectionTuple> {
  static final TupleTag<AwardKeys> CHOSEN = new TupleTag<AwardKeys>() {};

  /** Pruned keys with the number of recipients that share them, each once. */
  static final TupleTag<KV<String, Long>> PRUNED_KEYS = new TupleTag<KV<String, Long>>() {};

  static final int MIN_NAME_KEYS = 2;

  private static final TupleTag<KV<String, Long>> PRUNED_BY_AWARD =
      new TupleTag<KV<String, Long>>() {};

  private final PCollectionView<AwardKeyIndex> index;
  private final PCollectionView<RecipientStatistics> statistics;
  private final long maxBlockSize;
  private final long candidateBudget;

  ChooseAwardKeys(
      PCollectionView<AwardKeyIndex> index,
      PCollectionView<RecipientStatistics> statistics,
      long maxBlockSize,
      long candidateBudget) {
    this.index = index;
    this.statistics = statistics;
    this.maxBlockSize = maxBlockSize;
    this.candidateBudget = candidateBudget;
  }

  @Override
  public PCollectionTuple expand(PCollection<AwardKeys> awards) {
    PCollectionTuple chosen =
        awards.apply(
            "ChooseKeysWithinBudget",
            ParDo.of(new ChooseFn(index, statistics, maxBlockSize, candidateBudget))
                .withSideInputs(index, statistics)
                .withOutputTags(CHOSEN, TupleTagList.of(PRUNED_BY_AWARD)));
    chosen.get(CHOSEN).setCoder(AwardKeys.CODER);
    PCollection<KV<String, Long>> pruned =
        chosen
            .get(PRUNED_BY_AWARD)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
            .apply("DistinctPrunedKeys", Distinct.create())
            .apply("CountPrunedKeys", ParDo.of(new CountPrunedFn()));
    return PCollectionTuple.of(CHOSEN, chosen.get(CHOSEN)).and(PRUNED_KEYS, pruned);
  }

  /** A key shared by more recipients than the cap is pruned, unless it is an identifier key. */
  static boolean isPruned(String key, long blockSize, long cap) {
    return blockSize > cap && !BlockingKeys.isIdentifierKey(key);
  }

  /**
   * Which of an award's keys, each with its block size (0: no recipient has it), it is blocked on.
   * Ties in size are broken by the key, so the choice never depends on arrival order.
   *
   * @return the positions of the chosen keys in {@code keys}
   */
  static List<Integer> choose(String[] keys, long[] sizes, long cap, long budget, Tally tally) {
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (sizes[i] == 0) {
        tally.unshared++;
      } else if (isPruned(keys[i], sizes[i], cap)) {
        tally.pruned++;
      } else {
        usable.add(i);
      }
    }
    usable.sort(Comparator.comparingLong((Integer i) -> sizes[i]).thenComparing(i -> keys[i]));
    List<Integer> out = new ArrayList<>();
    long total = 0;
    int nameKeys = 0;
    for (int i : usable) {
      if (BlockingKeys.isIdentifierKey(keys[i])) {
        out.add(i);
      } else if (nameKeys < MIN_NAME_KEYS || total + sizes[i] <= budget) {
        out.add(i);
        total += sizes[i];
        nameKeys++;
      } else {
        tally.overBudget++;
      }
    }
    return out;
  }

  /** Keys left out of one award's choice, by reason. */
  static final class Tally {
    long unshared;
    long pruned;
    long overBudget;
  }

  static class ChooseFn extends TimedDoFn<AwardKeys, AwardKeys> {

    private final PCollectionView<AwardKeyIndex> indexView;
    private final PCollectionView<RecipientStatistics> statisticsView;
    private final long cap;
    private final long budget;
    private final Counter awardKeys = Metrics.counter("blocking", "blocking.award-keys");
    private final Counter unshared = Metrics.counter("blocking", "blocking.award-keys-unshared");
    private final Counter pruned = Metrics.counter("blocking", "blocking.award-keys-pruned");
    private final Counter overBudget =
        Metrics.counter("blocking", "blocking.award-keys-over-budget");

    ChooseFn(
        PCollectionView<AwardKeyIndex> index,
        PCollectionView<RecipientStatistics> statistics,
        long cap,
        long budget) {
      super("choose-keys");
      this.indexView = index;
      this.statisticsView = statistics;
      this.cap = cap;
      this.budget = budget;
    }

    /** Read once per instance: the side inputs are the same for every award. */
    private transient AwardKeyIndex index;

    private transient RecipientStatistics statistics;

    @ProcessElement
    public void process(ProcessContext c) {
      if (index == null) {
        index = c.sideInput(indexView);
        statistics = c.sideInput(statisticsView);
      }
      AwardKeys award = c.element();
      long[] sizes = new long[award.keys.length];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = statistics.blockSize(index, award.keyHashes[i]);
        if (sizes[i] > 0 && isPruned(award.keys[i], sizes[i], cap)) {
          c.output(PRUNED_BY_AWARD, KV.of(award.keys[i], sizes[i]));
        }
      }
      Tally tally = new Tally();
      List<Integer> chosen = choose(award.keys, sizes, cap, budget, tally);
      awardKeys.inc(award.keys.length);
      unshared.inc(tally.unshared);
      pruned.inc(tally.pruned);
      overBudget.inc(tally.overBudget);
      long[] hashes = new long[chosen.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = award.keyHashes[chosen.get(i)];
      }
      // Only the hashes go on: the chosen awards become a side input of every scoring worker.
      c.output(new AwardKeys(award.awardId, award.features, new String[0], hashes, new long[0]));
    }
  }

  /** Counts each pruned key once. */
  static class CountPrunedFn extends DoFn<KV<String, Long>, KV<String, Long>> {
    private final Counter prunedKeys = Metrics.counter("blocking", "blocking.keys-pruned");

    @ProcessElement
    public void process(@Element KV<String, Long> kv, OutputReceiver<KV<String, Long>> out) {
      prunedKeys.inc();
      out.output(kv);
    }
  }
}
