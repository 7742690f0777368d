package org.sbiretl.transforms.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One award's candidates as they are scored: all are counted, and two short lists are kept in
 * {@link LinkDecider#PREFERENCE} order. The plausible ones (see {@link ScoreCandidates#plausible})
 * up to the per-award cap decide the award; the few best of any kind are what a reviewer is shown
 * when nothing plausible was found. Everything else is dropped where it was scored.
 */
final class KeptCandidates {
  private final int cap;
  private int scored;
  private int plausible;
  private final List<ScoredCandidate> best = new ArrayList<>();
  private final List<ScoredCandidate> top = new ArrayList<>();

  KeptCandidates(int cap) {
    this.cap = cap;
  }

  void offer(ScoredCandidate c, boolean isPlausible) {
    scored++;
    ScoredCandidate slim = null;
    if (isPlausible) {
      plausible++;
      if (fits(best, c, cap)) {
        slim = slim(c);
        insert(best, slim, cap);
      }
    }
    if (fits(top, c, LinkDecider.LISTED_CANDIDATES)) {
      insert(top, slim == null ? slim(c) : slim, LinkDecider.LISTED_CANDIDATES);
    }
  }

  /** Adds what another part of the table kept for the same award. */
  void addAll(CandidateSet other, java.util.function.Predicate<ScoredCandidate> isPlausible) {
    scored += other.scored;
    plausible += other.plausible;
    for (ScoredCandidate c : other.kept) {
      if (isPlausible.test(c)) {
        if (fits(best, c, cap)) {
          insert(best, c, cap);
        }
      }
      if (fits(top, c, LinkDecider.LISTED_CANDIDATES)) {
        insert(top, c, LinkDecider.LISTED_CANDIDATES);
      }
    }
  }

  int scored() {
    return scored;
  }

  int plausible() {
    return plausible;
  }

  /** The kept candidates, plausible first, each once. */
  List<ScoredCandidate> kept() {
    List<ScoredCandidate> out = new ArrayList<>(best);
    for (ScoredCandidate c : top) {
      if (!best.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  CandidateSet toSet() {
    return new CandidateSet(scored, plausible, kept());
  }

  private static ScoredCandidate slim(ScoredCandidate c) {
    return new ScoredCandidate(
        c.recipient().forLinking(), c.comparison(), c.weights(), c.probability());
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
