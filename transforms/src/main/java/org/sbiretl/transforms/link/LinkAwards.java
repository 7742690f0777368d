package org.sbiretl.transforms.link;

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
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.score.MatchModel;

/**
 * Links awards to recipients: blocking ({@link GenerateCandidates}), grouping each award with its
 * candidates ({@code CoGroupByKey} on award id, so every award reaches the decision even with no
 * candidate), model estimation ({@link EstimateMatchModel}), decisions ({@link DecideLinks}) and
 * links through a firm's other awards ({@link LinkSiblingAwards}); outcomes are counted last.
 *
 * <p>Outputs: {@link DecideLinks#MATCHED}, {@link DecideLinks#REVIEW}, {@link
 * DecideLinks#UNMATCHED}, plus {@link #CAPPED_KEYS} and {@link #CANDIDATE_COUNTS} for the blocking
 * report, {@link #CANDIDATE_PAIRS} and {@link #MODEL}.
 */
public class LinkAwards extends PTransform<PCollection<Award>, PCollectionTuple> {
  public static final TupleTag<LinkedAward> MATCHED = DecideLinks.MATCHED;
  public static final TupleTag<LinkedAward> REVIEW = DecideLinks.REVIEW;
  public static final TupleTag<LinkedAward> UNMATCHED = DecideLinks.UNMATCHED;
  public static final TupleTag<KV<String, Long>> CAPPED_KEYS = GenerateCandidates.CAPPED_KEYS;
  public static final TupleTag<String> CANDIDATE_PAIRS = DecideLinks.CANDIDATE_PAIRS;
  public static final TupleTag<Integer> CANDIDATE_COUNTS = DecideLinks.CANDIDATE_COUNTS;
  public static final TupleTag<MatchModel> MODEL = new TupleTag<MatchModel>() {};

  private final PCollection<Recipient> recipients;
  private final LinkSettings settings;

  private LinkAwards(PCollection<Recipient> recipients, LinkSettings settings) {
    this.recipients = recipients;
    this.settings = settings;
  }

  public static LinkAwards to(PCollection<Recipient> recipients, LinkSettings settings) {
    return new LinkAwards(recipients, settings);
  }

  @Override
  public PCollectionTuple expand(PCollection<Award> awards) {
    TokenStatistics stats = ComputeTokenStatistics.of(awards, recipients);
    PCollectionTuple blocked =
        awards.apply(
            "GenerateCandidates",
            new GenerateCandidates(
                recipients, settings.maxBlockSize(), settings.maxCandidatesPerAward()));
    PCollection<KV<String, Award>> awardsById =
        awards
            .apply("KeyAwardsById", WithKeys.of((Award a) -> a.awardId))
            .setCoder(RecordCoders.keyedByString(Award.class));
    PCollection<KV<String, CoGbkResult>> grouped =
        KeyedPCollectionTuple.of(DecideLinks.AWARD, awardsById)
            .and(DecideLinks.CANDIDATES, blocked.get(GenerateCandidates.PAIRS))
            .apply("GroupCandidatesByAward", CoGroupByKey.create());
    PCollection<MatchModel> model =
        EstimateMatchModel.of(awards, recipients, grouped, stats, settings.estimateParameters());
    PCollectionView<MatchModel> modelView = model.apply("MatchModelView", View.asSingleton());
    PCollectionTuple decided =
        grouped.apply("DecideLinks", new DecideLinks(settings, modelView, stats));
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
        .and(CANDIDATE_PAIRS, decided.get(CANDIDATE_PAIRS))
        .and(CANDIDATE_COUNTS, decided.get(CANDIDATE_COUNTS))
        .and(CAPPED_KEYS, blocked.get(GenerateCandidates.CAPPED_KEYS))
        .and(MODEL, model);
  }

  private static PCollection<LinkedAward> counted(PCollection<LinkedAward> linked, String name) {
    return linked
        .apply(name, ParDo.of(new CountOutcomes()))
        .setCoder(RecordCoders.of(LinkedAward.class));
  }
}
