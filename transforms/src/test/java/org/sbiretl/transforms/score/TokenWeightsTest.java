package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenWeightsTest {
  private static final TokenWeights WEIGHTS =
      new TokenWeights(
          Map.of("tech", 40_000L, "acme", 10L, "photonix", 1L, "=acmerobotic", 3L), 100_000);

  @Test
  void rareTokensWeighMoreThanCommonOnes() {
    assertThat(WEIGHTS.idf("photonix"), greaterThan(WEIGHTS.idf("acme")));
    assertThat(WEIGHTS.idf("acme"), greaterThan(WEIGHTS.idf("tech")));
  }

  @Test
  void anUnknownTokenCountsAsTheRarest() {
    assertThat(WEIGHTS.idf("zyxwv"), greaterThan(WEIGHTS.idf("photonix")));
    assertThat(WEIGHTS.idf("zyxwv"), closeTo(Math.log(100_001.0) + 1, 1e-12));
  }

  @Test
  void aTokenInEveryRecipientStillWeighsOne() {
    TokenWeights w = new TokenWeights(Map.of("inc", 50L), 50);
    assertThat(w.idf("inc"), closeTo(1.0, 1e-12));
  }

  @Test
  void uniformWeightsAreEqualForEveryToken() {
    TokenWeights u = TokenWeights.uniform();
    assertThat(u.idf("tech"), is(u.idf("photonix")));
    assertThat(u.documentFrequency("tech"), is(0L));
  }

  @Test
  void documentCountIsAtLeastOne() {
    TokenWeights none = new TokenWeights(Map.of(), 0);
    assertThat(none.idf("acme"), is(TokenWeights.uniform().idf("acme")));
  }

  @Test
  void documentFrequencies() {
    assertThat(WEIGHTS.documentFrequency("tech"), is(40_000L));
    assertThat(WEIGHTS.documentFrequency("zyxwv"), is(0L));
  }

  @Test
  void exactNameCountLooksUpTheWholeNameTerm() {
    assertThat(WEIGHTS.exactNameCount(List.of("acme", "robotic")), is(3L));
    assertThat(WEIGHTS.exactNameCount(List.of("acme")), is(0L));
    // A whole-name term is not a token: it does not change the weight of its tokens.
    assertThat(WEIGHTS.documentFrequency("acmerobotic"), is(0L));
  }
}
