package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Scores every award's candidates with the {@link MatchModel} and routes the award to exactly one
 * of {@link #MATCHED}, {@link #REVIEW} and {@link #UNMATCHED} (see {@link LinkDecider}).
 */
public class DecideLinks
    extends PTransform<PCollection<KV<String, CoGbkResult>>, PCollectionTuple> {
  public static final TupleTag<LinkedAward> MATCHED = new TupleTag<LinkedAward>() {};
  public static final TupleTag<LinkedAward> REVIEW = new TupleTag<LinkedAward>() {};
  public static final TupleTag<LinkedAward> UNMATCHED = new TupleTag<LinkedAward>() {};

  /** {@code award_id,recipient_uei} of every candidate, when the settings ask for them. */
  public static final TupleTag<String> CANDIDATE_PAIRS = new TupleTag<String>() {};

  /**
   * Candidates scored for each award, one element per award: after the per-award cap, the value of
   * the {@code linking.candidates-per-award} distribution (see {@link SummarizeCandidateCounts}).
   */
  public static final TupleTag<Integer> CANDIDATE_COUNTS = new TupleTag<Integer>() {};

  /** Tags of the award-id grouping this transform consumes. */
  static final TupleTag<Award> AWARD = new TupleTag<Award>() {};

  static final TupleTag<Recipient> CANDIDATES = new TupleTag<Recipient>() {};

  private final LinkSettings settings;
  private final PCollectionView<MatchModel> model;
  private final TokenStatistics stats;

  public DecideLinks(
      LinkSettings settings, PCollectionView<MatchModel> model, TokenStatistics stats) {
    this.settings = settings;
    this.model = model;
    this.stats = stats;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, CoGbkResult>> grouped) {
    return grouped.apply(
        "ScoreAndDecide",
        ParDo.of(new DecideFn(settings, model, stats))
            .withSideInputs(model, stats.documentFrequency(), stats.recipientCount())
            .withOutputTags(
                MATCHED,
                TupleTagList.of(REVIEW).and(UNMATCHED).and(CANDIDATE_PAIRS).and(CANDIDATE_COUNTS)));
  }

  static @Nullable Award awardOf(CoGbkResult group) {
    return group.getOnly(AWARD, null);
  }

  /** The distinct candidates of an award, those found under the most blocking keys first. */
  static List<Recipient> candidatesOf(CoGbkResult group) {
    Map<Recipient, Integer> sharedKeys = new HashMap<>();
    for (Recipient r : group.getAll(CANDIDATES)) {
      sharedKeys.merge(r, 1, Integer::sum);
    }
    List<Map.Entry<Recipient, Integer>> entries = new ArrayList<>(sharedKeys.entrySet());
    entries.sort(
        Map.Entry.<Recipient, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(e -> e.getKey().sourceRow)
            .thenComparing(e -> e.getKey().toString()));
    List<Recipient> out = new ArrayList<>(entries.size());
    for (Map.Entry<Recipient, Integer> e : entries) {
      out.add(e.getKey());
    }
    return out;
  }

  static class DecideFn extends DoFn<KV<String, CoGbkResult>, LinkedAward> {
    private final LinkSettings settings;
    private final PCollectionView<MatchModel> modelView;
    private final TokenStatistics stats;
    private final Distribution candidatesPerAward =
        Metrics.distribution("linking", "linking.candidates-per-award");
    private final Counter overCap = Metrics.counter("linking", "linking.awards-over-candidate-cap");
    private transient MatchModel decidedWith;
    private transient LinkDecider decider;

    DecideFn(LinkSettings settings, PCollectionView<MatchModel> model, TokenStatistics stats) {
      this.settings = settings;
      this.modelView = model;
      this.stats = stats;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      CoGbkResult group = c.element().getValue();
      Award award = awardOf(group);
      if (award == null) {
        // Pairs always come from awards of this run; an id without its award cannot happen.
        throw new IllegalStateException("candidates for unknown award " + c.element().getKey());
      }
      MatchModel model = c.sideInput(modelView);
      if (decider == null || decidedWith != model) {
        decider =
            new LinkDecider(
                settings,
                model,
                new TokenWeights(
                    c.sideInput(stats.documentFrequency()), c.sideInput(stats.recipientCount())));
        decidedWith = model;
      }
      // One pass over the candidates: a runner may hand a large group over as a one-pass iterable.
      List<Recipient> candidates = candidatesOf(group);
      if (settings.recordCandidates()) {
        for (Recipient r : candidates) {
          if (r.uei != null) {
            c.output(CANDIDATE_PAIRS, award.awardId + "," + r.uei);
          }
        }
      }
      if (candidates.size() > settings.maxCandidatesPerAward()) {
        overCap.inc();
        candidates = candidates.subList(0, settings.maxCandidatesPerAward());
      }
      candidatesPerAward.update(candidates.size());
      c.output(CANDIDATE_COUNTS, candidates.size());
      LinkOutcome link = decider.decide(award, candidates);
      LinkedAward linked = LinkedAward.of(award, link);
      switch (link.outcome) {
        case LinkOutcome.MATCHED -> c.output(MATCHED, linked);
        case LinkOutcome.REVIEW -> c.output(REVIEW, linked);
        default -> c.output(UNMATCHED, linked);
      }
    }
  }
}
