package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
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
 * <p>Recipient keys that no award has are dropped before the shuffle (a side input of award-key
 * hashes), so the 3.4M-row recipient table is reduced to the few recipients that could match. Keys
 * shared by more than {@code maxBlockSize} recipients are pruned (their tokens are too common to
 * discriminate) and reported in {@link #CAPPED_KEYS}; identifier keys are never pruned. An award
 * whose every key is pruned still reaches the decision step, as {@code no-candidate}.
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

  private final PCollection<Recipient> recipients;
  private final int maxBlockSize;

  public GenerateCandidates(PCollection<Recipient> recipients, int maxBlockSize) {
    this.recipients = recipients;
    this.maxBlockSize = maxBlockSize;
  }

  @Override
  public PCollectionTuple expand(PCollection<Award> awards) {
    PCollection<KV<String, String>> awardKeys =
        awards.apply("KeyAwards", ParDo.of(new KeyAwardsFn()));
    PCollectionView<Iterable<Long>> awardKeyHashes =
        awardKeys
            .apply("AwardKeys", Keys.create())
            .apply(
                "HashAwardKeys",
                MapElements.into(TypeDescriptors.longs()).via((String k) -> KeyHashes.hash(k)))
            .apply("DistinctAwardKeyHashes", Distinct.create())
            .apply("AwardKeyHashesView", View.asIterable());
    PCollection<KV<String, Recipient>> recipientKeys =
        recipients
            .apply(
                "KeyRecipientsSharingAwardKeys",
                ParDo.of(new KeyRecipientsFn(awardKeyHashes)).withSideInputs(awardKeyHashes))
            .setCoder(RecordCoders.keyedByString(Recipient.class));

    int cap = maxBlockSize;
    PCollection<KV<String, Long>> capped =
        recipientKeys
            .apply("RecipientKeys", Keys.create())
            .apply("CountRecipientsPerKey", Count.perElement())
            .apply("KeepOversizedKeys", ParDo.of(new KeepOversizedKeysFn(cap)));
    PCollectionView<Map<String, Long>> cappedView = capped.apply("CappedKeysView", View.asMap());

    // Pruned keys leave before the join: a block of thousands of recipients would otherwise be
    // shuffled and grouped only to be thrown away.
    PCollection<KV<String, Recipient>> keptRecipientKeys =
        recipientKeys
            .apply(
                "DropPrunedRecipientKeys",
                ParDo.of(new DropPrunedKeysFn<Recipient>(cappedView, null))
                    .withSideInputs(cappedView))
            .setCoder(RecordCoders.keyedByString(Recipient.class));
    PCollection<KV<String, String>> keptAwardKeys =
        awardKeys.apply(
            "DropPrunedAwardKeys",
            ParDo.of(
                    new DropPrunedKeysFn<String>(
                        cappedView, Metrics.counter("blocking", "blocking.award-keys-pruned")))
                .withSideInputs(cappedView));

    PCollection<KV<String, Recipient>> pairs =
        KeyedPCollectionTuple.of(AWARD_IDS, keptAwardKeys)
            .and(RECIPIENTS, keptRecipientKeys)
            .apply("JoinOnBlockingKeys", CoGroupByKey.create())
            .apply("PairAwardsWithRecipients", ParDo.of(new PairFn()))
            .setCoder(RecordCoders.keyedByString(Recipient.class));
    return PCollectionTuple.of(PAIRS, pairs).and(CAPPED_KEYS, capped);
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
    private transient Iterable<Long> source;
    private transient KeyHashes filter;

    KeyRecipientsFn(PCollectionView<Iterable<Long>> awardKeyHashes) {
      this.awardKeyHashes = awardKeyHashes;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Iterable<Long> hashes = c.sideInput(awardKeyHashes);
      if (filter == null || source != hashes) {
        // Built once per side-input instance, not per element.
        filter = KeyHashes.of(hashes);
        source = hashes;
      }
      Recipient r = c.element();
      for (String key : BlockingKeys.of(PartyFeatures.ofRecipient(r))) {
        if (filter.contains(key)) {
          kept.inc();
          c.output(KV.of(key, r));
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
      if (kv.getValue() > cap && !BlockingKeys.isIdentifierKey(kv.getKey())) {
        pruned.inc();
        out.output(kv);
      }
    }
  }

  /** Passes the elements whose key was not pruned, counting the others if asked to. */
  static class DropPrunedKeysFn<V> extends DoFn<KV<String, V>, KV<String, V>> {
    private final PCollectionView<Map<String, Long>> capped;
    private final Counter dropped;

    DropPrunedKeysFn(PCollectionView<Map<String, Long>> capped, Counter dropped) {
      this.capped = capped;
      this.dropped = dropped;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (!c.sideInput(capped).containsKey(c.element().getKey())) {
        c.output(c.element());
      } else if (dropped != null) {
        dropped.inc();
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
