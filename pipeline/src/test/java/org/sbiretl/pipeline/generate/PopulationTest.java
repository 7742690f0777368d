package org.sbiretl.pipeline.generate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PopulationTest {
  private static final int AWARDS = 220_000;

  /** Seed 11 once gave one firm 27,722 of 220,000 awards before the cap. */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 11, 42})
  void noFirmHoldsMoreThanAboutOnePercentOfTheAwards(long seed) {
    int[] perFirm = awardsPerFirm(Population.plan(seed, AWARDS, 3_400_000));
    int most = Arrays.stream(perFirm).max().orElse(0);
    assertThat(most, lessThanOrEqualTo((int) (AWARDS * Population.MAX_FIRM_SHARE) + 1));
    // Still a heavy tail: the busiest firm has hundreds of awards, as on SBIR.gov.
    assertThat(most, greaterThan(200));
    assertThat(Arrays.stream(perFirm).sum(), is(AWARDS));
  }

  private static int[] awardsPerFirm(Population p) {
    int[] counts = new int[p.firms()];
    for (int a = 0; a < p.awards(); a++) {
      counts[p.firmOfAward(a)]++;
    }
    for (int f = 0; f < p.firms(); f++) {
      assertThat(p.awardCount(f), is(counts[f]));
    }
    return counts;
  }
}
