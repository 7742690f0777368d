package org.sbiretl.transforms.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.sbiretl.transforms.block.BlockingKeys;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.PartyFeatures;

/**
 * Estimates the {@link MatchModel} from the run itself (see {@link ModelCounts}), or gives the
 * defaults when estimation is off, from two bounded inputs and never from the candidates: the pairs
 * an identifier links (each award with a UEI or DUNS joined with the recipients sharing it) and
 * {@value #SAMPLE} × {@value #SAMPLE} random pairs. So decisions can be made where pairs are
 * scored.
 */
class EstimateMatchModel extends PTransform<PCollectionTuple, PCollection<MatchModel>> {
  /** Input: every award, described. */
  static final TupleTag<AwardKeys> AWARD_KEYS = new TupleTag<AwardKeys>() {};

  /** Input: the recipients that share a UEI or DUNS with some award. */
  static final TupleTag<RecipientProbe> IDENTIFIER_HITS = new TupleTag<RecipientProbe>() {};

  /** Input: the deterministic sample of recipients, as one list. */
  static final TupleTag<List<Recipient>> RECIPIENT_SAMPLE = new TupleTag<List<Recipient>>() {};

  /** Awards and recipients in the random-pair sample: 1,000 × 1,000 pairs. */
  static final int SAMPLE = 1000;

  private static final TupleTag<AwardKeys> AWARDS = new TupleTag<AwardKeys>() {};
  private static final TupleTag<RecipientProbe> RECIPIENTS = new TupleTag<RecipientProbe>() {};

  private final PCollectionView<AwardKeyIndex> index;
  private final PCollectionView<RecipientStatistics> statistics;
  private final boolean estimate;

  /**
   * @param index and {@code statistics}: side inputs the comparisons read (term weights)
   * @param estimate false: the model's defaults, without reading the inputs
   */
  EstimateMatchModel(
      PCollectionView<AwardKeyIndex> index,
      PCollectionView<RecipientStatistics> statistics,
      boolean estimate) {
    this.index = index;
    this.statistics = statistics;
    this.estimate = estimate;
  }

  @Override
  public PCollection<MatchModel> expand(PCollectionTuple input) {
    PCollection<AwardKeys> awards = input.get(AWARD_KEYS);
    PCollection<RecipientProbe> identifierHits = input.get(IDENTIFIER_HITS);
    PCollection<List<Recipient>> recipientSample = input.get(RECIPIENT_SAMPLE);
    PBegin begin = PBegin.in(input.getPipeline());
    KvCoder<String, Long> countCoder = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    PCollection<KV<String, Long>> counts;
    if (estimate) {
      PCollection<KV<String, Long>> labelled =
          KeyedPCollectionTuple.of(
                  AWARDS,
                  awards
                      .apply("KeyAwardsByIdentifier", ParDo.of(new KeyAwardsByIdentifierFn()))
                      .setCoder(KvCoder.of(StringUtf8Coder.of(), AwardKeys.CODER)))
              .and(
                  RECIPIENTS,
                  identifierHits
                      .apply(
                          "KeyRecipientsByIdentifier", ParDo.of(new KeyRecipientsByIdentifierFn()))
                      .setCoder(KvCoder.of(StringUtf8Coder.of(), RecipientProbe.CODER)))
              .apply("JoinOnIdentifiers", CoGroupByKey.create())
              .apply(
                  "CountLabelledLevels",
                  ParDo.of(new LabelledLevelsFn(index, statistics))
                      .withSideInputs(index, statistics))
              .setCoder(countCoder);
      PCollection<KV<String, Long>> withUei =
          awards.apply("CountAwardsWithUei", ParDo.of(new AwardsWithUeiFn())).setCoder(countCoder);
      PCollectionView<List<Recipient>> recipients =
          recipientSample.apply("RecipientSampleView", View.asSingleton());
      PCollection<KV<String, Long>> random =
          awards
              .apply("SampleAwards", Top.of(SAMPLE, new ByHash<AwardKeys>(a -> a.awardId)))
              .apply(
                  "CountRandomPairLevels",
                  ParDo.of(new RandomLevelsFn(recipients, index, statistics))
                      .withSideInputs(recipients, index, statistics))
              .setCoder(countCoder);
      counts =
          PCollectionList.of(labelled)
              .and(withUei)
              .and(random)
              .apply("AllLevelCounts", Flatten.pCollections())
              .apply("SumLevelCounts", Sum.longsPerKey());
    } else {
      counts = begin.apply("NoLevelCounts", Create.empty(countCoder));
    }
    PCollectionView<Map<String, Long>> countsView = counts.apply("LevelCountsView", View.asMap());
    return begin
        .apply("ModelSeed", Create.of(0))
        .apply(
            "BuildMatchModel",
            ParDo.of(new BuildModelFn(countsView, statistics))
                .withSideInputs(countsView, statistics))
        .setCoder(SerializableCoder.of(MatchModel.class));
  }

  /** Deterministic "random" order: by a hash of a stable text of the element. */
  static final class ByHash<T> implements Comparator<T>, Serializable {
    private static final long serialVersionUID = 1L;
    private final org.apache.beam.sdk.transforms.SerializableFunction<T, String> text;

    ByHash(org.apache.beam.sdk.transforms.SerializableFunction<T, String> text) {
      this.text = text;
    }

    @Override
    public int compare(T a, T b) {
      int byHash = Long.compare(KeyHashes.hash(text.apply(a)), KeyHashes.hash(text.apply(b)));
      return byHash != 0 ? byHash : text.apply(a).compareTo(text.apply(b));
    }
  }

  /** An award under each of its identifier keys. */
  static class KeyAwardsByIdentifierFn extends DoFn<AwardKeys, KV<String, AwardKeys>> {
    @ProcessElement
    public void process(@Element AwardKeys a, OutputReceiver<KV<String, AwardKeys>> out) {
      for (String key : BlockingKeys.identifierKeys(a.features)) {
        out.output(KV.of(key, a));
      }
    }
  }

  /** A recipient under each of its identifier keys. */
  static class KeyRecipientsByIdentifierFn
      extends DoFn<RecipientProbe, KV<String, RecipientProbe>> {
    @ProcessElement
    public void process(@Element RecipientProbe r, OutputReceiver<KV<String, RecipientProbe>> out) {
      for (String key : BlockingKeys.identifierKeys(r.features)) {
        out.output(KV.of(key, r));
      }
    }
  }

  /** One count per award that has a UEI: the denominator of the share found. */
  static class AwardsWithUeiFn extends DoFn<AwardKeys, KV<String, Long>> {
    @ProcessElement
    public void process(@Element AwardKeys a, OutputReceiver<KV<String, Long>> out) {
      if (a.features.uei() != null) {
        out.output(KV.of(ModelCounts.AWARDS_WITH_UEI, 1L));
      }
    }
  }

  /**
   * Levels of identifier-linked pairs (the labelled matches) and the awards whose UEI was found. A
   * pair that shares both identifiers meets under both keys and is counted under the UEI only.
   */
  static class LabelledLevelsFn extends TimedDoFn<KV<String, CoGbkResult>, KV<String, Long>> {

    private final PCollectionView<AwardKeyIndex> index;
    private final PCollectionView<RecipientStatistics> statistics;
    private transient PairComparator comparator;

    LabelledLevelsFn(
        PCollectionView<AwardKeyIndex> index, PCollectionView<RecipientStatistics> statistics) {
      super("estimate-model");
      this.index = index;
      this.statistics = statistics;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      boolean byUei = c.element().getKey().startsWith("u:");
      List<RecipientProbe> recipients = new ArrayList<>();
      c.element().getValue().getAll(RECIPIENTS).forEach(recipients::add);
      if (recipients.isEmpty()) {
        return;
      }
      if (comparator == null) {
        // Once per instance: the side inputs are the same for every key, and the comparator's
        // memo of term weights then serves every key.
        comparator = new PairComparator(c.sideInput(statistics).weights(c.sideInput(index)));
      }
      for (AwardKeys award : c.element().getValue().getAll(AWARDS)) {
        String uei = award.features.uei();
        boolean found = false;
        for (RecipientProbe p : recipients) {
          Recipient r = p.recipient;
          boolean sameUei = uei != null && uei.equals(r.uei);
          if (byUei ? !sameUei : sameUei || !award.features.duns().equals(r.duns)) {
            continue;
          }
          found = true;
          emitLevels(comparator.compare(award.features, p.features), c);
        }
        if (byUei && found) {
          c.output(KV.of(ModelCounts.AWARDS_WITH_UEI_FOUND, 1L));
        }
      }
    }
  }

  /** Levels of every pair in the award sample × the recipient sample. */
  static class RandomLevelsFn extends TimedDoFn<List<AwardKeys>, KV<String, Long>> {

    private final PCollectionView<List<Recipient>> recipientSample;
    private final PCollectionView<AwardKeyIndex> index;
    private final PCollectionView<RecipientStatistics> statistics;

    RandomLevelsFn(
        PCollectionView<List<Recipient>> recipientSample,
        PCollectionView<AwardKeyIndex> index,
        PCollectionView<RecipientStatistics> statistics) {
      super("estimate-model");
      this.recipientSample = recipientSample;
      this.index = index;
      this.statistics = statistics;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairComparator comparator =
          new PairComparator(c.sideInput(statistics).weights(c.sideInput(index)));
      // Each side is prepared once: every award meets every sampled recipient.
      List<PairComparator.Side> recipients = new ArrayList<>();
      for (Recipient r : c.sideInput(recipientSample)) {
        recipients.add(comparator.prepare(PartyFeatures.ofRecipient(r)));
      }
      long[][] n = new long[Comparison.values().length][];
      for (Comparison comparison : Comparison.values()) {
        n[comparison.ordinal()] = new long[comparison.levelCount()];
      }
      long recipientsWithZip = recipients.stream().filter(r -> r.features().zip5() != null).count();
      c.output(KV.of(ModelCounts.SAMPLED_RECIPIENTS, (long) recipients.size()));
      c.output(KV.of(ModelCounts.SAMPLED_RECIPIENTS_WITH_ZIP, recipientsWithZip));
      c.output(KV.of(ModelCounts.SAMPLED_AWARDS, (long) c.element().size()));
      for (AwardKeys award : c.element()) {
        if (award.features.zip5() != null) {
          c.output(KV.of(ModelCounts.SAMPLED_AWARDS_WITH_ZIP, 1L));
        }
        PairComparator.Side a = comparator.prepare(award.features);
        for (PairComparator.Side r : recipients) {
          int[] levels = comparator.compare(a, r).levels();
          for (Comparison comparison : Comparison.values()) {
            int level = levels[comparison.ordinal()];
            if (level != Comparison.MISSING) {
              n[comparison.ordinal()][level]++;
            }
          }
        }
      }
      for (Comparison comparison : Comparison.values()) {
        for (int l = 0; l < comparison.levelCount(); l++) {
          c.output(KV.of(ModelCounts.uKey(comparison, l), n[comparison.ordinal()][l]));
        }
      }
    }
  }

  private static void emitLevels(
      PairComparator.Result cmp, DoFn<?, KV<String, Long>>.ProcessContext c) {
    for (Comparison comparison : Comparison.values()) {
      int level = cmp.level(comparison);
      if (level != Comparison.MISSING) {
        c.output(KV.of(ModelCounts.mKey(comparison, level), 1L));
      }
    }
  }

  /** Builds the model once from the summed counts. */
  static class BuildModelFn extends TimedDoFn<Integer, MatchModel> {

    /** Share of awards assumed to have a recipient when the run cannot tell. */
    static final double DEFAULT_SHARE = 0.85;

    private final PCollectionView<Map<String, Long>> counts;
    private final PCollectionView<RecipientStatistics> statistics;

    BuildModelFn(
        PCollectionView<Map<String, Long>> counts,
        PCollectionView<RecipientStatistics> statistics) {
      super("estimate-model");
      this.counts = counts;
      this.statistics = statistics;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(
          ModelCounts.build(
              c.sideInput(counts), c.sideInput(statistics).recipients, DEFAULT_SHARE));
    }
  }
}
