package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * Blocking: pairs each award with the recipients that share at least one blocking key with it.
 *
 * <p>Recipient keys that no award has are dropped before any shuffle (a side input of award-key
 * hashes), so the 3.4M-row recipient table is reduced to the few recipients that could match. Keys
 * shared by more than {@code maxBlockSize} recipients are pruned (their tokens are too common to
 * discriminate) and reported in {@link #CAPPED_KEYS}; identifier keys are never pruned. Each award
 * then keeps its most specific keys within {@code candidateBudget} recipients (see {@link
 * ChooseAwardKeysFn}), and only recipients under a kept key are joined. An award whose every key is
 * pruned still reaches the decision step, as {@code no-candidate}.
 *
 * <p>Output {@link #PAIRS}: award id → candidate recipient, one element per shared key (the same
 * pair may repeat; the decision step de-duplicates).
 */
public class GenerateCandidates extends PTransform<PCollection<Award>, PCollectionTuple> {
  public static final TupleTag<KV<String, Recipient>> PAIRS =
      new TupleTag<KV<String, Recipient>>() {};

  /** Pruned keys with the number of recipients that share them. */
  public static final TupleTag<KV<String, Long>> CAPPED_KEYS = new TupleTag<KV<String, Long>>() {};

  private static final TupleTag<String> AWARD_IDS = new TupleTag<String>() {};
  private static final TupleTag<Recipient> RECIPIENTS = new TupleTag<Recipient>() {};
  private static final TupleTag<Long> BLOCK_SIZES = new TupleTag<Long>() {};

  private final PCollection<Recipient> recipients;
  private final int maxBlockSize;
  private final int candidateBudget;

  public GenerateCandidates(
      PCollection<Recipient> recipients, int maxBlockSize, int candidateBudget) {
    this.recipients = recipients;
    this.maxBlockSize = maxBlockSize;
    this.candidateBudget = candidateBudget;
  }

  @Override
  public PCollectionTuple expand(PCollection<Award> awards) {
    PCollection<KV<String, String>> awardKeys =
        awards.apply("KeyAwards", ParDo.of(new KeyAwardsFn()));
    PCollectionView<Iterable<Long>> awardKeyHashes =
        awardKeys.apply("AwardKeyHashes", new HashKeys());
    PCollection<KV<String, Recipient>> recipientKeys =
        recipients
            .apply(
                "KeyRecipientsSharingAwardKeys",
                ParDo.of(new KeyRecipientsFn(awardKeyHashes)).withSideInputs(awardKeyHashes))
            .setCoder(RecordCoders.keyedByString(Recipient.class));

    PCollection<KV<String, Long>> blockSizes =
        recipientKeys
            .apply("RecipientKeys", Keys.create())
            .apply("CountRecipientsPerKey", Count.perElement());
    PCollection<KV<String, Long>> capped =
        blockSizes.apply("KeepOversizedKeys", ParDo.of(new KeepOversizedKeysFn(maxBlockSize)));

    // Each award keeps its most specific keys, smallest blocks first, up to the budget: a common
    // token's block would add hundreds of candidates that its rarer keys already rule out.
    PCollection<KV<String, String>> chosenAwardKeys =
        KeyedPCollectionTuple.of(AWARD_IDS, awardKeys)
            .and(BLOCK_SIZES, blockSizes)
            .apply("JoinAwardKeysWithBlockSizes", CoGroupByKey.create())
            .apply("SizeAwardKeys", ParDo.of(new SizeAwardKeysFn(maxBlockSize)))
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .apply("GroupKeysByAward", GroupByKey.create())
            .apply("ChooseAwardKeys", ParDo.of(new ChooseAwardKeysFn(candidateBudget)));

    // Only recipients under a chosen key are shuffled into the join.
    PCollectionView<Iterable<Long>> chosenKeyHashes =
        chosenAwardKeys.apply("ChosenKeyHashes", new HashKeys());
    PCollection<KV<String, Recipient>> chosenRecipientKeys =
        recipientKeys
            .apply(
                "KeepRecipientsUnderChosenKeys",
                ParDo.of(new KeepHashedKeysFn<Recipient>(chosenKeyHashes))
                    .withSideInputs(chosenKeyHashes))
            .setCoder(RecordCoders.keyedByString(Recipient.class));

    PCollection<KV<String, Recipient>> pairs =
        KeyedPCollectionTuple.of(AWARD_IDS, chosenAwardKeys)
            .and(RECIPIENTS, chosenRecipientKeys)
            .apply("JoinOnBlockingKeys", CoGroupByKey.create())
            .apply("PairAwardsWithRecipients", ParDo.of(new PairFn()))
            .setCoder(RecordCoders.keyedByString(Recipient.class));
    return PCollectionTuple.of(PAIRS, pairs).and(CAPPED_KEYS, capped);
  }

  /** The distinct hashes of a keyed collection's keys, as a side input for {@link KeyHashes}. */
  static class HashKeys
      extends PTransform<PCollection<KV<String, String>>, PCollectionView<Iterable<Long>>> {
    @Override
    public PCollectionView<Iterable<Long>> expand(PCollection<KV<String, String>> keyed) {
      return keyed
          .apply("Keys", Keys.create())
          .apply(
              "Hash",
              MapElements.into(TypeDescriptors.longs()).via((String k) -> KeyHashes.hash(k)))
          .apply("Distinct", Distinct.create())
          .apply("View", View.asIterable());
    }
  }

  /** Award id under each of the award's blocking keys. */
  static class KeyAwardsFn extends DoFn<Award, KV<String, String>> {
    private final Counter keys = Metrics.counter("blocking", "blocking.award-keys");

    @ProcessElement
    public void process(@Element Award a, OutputReceiver<KV<String, String>> out) {
      for (String key : BlockingKeys.of(PartyFeatures.ofAward(a))) {
        keys.inc();
        out.output(KV.of(key, a.awardId));
      }
    }
  }

  /** Recipient under each of its keys that some award also has. */
  static class KeyRecipientsFn extends DoFn<Recipient, KV<String, Recipient>> {
    private final PCollectionView<Iterable<Long>> awardKeyHashes;
    private final Counter kept = Metrics.counter("blocking", "blocking.recipient-keys-kept");
    private final Counter dropped = Metrics.counter("blocking", "blocking.recipient-keys-dropped");
    private transient KeyHashes.Cache filters;

    KeyRecipientsFn(PCollectionView<Iterable<Long>> awardKeyHashes) {
      this.awardKeyHashes = awardKeyHashes;
    }

    @Setup
    public void setup() {
      filters = new KeyHashes.Cache();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      KeyHashes filter = filters.of(c.sideInput(awardKeyHashes));
      Recipient r = c.element();
      Recipient slim = null;
      for (String key : BlockingKeys.of(PartyFeatures.ofRecipient(r))) {
        if (filter.contains(key)) {
          kept.inc();
          if (slim == null) {
            slim = r.forLinking();
          }
          c.output(KV.of(key, slim));
        } else {
          dropped.inc();
        }
      }
    }
  }

  /** Keys shared by more recipients than the cap (identifier keys excepted), counted. */
  static class KeepOversizedKeysFn extends DoFn<KV<String, Long>, KV<String, Long>> {
    private final long cap;
    private final Counter pruned = Metrics.counter("blocking", "blocking.keys-pruned");

    KeepOversizedKeysFn(long cap) {
      this.cap = cap;
    }

    @ProcessElement
    public void process(@Element KV<String, Long> kv, OutputReceiver<KV<String, Long>> out) {
      if (isPruned(kv.getKey(), kv.getValue(), cap)) {
        pruned.inc();
        out.output(kv);
      }
    }
  }

  /** A key shared by more recipients than the cap is pruned, unless it is an identifier key. */
  static boolean isPruned(String key, long blockSize, long cap) {
    return blockSize > cap && !BlockingKeys.isIdentifierKey(key);
  }

  /** Passes the elements whose key hashes into the side input's set. */
  static class KeepHashedKeysFn<V> extends DoFn<KV<String, V>, KV<String, V>> {
    private final PCollectionView<Iterable<Long>> hashes;
    private transient KeyHashes.Cache filters;

    KeepHashedKeysFn(PCollectionView<Iterable<Long>> hashes) {
      this.hashes = hashes;
    }

    @Setup
    public void setup() {
      filters = new KeyHashes.Cache();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (filters.of(c.sideInput(hashes)).contains(c.element().getKey())) {
        c.output(c.element());
      }
    }
  }

  /**
   * Each award's key with the size of its block. Keys no recipient has are dropped here; keys over
   * the block-size cap (identifier keys excepted) are pruned and counted.
   */
  static class SizeAwardKeysFn extends DoFn<KV<String, CoGbkResult>, KV<String, KV<String, Long>>> {
    private final long cap;
    private final Counter pruned = Metrics.counter("blocking", "blocking.award-keys-pruned");
    private final Counter empty = Metrics.counter("blocking", "blocking.award-keys-unshared");

    SizeAwardKeysFn(long cap) {
      this.cap = cap;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String key = c.element().getKey();
      CoGbkResult group = c.element().getValue();
      long size = group.getOnly(BLOCK_SIZES, 0L);
      for (String awardId : group.getAll(AWARD_IDS)) {
        if (size == 0) {
          empty.inc();
        } else if (isPruned(key, size, cap)) {
          pruned.inc();
        } else {
          c.output(KV.of(awardId, KV.of(key, size)));
        }
      }
    }
  }

  /**
   * The keys one award is blocked on: identifier keys always, then name and address keys from the
   * smallest block up while the blocks together stay within the budget. The {@value #MIN_NAME_KEYS}
   * smallest are kept whatever their size, so an award with only common words is still compared.
   */
  static class ChooseAwardKeysFn
      extends DoFn<KV<String, Iterable<KV<String, Long>>>, KV<String, String>> {
    static final int MIN_NAME_KEYS = 2;
    private final long budget;
    private final Counter overBudget =
        Metrics.counter("blocking", "blocking.award-keys-over-budget");

    ChooseAwardKeysFn(long budget) {
      this.budget = budget;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<KV<String, Long>>> award,
        OutputReceiver<KV<String, String>> out) {
      List<KV<String, Long>> keys = new ArrayList<>();
      award.getValue().forEach(keys::add);
      // Ties in size are broken by the key, so the choice never depends on arrival order.
      keys.sort(
          Comparator.comparing((KV<String, Long> kv) -> kv.getValue()).thenComparing(KV::getKey));
      long total = 0;
      int nameKeys = 0;
      for (KV<String, Long> kv : keys) {
        String key = kv.getKey();
        if (BlockingKeys.isIdentifierKey(key)) {
          out.output(KV.of(key, award.getKey()));
        } else if (nameKeys < MIN_NAME_KEYS || total + kv.getValue() <= budget) {
          out.output(KV.of(key, award.getKey()));
          total += kv.getValue();
          nameKeys++;
        } else {
          overBudget.inc();
        }
      }
    }
  }

  /**
   * Every award × recipient of a block. Each side of the grouping is read once: a runner may hand a
   * large group over as a one-pass iterable.
   */
  static class PairFn extends DoFn<KV<String, CoGbkResult>, KV<String, Recipient>> {
    private final Counter blocks = Metrics.counter("blocking", "blocking.blocks");

    @ProcessElement
    public void process(ProcessContext c) {
      String key = c.element().getKey();
      CoGbkResult group = c.element().getValue();
      List<String> awardIds = new ArrayList<>();
      group.getAll(AWARD_IDS).forEach(awardIds::add);
      if (awardIds.isEmpty()) {
        return;
      }
      long members = 0;
      for (Recipient r : group.getAll(RECIPIENTS)) {
        members++;
        for (String awardId : awardIds) {
          c.output(KV.of(awardId, r));
        }
      }
      if (members > 0) {
        blocks.inc();
        Metrics.counter("blocking", "blocking.pairs." + BlockingKeys.kind(key))
            .inc(members * awardIds.size());
      }
    }
  }
}
