package org.sbiretl.transforms.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.PartyFeatures;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Estimates the {@link MatchModel} from the run itself (see {@link ModelCounts}), or gives the
 * defaults when estimation is off.
 */
public final class EstimateMatchModel {
  /** Awards and recipients in the random-pair sample: 1,000 × 1,000 pairs. */
  static final int SAMPLE = 1000;

  private EstimateMatchModel() {}

  public static PCollection<MatchModel> of(
      PCollection<Award> awards,
      PCollection<Recipient> recipients,
      PCollection<KV<String, CoGbkResult>> grouped,
      TokenStatistics stats,
      boolean estimate) {
    PCollection<KV<String, Long>> counts;
    if (estimate) {
      PCollection<KV<String, Long>> labelled =
          grouped.apply(
              "CountLabelledLevels",
              ParDo.of(new LabelledLevelsFn(stats))
                  .withSideInputs(stats.documentFrequency(), stats.recipientCount()));
      PCollectionView<List<Recipient>> recipientSample =
          recipients
              .apply("SampleRecipients", Top.of(SAMPLE, new ByHash<Recipient>(Recipient::toString)))
              .apply("RecipientSampleView", View.asSingleton());
      PCollection<KV<String, Long>> random =
          awards
              .apply("SampleAwards", Top.of(SAMPLE, new ByHash<Award>(a -> a.awardId)))
              .apply(
                  "CountRandomPairLevels",
                  ParDo.of(new RandomLevelsFn(recipientSample, stats))
                      .withSideInputs(
                          recipientSample, stats.documentFrequency(), stats.recipientCount()));
      counts =
          PCollectionList.of(labelled)
              .and(random)
              .apply("AllLevelCounts", Flatten.pCollections())
              .apply("SumLevelCounts", Sum.longsPerKey());
    } else {
      counts =
          awards
              .getPipeline()
              .apply(
                  "NoLevelCounts",
                  Create.empty(
                      org.apache.beam.sdk.coders.KvCoder.of(
                          org.apache.beam.sdk.coders.StringUtf8Coder.of(),
                          org.apache.beam.sdk.coders.VarLongCoder.of())));
    }
    PCollectionView<Map<String, Long>> countsView = counts.apply("LevelCountsView", View.asMap());
    return awards
        .getPipeline()
        .apply("ModelSeed", Create.of(0))
        .apply(
            "BuildMatchModel",
            ParDo.of(new BuildModelFn(countsView, stats.recipientCount()))
                .withSideInputs(countsView, stats.recipientCount()))
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

  /** Levels of identifier-linked pairs (the labelled matches) and the share of UEIs found. */
  static class LabelledLevelsFn extends DoFn<KV<String, CoGbkResult>, KV<String, Long>> {
    private final TokenStatistics stats;

    LabelledLevelsFn(TokenStatistics stats) {
      this.stats = stats;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Award award = DecideLinks.awardOf(c.element().getValue());
      if (award == null || (award.uei == null && award.duns == null)) {
        return;
      }
      PairComparator comparator =
          new PairComparator(
              new TokenWeights(
                  c.sideInput(stats.documentFrequency()), c.sideInput(stats.recipientCount())));
      PartyFeatures a = PartyFeatures.ofAward(award);
      boolean ueiFound = false;
      Set<String> seen = new HashSet<>();
      for (Recipient r : DecideLinks.candidatesOf(c.element().getValue())) {
        boolean sameUei = award.uei != null && award.uei.equals(r.uei);
        boolean sameDuns = award.duns != null && award.duns.equals(r.duns);
        if (!(sameUei || sameDuns) || !seen.add(r.toString())) {
          continue;
        }
        ueiFound |= sameUei;
        PairComparator.Result cmp = comparator.compare(a, PartyFeatures.ofRecipient(r));
        emitLabelledLevels(cmp, c);
      }
      if (award.uei != null) {
        c.output(KV.of(ModelCounts.AWARDS_WITH_UEI, 1L));
        if (ueiFound) {
          c.output(KV.of(ModelCounts.AWARDS_WITH_UEI_FOUND, 1L));
        }
      }
    }
  }

  /** Levels of every pair in the award sample × the recipient sample. */
  static class RandomLevelsFn extends DoFn<List<Award>, KV<String, Long>> {
    private final PCollectionView<List<Recipient>> recipientSample;
    private final TokenStatistics stats;

    RandomLevelsFn(PCollectionView<List<Recipient>> recipientSample, TokenStatistics stats) {
      this.recipientSample = recipientSample;
      this.stats = stats;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      PairComparator comparator =
          new PairComparator(
              new TokenWeights(
                  c.sideInput(stats.documentFrequency()), c.sideInput(stats.recipientCount())));
      List<PartyFeatures> recipients = new ArrayList<>();
      for (Recipient r : c.sideInput(recipientSample)) {
        recipients.add(PartyFeatures.ofRecipient(r));
      }
      long[][] n = new long[Comparison.values().length][];
      for (Comparison comparison : Comparison.values()) {
        n[comparison.ordinal()] = new long[comparison.levelCount()];
      }
      long recipientsWithZip = recipients.stream().filter(r -> r.zip5() != null).count();
      c.output(KV.of(ModelCounts.SAMPLED_RECIPIENTS, (long) recipients.size()));
      c.output(KV.of(ModelCounts.SAMPLED_RECIPIENTS_WITH_ZIP, recipientsWithZip));
      c.output(KV.of(ModelCounts.SAMPLED_AWARDS, (long) c.element().size()));
      for (Award award : c.element()) {
        if (award.zip != null) {
          c.output(KV.of(ModelCounts.SAMPLED_AWARDS_WITH_ZIP, 1L));
        }
        PartyFeatures a = PartyFeatures.ofAward(award);
        for (PartyFeatures r : recipients) {
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

  private static void emitLabelledLevels(
      PairComparator.Result cmp, DoFn<?, KV<String, Long>>.ProcessContext c) {
    for (Comparison comparison : Comparison.values()) {
      int level = cmp.level(comparison);
      if (level != Comparison.MISSING) {
        c.output(KV.of(ModelCounts.mKey(comparison, level), 1L));
      }
    }
  }

  /** Builds the model once from the summed counts. */
  static class BuildModelFn extends DoFn<Integer, MatchModel> {
    /** Share of awards assumed to have a recipient when the run cannot tell. */
    static final double DEFAULT_SHARE = 0.85;

    private final PCollectionView<Map<String, Long>> counts;
    private final PCollectionView<Long> recipientCount;

    BuildModelFn(PCollectionView<Map<String, Long>> counts, PCollectionView<Long> recipientCount) {
      this.counts = counts;
      this.recipientCount = recipientCount;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(ModelCounts.build(c.sideInput(counts), c.sideInput(recipientCount), DEFAULT_SHARE));
    }
  }
}
