package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One award's candidates as they are scored: all are counted, and two short lists are kept in
 * {@link LinkDecider#PREFERENCE} order. The plausible ones (see {@link ScoreCandidates#plausible})
 * up to the per-award cap decide the award. While none is plausible, the {@value
 * LinkDecider#LISTED_CANDIDATES} best others are kept too, to show a reviewer what was closest; the
 * first plausible one drops them. Everything else is dropped where it was scored, so what one award
 * holds stays small however many recipients it meets.
 *
 * <p>The result does not depend on how the recipients were divided between workers: merging the
 * lists of every part ({@link #addAll}) gives the lists one pass over all of them would.
 */
final class KeptCandidates {
  private static final int LISTED = LinkDecider.LISTED_CANDIDATES;

  private final int cap;
  private int scored;
  private int plausible;
  private List<ScoredCandidate> best;
  private List<ScoredCandidate> others;

  KeptCandidates(int cap) {
    this.cap = cap;
  }

  void offer(ScoredCandidate c, boolean isPlausible) {
    scored++;
    keep(c, isPlausible);
  }

  /** Adds what another part of the table kept for the same award. */
  void addAll(CandidateSet other, Predicate<ScoredCandidate> isPlausible) {
    scored += other.scored;
    int keptPlausible = 0;
    for (ScoredCandidate c : other.kept) {
      boolean p = isPlausible.test(c);
      if (p) {
        keptPlausible++;
      }
      keep(c, p);
    }
    // The plausible candidates the other part counted but left out at its cap count all the same.
    plausible += other.plausible - keptPlausible;
  }

  int scored() {
    return scored;
  }

  int plausible() {
    return plausible;
  }

  /** The kept candidates: the plausible ones, or (when none is) the closest others. */
  List<ScoredCandidate> kept() {
    List<ScoredCandidate> out = new ArrayList<>(best == null ? List.of() : best);
    if (plausible == 0 && others != null) {
      out.addAll(others);
    }
    return out;
  }

  /**
   * The kept candidates as a set to send on.
   *
   * @param complete fills in what was left out while candidates were only being kept (the weights
   *     each comparison contributed: only the few that leave need them)
   */
  CandidateSet toSet(UnaryOperator<ScoredCandidate> complete) {
    List<ScoredCandidate> out = kept();
    out.replaceAll(complete);
    return new CandidateSet(scored, plausible, out);
  }

  private void keep(ScoredCandidate c, boolean isPlausible) {
    if (isPlausible) {
      plausible++;
      if (best == null) {
        best = new ArrayList<>();
      }
      if (fits(best, c, cap)) {
        insert(best, c, cap);
      }
      others = null;
    } else if (plausible == 0) {
      if (others == null) {
        others = new ArrayList<>(LISTED);
      }
      if (fits(others, c, LISTED)) {
        insert(others, c, LISTED);
      }
    }
  }

  private static boolean fits(List<ScoredCandidate> list, ScoredCandidate c, int limit) {
    if (list.size() < limit) {
      return true;
    }
    ScoredCandidate last = list.get(list.size() - 1);
    // Most candidates are far less probable than the last kept; the full order decides only ties.
    if (c.probability() != last.probability()) {
      return c.probability() > last.probability();
    }
    return LinkDecider.PREFERENCE.compare(c, last) < 0;
  }

  private static void insert(List<ScoredCandidate> list, ScoredCandidate c, int limit) {
    int at = Collections.binarySearch(list, c, LinkDecider.PREFERENCE);
    list.add(at < 0 ? -at - 1 : at, c);
    if (list.size() > limit) {
      list.remove(list.size() - 1);
    }
  }
}
