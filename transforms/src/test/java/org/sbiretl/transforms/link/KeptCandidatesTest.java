package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.PairComparator;

/**
 * {@link KeptCandidates}: what one award keeps does not depend on how its recipients were divided
 * between workers, and only what can change a decision is kept.
 */
class KeptCandidatesTest {
  private static final int CAP = 4;

  private static ScoredCandidate candidate(int row, double probability, int nameLevel) {
    Recipient r = new Recipient();
    r.id = Integer.toString(row);
    r.legalBusinessName = "FIRM " + row;
    r.sourceRow = row;
    int[] levels = {nameLevel, 1, -1, -1};
    return new ScoredCandidate(
        r, new PairComparator.Result(levels, 0.5), new double[] {0, 0, 0, 0}, probability);
  }

  private static List<String> ids(List<ScoredCandidate> kept) {
    List<String> out = new ArrayList<>();
    for (ScoredCandidate c : kept) {
      out.add(c.recipient().id);
    }
    return out;
  }

  /** Keeps the candidates in one pass, or split over workers and merged as the decision does. */
  private static KeptCandidates keep(List<ScoredCandidate> all, int workers, Random random) {
    List<KeptCandidates> parts = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      parts.add(new KeptCandidates(CAP));
    }
    for (ScoredCandidate c : all) {
      parts.get(random.nextInt(workers)).offer(c, ScoreCandidates.plausible(c));
    }
    KeptCandidates merged = new KeptCandidates(CAP);
    for (KeptCandidates part : parts) {
      merged.addAll(part.toSet(c -> c), ScoreCandidates::plausible);
    }
    return merged;
  }

  @Test
  void theKeptCandidatesDoNotDependOnHowRecipientsWereDivided() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      List<ScoredCandidate> all = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        double p = random.nextInt(3) == 0 ? random.nextDouble() : random.nextDouble() * 0.02;
        all.add(candidate(i, p, random.nextInt(5)));
      }
      Collections.shuffle(all, random);
      KeptCandidates onePass = keep(all, 1, random);
      for (int workers = 2; workers <= 4; workers++) {
        KeptCandidates divided = keep(all, workers, random);
        assertThat(ids(divided.kept()), is(ids(onePass.kept())));
        assertThat(divided.scored(), is(n));
        assertThat(divided.plausible(), is(onePass.plausible()));
      }
    }
  }

  @Test
  void plausibleCandidatesAreKeptBestFirstUpToTheCap() {
    KeptCandidates kept = new KeptCandidates(CAP);
    double[] probabilities = {0.2, 0.95, 0.5, 0.03, 0.7, 0.001};
    for (int i = 0; i < probabilities.length; i++) {
      ScoredCandidate c = candidate(i, probabilities[i], 0);
      kept.offer(c, ScoreCandidates.plausible(c));
    }
    assertThat(kept.scored(), is(6));
    assertThat(kept.plausible(), is(5));
    // The cap of 4 keeps the four most probable; 0.03 is the fifth and 0.001 was never plausible.
    assertThat(ids(kept.kept()), contains("1", "4", "2", "0"));
  }

  @Test
  void theClosestOthersAreKeptOnlyWhileNothingIsPlausible() {
    KeptCandidates kept = new KeptCandidates(CAP);
    for (int i = 0; i < 5; i++) {
      ScoredCandidate c = candidate(i, 0.001 * i, 0);
      kept.offer(c, ScoreCandidates.plausible(c));
    }
    assertThat(ids(kept.kept()), contains("4", "3", "2"));
    ScoredCandidate strongName = candidate(9, 0.0001, 3);
    kept.offer(strongName, ScoreCandidates.plausible(strongName));
    assertThat(ids(kept.kept()), contains("9"));
    assertThat(new KeptCandidates(CAP).kept(), is(empty()));
  }
}
