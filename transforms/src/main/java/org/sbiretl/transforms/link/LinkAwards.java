package org.sbiretl.transforms.link;

import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.score.MatchModel;

/**
 * Links awards to recipients. The awards are few and the recipients many, so the awards are indexed
 * and the recipient table is streamed past them twice, with nothing per recipient shuffled:
 *
 * <ol>
 *   <li>{@code DescribeAwards}: each award normalised once into its blocking keys and name terms
 *       ({@link AwardKeys}); {@code IndexAwardKeys}: their union as sorted hash sets.
 *   <li>{@link CountRecipientKeys}: block sizes and term frequencies, counted per worker.
 *   <li>{@link EstimateMatchModel}: the model, from identifier-linked pairs and a bounded random
 *       sample.
 *   <li>{@link ChooseAwardKeys}: each award's keys within the candidate budget.
 *   <li>{@link ScoreCandidates}: every pair scored where recipient and award meet; only each
 *       award's plausible candidates leave.
 *   <li>{@link DecideLinks} on the award-id grouping (every award reaches it, with or without
 *       candidates), then {@link LinkSiblingAwards}; outcomes are counted last.
 * </ol>
 *
 * <p>Inputs: {@link #AWARDS} and {@link #RECIPIENTS}. Outputs: {@link #MATCHED}, {@link #REVIEW},
 * {@link #UNMATCHED}, plus {@link #CAPPED_KEYS} and {@link #CANDIDATE_COUNTS} for the blocking
 * report, {@link #CANDIDATE_PAIRS} and {@link #MODEL}.
 */
public class LinkAwards extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<LinkedAward> MATCHED = DecideLinks.MATCHED;
  public static final TupleTag<LinkedAward> REVIEW = DecideLinks.REVIEW;
  public static final TupleTag<LinkedAward> UNMATCHED = DecideLinks.UNMATCHED;
  public static final TupleTag<KV<String, Long>> CAPPED_KEYS = ChooseAwardKeys.PRUNED_KEYS;
  public static final TupleTag<String> CANDIDATE_PAIRS = ScoreCandidates.CANDIDATE_PAIRS;
  public static final TupleTag<Integer> CANDIDATE_COUNTS = DecideLinks.CANDIDATE_COUNTS;
  public static final TupleTag<MatchModel> MODEL = new TupleTag<MatchModel>() {};

  /** Input: the valid awards to link. */
  public static final TupleTag<Award> AWARDS = new TupleTag<Award>() {};

  /** Input: the valid rows of the recipient table. */
  public static final TupleTag<Recipient> RECIPIENTS = new TupleTag<Recipient>() {};

  private final LinkSettings settings;

  private LinkAwards(LinkSettings settings) {
    this.settings = settings;
  }

  /** Links the {@link #AWARDS} of its input to its {@link #RECIPIENTS}. */
  public static LinkAwards with(LinkSettings settings) {
    return new LinkAwards(settings);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<Award> awards = input.get(AWARDS);
    PCollection<Recipient> recipients = input.get(RECIPIENTS);
    PCollection<AwardKeys> awardKeys =
        awards.apply("DescribeAwards", ParDo.of(new DescribeAwardFn())).setCoder(AwardKeys.CODER);
    PCollectionView<AwardKeyIndex> index =
        awardKeys.apply(
            "IndexAwardKeys", Combine.globally(new AwardKeyIndex.IndexFn()).asSingletonView());

    PCollectionTuple counted =
        recipients.apply("CountRecipientKeys", new CountRecipientKeys(index));
    PCollectionView<RecipientStatistics> statistics =
        counted
            .get(CountRecipientKeys.STATISTICS)
            .setCoder(RecipientStatistics.CODER)
            .apply("RecipientStatisticsView", View.asSingleton());

    PCollection<MatchModel> model =
        PCollectionTuple.of(EstimateMatchModel.AWARD_KEYS, awardKeys)
            .and(
                EstimateMatchModel.IDENTIFIER_HITS, counted.get(CountRecipientKeys.IDENTIFIER_HITS))
            .and(EstimateMatchModel.RECIPIENT_SAMPLE, counted.get(CountRecipientKeys.SAMPLE))
            .apply(
                "EstimateMatchModel",
                new EstimateMatchModel(index, statistics, settings.estimateParameters()));
    PCollectionView<MatchModel> modelView = model.apply("MatchModelView", View.asSingleton());

    PCollectionTuple chosen =
        awardKeys.apply(
            "ChooseAwardKeys",
            new ChooseAwardKeys(
                index, statistics, settings.maxBlockSize(), settings.maxCandidatesPerAward()));
    PCollectionView<List<AwardKeys>> chosenView =
        chosen.get(ChooseAwardKeys.CHOSEN).apply("ChosenKeysView", View.asList());

    PCollectionTuple scored =
        counted
            .get(CountRecipientKeys.ITEMS)
            .apply(
                "ScoreCandidates",
                new ScoreCandidates(chosenView, index, statistics, modelView, settings));

    PCollection<KV<String, Award>> awardsById =
        awards
            .apply("KeyAwardsById", WithKeys.of((Award a) -> a.awardId))
            .setCoder(RecordCoders.keyedByString(Award.class));
    PCollection<KV<String, CoGbkResult>> grouped =
        KeyedPCollectionTuple.of(DecideLinks.AWARD, awardsById)
            .and(
                DecideLinks.CANDIDATES,
                scored
                    .get(ScoreCandidates.CANDIDATES)
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), CandidateSet.CODER)))
            .apply("GroupCandidatesByAward", CoGroupByKey.create());
    PCollectionTuple decided = grouped.apply("DecideLinks", new DecideLinks(settings, modelView));
    PCollectionTuple resolved =
        settings.linkSiblingAwards()
            ? decided.apply(
                "LinkSiblingAwards",
                new LinkSiblingAwards(
                    settings.ambiguityMargin(), settings.siblingVoucherMinProbability()))
            : decided;
    return PCollectionTuple.of(MATCHED, counted(resolved.get(MATCHED), "CountMatched"))
        .and(REVIEW, counted(resolved.get(REVIEW), "CountReview"))
        .and(UNMATCHED, counted(resolved.get(UNMATCHED), "CountUnmatched"))
        .and(CANDIDATE_PAIRS, scored.get(ScoreCandidates.CANDIDATE_PAIRS))
        .and(CANDIDATE_COUNTS, decided.get(CANDIDATE_COUNTS))
        .and(CAPPED_KEYS, chosen.get(ChooseAwardKeys.PRUNED_KEYS))
        .and(MODEL, model);
  }

  private static PCollection<LinkedAward> counted(PCollection<LinkedAward> linked, String name) {
    return linked
        .apply(name, ParDo.of(new CountOutcomes()))
        .setCoder(RecordCoders.of(LinkedAward.class));
  }

  /** Normalises an award once into everything blocking and scoring read. */
  static class DescribeAwardFn extends TimedDoFn<Award, AwardKeys> {
    DescribeAwardFn() {
      super("describe-awards");
    }

    @ProcessElement
    public void process(@Element Award a, OutputReceiver<AwardKeys> out) {
      out.output(AwardKeys.of(a));
    }
  }
}
