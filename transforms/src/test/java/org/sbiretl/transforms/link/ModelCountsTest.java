package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;

/** How level counts become m and u. */
class ModelCountsTest {
  private static final int EXACT = 4;

  /** A million random pairs, {@code exact} of them agreeing exactly on the name. */
  private static Map<String, Long> randomPairs(long exact) {
    Map<String, Long> counts = new HashMap<>();
    counts.put(ModelCounts.uKey(Comparison.NAME, 0), 1_000_000L - exact);
    counts.put(ModelCounts.uKey(Comparison.NAME, EXACT), exact);
    return counts;
  }

  @Test
  void matchesInTheRandomSampleOfASmallTableDoNotCountAsNonMatches() {
    // 2,000 recipients, 85 % of awards among them: one random pair in about 2,350 is a match, and
    // 80 % of matches agree exactly on the name, so ~340 exact names are expected from matches.
    MatchModel model = MatchModel.defaults(2_000, 0.85);
    Map<String, Long> counts = randomPairs(350);
    double u = ModelCounts.estimateU(counts, Comparison.NAME, model)[EXACT];
    double raw = 350.0 / 1_000_000;
    assertThat(u, lessThan(raw / 10));
    // Agreement that matches cannot explain stays.
    double u2 = ModelCounts.estimateU(randomPairs(1_340), Comparison.NAME, model)[EXACT];
    assertThat(u2, closeTo(1_000.0 / 1_000_000, 1e-4));
  }

  @Test
  void onALargeTableTheCorrectionChangesNothing() {
    MatchModel model = MatchModel.defaults(3_400_000, 0.85);
    double u = ModelCounts.estimateU(randomPairs(40), Comparison.NAME, model)[EXACT];
    assertThat(u, closeTo(40.0 / 1_000_000, 1e-6));
  }

  @Test
  void anEstimatedModelWeighsAnExactNameMoreOnceMatchesAreTakenOut() {
    Map<String, Long> counts = randomPairs(350);
    counts.put(ModelCounts.uKey(Comparison.LOCATION, 0), 1_000_000L);
    MatchModel model = ModelCounts.build(counts, 2_000, 0.85);
    assertThat(model.u(Comparison.NAME, EXACT), lessThan(350.0 / 1_000_000 / 10));
    assertThat(model.u(Comparison.NAME, EXACT), greaterThan(0.0));
  }
}
