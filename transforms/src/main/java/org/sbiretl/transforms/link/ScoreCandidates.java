package org.sbiretl.transforms.link;

import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.metrics.StageClock;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Scores pairs where they meet: each recipient's key hashes ({@link RecipientProbe}, computed by
 * the counting pass) are looked up in the awards' chosen keys ({@link ChosenKeyIndex}, a side
 * input), and every award it meets is scored against it there and then, once per pair however many
 * keys they share. Neither the recipient table nor the pairs are shuffled: only each award's kept
 * candidates ({@link KeptCandidates}) leave, once per worker, when its part of the table is done.
 *
 * <p>Output {@link #CANDIDATES}: award id → {@link CandidateSet}, at most one per award and worker.
 * {@link #CANDIDATE_PAIRS}: {@code award_id,recipient_uei} of every pair scored, when asked for.
 */
class ScoreCandidates extends PTransform<PCollection<FirstPassItem>, PCollectionTuple> {
  static final TupleTag<KV<String, CandidateSet>> CANDIDATES =
      new TupleTag<KV<String, CandidateSet>>() {};
  static final TupleTag<String> CANDIDATE_PAIRS = new TupleTag<String>() {};

  /**
   * A candidate below this probability, with no identifier in common and a name that does not agree
   * strongly, cannot change a decision: it is counted but not kept.
   */
  static final double PLAUSIBLE_PROBABILITY = 0.01;

  private final PCollectionView<List<AwardKeys>> chosen;
  private final PCollectionView<AwardKeyIndex> index;
  private final PCollectionView<RecipientStatistics> statistics;
  private final PCollectionView<MatchModel> model;
  private final LinkSettings settings;

  ScoreCandidates(
      PCollectionView<List<AwardKeys>> chosen,
      PCollectionView<AwardKeyIndex> index,
      PCollectionView<RecipientStatistics> statistics,
      PCollectionView<MatchModel> model,
      LinkSettings settings) {
    this.chosen = chosen;
    this.index = index;
    this.statistics = statistics;
    this.model = model;
    this.settings = settings;
  }

  @Override
  public PCollectionTuple expand(PCollection<FirstPassItem> recipients) {
    PCollectionTuple out =
        recipients.apply(
            "ScorePairsWhereTheyMeet",
            ParDo.of(new ScoreFn(chosen, index, statistics, model, settings))
                .withSideInputs(chosen, index, statistics, model)
                .withOutputTags(CANDIDATES, TupleTagList.of(CANDIDATE_PAIRS)));
    out.get(CANDIDATES).setCoder(KvCoder.of(StringUtf8Coder.of(), CandidateSet.CODER));
    out.get(CANDIDATE_PAIRS).setCoder(StringUtf8Coder.of());
    return out;
  }

  /**
   * Worth keeping for the decision: an identifier in common, a name that agrees strongly (a rival
   * that can overrule a conflicting identifier agrees strongly on the name, or is probable), or a
   * probability of at least {@value #PLAUSIBLE_PROBABILITY}.
   */
  static boolean plausible(ScoredCandidate c) {
    int[] levels = c.comparison().levels();
    return levels[Comparison.UEI.ordinal()] == 1
        || levels[Comparison.DUNS.ordinal()] == 1
        || levels[Comparison.NAME.ordinal()] >= 3
        || c.probability() >= PLAUSIBLE_PROBABILITY;
  }

  static class ScoreFn extends DoFn<FirstPassItem, KV<String, CandidateSet>> {
    private final StageClock clock = new StageClock("score-candidates");
    private final PCollectionView<List<AwardKeys>> chosenView;
    private final PCollectionView<AwardKeyIndex> indexView;
    private final PCollectionView<RecipientStatistics> statisticsView;
    private final PCollectionView<MatchModel> modelView;
    private final LinkSettings settings;
    private final Counter pairs = Metrics.counter("blocking", "blocking.pairs");
    private final Counter recipientsMeeting =
        Metrics.counter("blocking", "blocking.recipients-meeting-awards");

    private transient ChosenKeyIndex awards;
    private transient PairComparator comparator;
    private transient MatchModel model;
    private transient int[] seenBy;
    private transient int recipientSeq;

    /** By award position in {@link #awards}; null for an award no recipient has met yet. */
    private transient KeptCandidates[] kept;

    private transient long pairsScored;

    ScoreFn(
        PCollectionView<List<AwardKeys>> chosen,
        PCollectionView<AwardKeyIndex> index,
        PCollectionView<RecipientStatistics> statistics,
        PCollectionView<MatchModel> model,
        LinkSettings settings) {
      this.chosenView = chosen;
      this.indexView = index;
      this.statisticsView = statistics;
      this.modelView = model;
      this.settings = settings;
    }

    @StartBundle
    public void startBundle() {
      clock.bundleStarted();
      kept = null;
      pairsScored = 0;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (awards == null) {
        // Built once per instance from the side inputs, which are the same for every bundle and
        // whichever copy a runner hands over; reading them per element costs more than scoring on
        // Flink, which describes the view in a message string on every lookup.
        TokenWeights weights = c.sideInput(statisticsView).weights(c.sideInput(indexView));
        model = c.sideInput(modelView);
        comparator = new PairComparator(weights);
        awards = ChosenKeyIndex.of(c.sideInput(chosenView), weights, model);
        seenBy = new int[awards.size()];
      }
      if (kept == null) {
        kept = new KeptCandidates[awards.size()];
      }
      RecipientProbe probe = c.element().probe();
      if (probe == null) {
        return; // a summary of the counting pass
      }
      Recipient r = probe.recipient;
      PairComparator.Side side = null;
      int seq = ++recipientSeq;
      boolean met = false;
      for (long hash : probe.keyHashes) {
        int at = awards.keys.indexOf(hash);
        if (at < 0) {
          continue;
        }
        for (int e = awards.from(at); e < awards.to(at); e++) {
          int a = awards.award(e);
          if (seenBy[a] == seq) {
            continue;
          }
          seenBy[a] = seq;
          met = true;
          if (side == null) {
            side = comparator.prepare(probe.features);
          }
          score(a, r, side, c);
        }
      }
      if (met) {
        recipientsMeeting.inc();
      }
    }

    private void score(int a, Recipient r, PairComparator.Side side, ProcessContext c) {
      AwardKeys award = awards.probes[a];
      // The award's side is prepared per pair, the recipient's once: kept for every award, the
      // prepared names would not leave the heap room for the candidates at the default heap.
      PairComparator.Result cmp = comparator.compare(comparator.prepare(award.features), side);
      double[] w = model.weights(cmp.levels(), awards.nameFrequencies[a]);
      // The weights are dropped while the candidate is only kept (millions are, for a while) and
      // recomputed for the few that leave.
      ScoredCandidate candidate = new ScoredCandidate(r, cmp, null, model.probability(w));
      pairsScored++;
      if (kept[a] == null) {
        kept[a] = new KeptCandidates(settings.maxCandidatesPerAward());
      }
      kept[a].offer(candidate, plausible(candidate));
      if (settings.recordCandidates() && r.uei != null) {
        c.output(CANDIDATE_PAIRS, award.awardId + "," + r.uei);
      }
    }

    /** Sends on what every award kept, and starts afresh. */
    private void emitKept(java.util.function.Consumer<KV<String, CandidateSet>> out) {
      for (int a = 0; kept != null && a < kept.length; a++) {
        if (kept[a] != null) {
          out.accept(KV.of(awards.probes[a].awardId, kept[a].toSet(withWeights(a))));
        }
      }
      kept = null;
    }

    /** Completes a kept candidate of award {@code a} with its comparison weights. */
    private java.util.function.UnaryOperator<ScoredCandidate> withWeights(int a) {
      return c ->
          new ScoredCandidate(
              c.recipient(),
              c.comparison(),
              model.weights(c.comparison().levels(), awards.nameFrequencies[a]),
              c.probability());
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      emitKept(kv -> c.output(kv, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      // Counted per bundle: tens of millions of pairs would otherwise update the cell each time.
      pairs.inc(pairsScored);
      clock.bundleFinished();
    }
  }
}
