package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/** {@link JaroWinklerBound} never rules out a pair that reaches the threshold. */
class JaroWinklerBoundTest {
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

  @Test
  void aRuledOutPairIsAlwaysBelowTheThreshold() {
    Random random = new Random(7);
    String alphabet = "aeiorstnlcdmpbgk";
    int ruledOut = 0;
    for (int i = 0; i < 200_000; i++) {
      String a = word(random, alphabet);
      String b = random.nextInt(4) == 0 ? mutate(random, a, alphabet) : word(random, alphabet);
      for (double threshold : new double[] {0.90, 0.92}) {
        if (!JaroWinklerBound.canReach(a, b, threshold)) {
          ruledOut++;
          assertThat(a + " / " + b, JW.apply(a, b), lessThan(threshold));
        }
      }
    }
    assertThat("the bound rules out many pairs", ruledOut, greaterThan(100_000));
  }

  @Test
  void typosAndEqualStringsAreNeverRuledOut() {
    assertThat(JaroWinklerBound.canReach("photonix", "photonics", 0.90), is(true));
    assertThat(JaroWinklerBound.canReach("boston", "boston", 0.92), is(true));
    assertThat(JaroWinklerBound.canReach("robotics", "aerospace", 0.90), is(false));
  }

  @Test
  void textBeyondAsciiIsLeftToTheRealSimilarity() {
    assertThat(JaroWinklerBound.canReach("\u00e9cole", "zzzzz", 0.90), is(true));
  }

  private static String word(Random random, String alphabet) {
    StringBuilder s = new StringBuilder();
    int n = 2 + random.nextInt(9);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private static String mutate(Random random, String a, String alphabet) {
    StringBuilder s = new StringBuilder(a);
    int at = random.nextInt(s.length());
    s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
    return s.toString();
  }
}
