package org.sbiretl.transforms.link;

import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Distribution;
import org.apache.beam.sdk.metrics.Metrics;
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
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Routes every award to exactly one of {@link #MATCHED}, {@link #REVIEW} and {@link #UNMATCHED}
 * from the candidates {@link ScoreCandidates} kept for it (see {@link LinkDecider}). Its input is
 * the award-id grouping of each award ({@link #AWARD}) with its candidate sets ({@link
 * #CANDIDATES}, none for an award that met no recipient).
 */
public class DecideLinks
    extends PTransform<PCollection<KV<String, CoGbkResult>>, PCollectionTuple> {
  public static final TupleTag<LinkedAward> MATCHED = new TupleTag<LinkedAward>() {};
  public static final TupleTag<LinkedAward> REVIEW = new TupleTag<LinkedAward>() {};
  public static final TupleTag<LinkedAward> UNMATCHED = new TupleTag<LinkedAward>() {};

  /**
   * Candidate rows scored for each award, one element per award: the value of the {@code
   * linking.candidates-per-award} distribution (see {@link SummarizeCandidateCounts}).
   */
  public static final TupleTag<Integer> CANDIDATE_COUNTS = new TupleTag<Integer>() {};

  /** Tags of the award-id grouping this transform consumes. */
  static final TupleTag<Award> AWARD = new TupleTag<Award>() {};

  static final TupleTag<CandidateSet> CANDIDATES = new TupleTag<CandidateSet>() {};

  private final LinkSettings settings;
  private final PCollectionView<MatchModel> model;

  public DecideLinks(LinkSettings settings, PCollectionView<MatchModel> model) {
    this.settings = settings;
    this.model = model;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, CoGbkResult>> grouped) {
    PCollectionTuple decided =
        grouped.apply(
            "Decide",
            ParDo.of(new DecideFn(settings, model))
                .withSideInputs(model)
                .withOutputTags(
                    MATCHED, TupleTagList.of(REVIEW).and(UNMATCHED).and(CANDIDATE_COUNTS)));
    for (TupleTag<LinkedAward> tag : List.of(MATCHED, REVIEW, UNMATCHED)) {
      decided.get(tag).setCoder(RecordCoders.of(LinkedAward.class));
    }
    return decided;
  }

  static @Nullable Award awardOf(CoGbkResult group) {
    return group.getOnly(AWARD, null);
  }

  static class DecideFn extends TimedDoFn<KV<String, CoGbkResult>, LinkedAward> {

    private final LinkSettings settings;
    private final PCollectionView<MatchModel> modelView;
    private final Distribution candidatesPerAward =
        Metrics.distribution("linking", "linking.candidates-per-award");
    private final Counter overCap = Metrics.counter("linking", "linking.awards-over-candidate-cap");
    private transient MatchModel decidedWith;
    private transient LinkDecider decider;

    DecideFn(LinkSettings settings, PCollectionView<MatchModel> model) {
      super("decide-links");
      this.settings = settings;
      this.modelView = model;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      CoGbkResult group = c.element().getValue();
      Award award = awardOf(group);
      if (award == null) {
        // Candidates always come from awards of this run; an id without its award cannot happen.
        throw new IllegalStateException("candidates for unknown award " + c.element().getKey());
      }
      MatchModel model = c.sideInput(modelView);
      if (decider == null || decidedWith != model) {
        // Candidates arrive scored: the decision itself reads no token frequency.
        decider = new LinkDecider(settings, model, TokenWeights.uniform());
        decidedWith = model;
      }
      KeptCandidates all = new KeptCandidates(settings.maxCandidatesPerAward());
      for (CandidateSet set : group.getAll(CANDIDATES)) {
        all.addAll(set, ScoreCandidates::plausible);
      }
      if (all.plausible() > settings.maxCandidatesPerAward()) {
        overCap.inc();
      }
      candidatesPerAward.update(all.scored());
      c.output(CANDIDATE_COUNTS, all.scored());
      List<ScoredCandidate> kept = all.kept();
      LinkOutcome link = decider.decideScored(award, kept, all.scored());
      LinkedAward linked = LinkedAward.of(award, link);
      switch (link.outcome) {
        case LinkOutcome.MATCHED -> c.output(MATCHED, linked);
        case LinkOutcome.REVIEW -> c.output(REVIEW, linked);
        default -> c.output(UNMATCHED, linked);
      }
    }
  }
}
