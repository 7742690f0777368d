package org.sbiretl.transforms.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.NameFrequency;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.PartyFeatures;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * Decides one award's outcome from its candidate recipients.
 *
 * <ol>
 *   <li>A recipient with the award's UEI → matched {@code uei-exact}; else one with its DUNS →
 *       matched {@code duns-exact}. When the names disagree strongly: with the address agreeing at
 *       city or ZIP level (a renamed firm) the link stands, flagged {@code
 *       identifier_name_conflict}; without that support, and another company matching name and
 *       address confidently, that company is matched, flagged {@code identifier_overridden};
 *       otherwise → review as {@code identifier-conflict}.
 *   <li>Otherwise the most probable company is matched {@code name-probabilistic} when its
 *       probability reaches the high threshold and beats the best other company by the margin.
 *   <li>Between the thresholds, or ambiguous → review; below the low threshold or no candidate →
 *       unmatched.
 * </ol>
 *
 * <p>Several recipient rows with one UEI are one company. The row that represents it is chosen
 * deterministically: highest match probability, then the most recent {@code update_date}, then the
 * smallest {@code id}, then the earliest source row.
 */
public final class LinkDecider implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Candidates listed on review and unmatched rows. */
  static final int LISTED_CANDIDATES = 3;

  static final String IDENTIFIER_NAME_CONFLICT = "identifier_name_conflict";

  /** The award's identifier pointed elsewhere, but name and address chose this recipient. */
  static final String IDENTIFIER_OVERRIDDEN = "identifier_overridden";

  private final LinkSettings settings;
  private final MatchModel model;
  private final TokenWeights weights;
  private final PairComparator comparator;

  /** Recipients whose features are kept between decisions (least recently used dropped). */
  static final int FEATURE_CACHE_SIZE = 100_000;

  private transient Map<Recipient, PartyFeatures> featureCache;

  public LinkDecider(LinkSettings settings, MatchModel model, TokenWeights weights) {
    this.settings = settings;
    this.model = model;
    this.weights = weights;
    this.comparator = new PairComparator(weights);
  }

  /** Scores every candidate, then decides ({@link #decideScored}); for small candidate lists. */
  public LinkOutcome decide(Award award, Collection<Recipient> candidates) {
    PartyFeatures a = PartyFeatures.ofAward(award);
    NameFrequency nameFrequency = NameFrequency.estimate(a.names(), weights, model.recipients());
    return decideScored(award, score(a, candidates, nameFrequency), candidates.size());
  }

  /**
   * Decides from candidates already scored against the award.
   *
   * @param rows the candidates that can matter (see {@link ScoreCandidates#plausible}), in any
   *     order; the list is sorted in place
   * @param scoredCount how many recipient rows were scored against the award in all
   */
  LinkOutcome decideScored(Award award, List<ScoredCandidate> rows, int scoredCount) {
    LinkOutcome out = decideAmong(award, rows, scoredCount);
    out.decisionSummary = DecisionSummary.complete(out, settings);
    return out;
  }

  private LinkOutcome decideAmong(Award award, List<ScoredCandidate> rows, int scoredCount) {
    // Sorted once: the identifier lookup and the choice of each company's row share one order.
    rows.sort(PREFERENCE);
    List<ScoredCandidate> companies = bestPerCompany(rows);

    LinkOutcome out = new LinkOutcome();
    out.awardId = award.awardId;
    out.candidateCount = scoredCount;
    if (companies.isEmpty()) {
      out.outcome = LinkOutcome.UNMATCHED;
      out.reason = OutcomeReason.NO_CANDIDATE.code();
      return out;
    }
    // Every row is searched, not only each company's representative: a renamed firm's old row
    // may be the only one that still carries the DUNS on the award.
    ScoredCandidate byUei = find(rows, award.uei, r -> r.uei);
    ScoredCandidate byDuns = byUei == null ? find(rows, award.duns, r -> r.duns) : null;
    ScoredCandidate linked = byUei != null ? byUei : byDuns;
    if (linked != null) {
      return identifierLink(
          out,
          representativeOf(linked, companies),
          byUei != null ? MatchMethod.UEI_EXACT : MatchMethod.DUNS_EXACT,
          companies);
    }
    ScoredCandidate best = companies.get(0);
    double second = companies.size() > 1 ? companies.get(1).probability() : 0.0;
    fill(out, best, second);
    if (best.probability() >= settings.highThreshold()
        && best.probability() - second >= settings.ambiguityMargin()) {
      out.outcome = LinkOutcome.MATCHED;
      out.matchMethod = MatchMethod.NAME_PROBABILISTIC.code();
    } else if (best.probability() >= settings.lowThreshold()) {
      out.outcome = LinkOutcome.REVIEW;
      out.reason =
          (best.probability() >= settings.highThreshold()
                  ? OutcomeReason.AMBIGUOUS
                  : OutcomeReason.BETWEEN_THRESHOLDS)
              .code();
      out.candidates = Explanations.candidates(top(companies), model);
    } else {
      out.outcome = LinkOutcome.UNMATCHED;
      out.reason = OutcomeReason.BELOW_THRESHOLD.code();
      out.candidates = Explanations.candidates(top(companies), model);
    }
    return out;
  }

  private LinkOutcome identifierLink(
      LinkOutcome out,
      ScoredCandidate linked,
      MatchMethod method,
      List<ScoredCandidate> companies) {
    List<ScoredCandidate> others = new ArrayList<>(companies);
    others.remove(linked);
    ScoredCandidate rival = others.isEmpty() ? null : others.get(0);
    double runnerUp = others.size() > 1 ? others.get(1).probability() : 0.0;
    boolean nameConflict = linked.comparison().nameSimilarity() < settings.nameConflictSimilarity();
    boolean placeSupports = addressAgrees(linked);
    // A rival is confident when the model says so, or when it is the one company agreeing with
    // the award strongly on both name and address: the model's probability for it is held down
    // by the very identifier conflict in question.
    boolean rivalConfident =
        rival != null
            && rival.comparison().nameSimilarity() >= settings.nameConflictSimilarity()
            && ((rival.probability() >= settings.highThreshold()
                    && rival.probability() - runnerUp >= settings.ambiguityMargin())
                || onlyStrongAgreement(rival, others));
    if (!nameConflict) {
      return matched(out, linked, method, rival, List.of());
    }
    if (rivalConfident && !placeSupports) {
      // Neither name nor address supports the identifier, and another company matches both with
      // confidence: the identifier is the error (a typo, or another firm's number).
      return matched(
          out, rival, MatchMethod.NAME_PROBABILISTIC, linked, List.of(IDENTIFIER_OVERRIDDEN));
    }
    if (rivalConfident || !placeSupports) {
      fill(out, linked, rival == null ? 0.0 : rival.probability());
      out.matchFlags.add(IDENTIFIER_NAME_CONFLICT);
      out.outcome = LinkOutcome.REVIEW;
      out.reason = OutcomeReason.IDENTIFIER_CONFLICT.code();
      out.candidates =
          Explanations.candidates(rival == null ? List.of(linked) : List.of(linked, rival), model);
      return out;
    }
    // A renamed company keeps its identifier and its address: linked, and flagged for a look.
    return matched(out, linked, method, rival, List.of(IDENTIFIER_NAME_CONFLICT));
  }

  /** The address agrees at city or ZIP level (not merely the state). */
  private static boolean addressAgrees(ScoredCandidate c) {
    int level = c.comparison().level(Comparison.LOCATION);
    return level == 3 || level == 4 || level == 5;
  }

  private static boolean strongAgreement(ScoredCandidate c) {
    return c.comparison().level(Comparison.NAME) >= 3 && addressAgrees(c);
  }

  private static boolean onlyStrongAgreement(ScoredCandidate rival, List<ScoredCandidate> others) {
    if (!strongAgreement(rival)) {
      return false;
    }
    for (ScoredCandidate c : others) {
      if (c != rival && strongAgreement(c)) {
        return false;
      }
    }
    return true;
  }

  private LinkOutcome matched(
      LinkOutcome out,
      ScoredCandidate chosen,
      MatchMethod method,
      @Nullable ScoredCandidate second,
      List<String> flags) {
    fill(out, chosen, second == null ? 0.0 : second.probability());
    if (method != MatchMethod.NAME_PROBABILISTIC) {
      // An identifier is the strongest evidence there is, so the link probability is 1; the
      // explanation still shows what name and address said.
      out.matchProbability = 1.0;
    }
    out.matchFlags.addAll(flags);
    out.outcome = LinkOutcome.MATCHED;
    out.matchMethod = method.code();
    return out;
  }

  private void fill(LinkOutcome out, ScoredCandidate c, double second) {
    out.setRecipient(c.recipient());
    out.decisionSummary = DecisionSummary.levels(c.comparison());
    out.matchProbability = Explanations.round(c.probability());
    out.secondBestProbability = Explanations.round(second);
    out.matchExplanation = Explanations.json(Explanations.of(c, model));
  }

  private List<ScoredCandidate> score(
      PartyFeatures award, Collection<Recipient> candidates, NameFrequency nameFrequency) {
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    for (Recipient r : candidates) {
      PairComparator.Result cmp = comparator.compare(award, features(r));
      double[] w = model.weights(cmp.levels(), nameFrequency);
      scored.add(new ScoredCandidate(r, cmp, w, model.probability(w)));
    }
    return scored;
  }

  /**
   * A recipient's normalised features, cached: the same recipients are candidates of many awards
   * (one block feeds every award that shares its key), and normalising names is the costly part.
   */
  private PartyFeatures features(Recipient r) {
    if (featureCache == null) {
      featureCache =
          new java.util.LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Recipient, PartyFeatures> eldest) {
              return size() > FEATURE_CACHE_SIZE;
            }
          };
    }
    return featureCache.computeIfAbsent(r, PartyFeatures::ofRecipient);
  }

  /**
   * One candidate per company, most probable first (ties broken deterministically), from rows
   * already in {@link #PREFERENCE} order.
   */
  static List<ScoredCandidate> bestPerCompany(List<ScoredCandidate> preferredFirst) {
    Map<String, ScoredCandidate> byCompany = new LinkedHashMap<>();
    for (ScoredCandidate c : preferredFirst) {
      byCompany.putIfAbsent(c.entity(), c);
    }
    return new ArrayList<>(byCompany.values());
  }

  private static @Nullable ScoredCandidate find(
      List<ScoredCandidate> companies,
      @Nullable String id,
      java.util.function.Function<Recipient, @Nullable String> field) {
    if (id == null) {
      return null;
    }
    for (ScoredCandidate c : companies) {
      if (id.equals(field.apply(c.recipient()))) {
        return c;
      }
    }
    return null;
  }

  /** The row chosen to stand for the company of {@code row}. */
  private static ScoredCandidate representativeOf(
      ScoredCandidate row, List<ScoredCandidate> companies) {
    for (ScoredCandidate c : companies) {
      if (c.entity().equals(row.entity())) {
        return c;
      }
    }
    return row;
  }

  private static List<ScoredCandidate> top(List<ScoredCandidate> companies) {
    return companies.subList(0, Math.min(LISTED_CANDIDATES, companies.size()));
  }

  static final Comparator<ScoredCandidate> PREFERENCE =
      Comparator.comparingDouble(ScoredCandidate::probability)
          .reversed()
          .thenComparing(
              c -> c.recipient().updateDate, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(c -> c.recipient().id, Comparator.nullsLast(LinkDecider::compareIds))
          .thenComparingLong(c -> c.recipient().sourceRow);

  /** Numeric ids compare as numbers, others as text. */
  private static int compareIds(String a, String b) {
    if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    return Objects.compare(a, b, Comparator.naturalOrder());
  }
}
