package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameFrequencyTest {
  private static final long RECIPIENTS = 1000;
  private static final TokenWeights WEIGHTS =
      new TokenWeights(
          Map.of(
              "advanced", 200L,
              "tech", 400L,
              "acme", 10L,
              "robotic", 100L,
              "=advancedtech", 21L,
              "=acmerobotic", 1L),
          RECIPIENTS);

  @Test
  void exactShareCountsOtherRecipientsWithTheSameName() {
    NameFrequency f =
        NameFrequency.estimate(List.of(List.of("advanced", "tech")), WEIGHTS, RECIPIENTS);
    // 21 recipients carry the name; one may be the match itself.
    assertThat(f.exact(), closeTo(20.0 / RECIPIENTS, 1e-12));
  }

  @Test
  void aNameOnlyTheMatchCarriesHasNoExactNamesake() {
    NameFrequency one =
        NameFrequency.estimate(List.of(List.of("acme", "robotic")), WEIGHTS, RECIPIENTS);
    NameFrequency none =
        NameFrequency.estimate(List.of(List.of("zenith", "photonic")), WEIGHTS, RECIPIENTS);
    assertThat(one.exact(), is(0.0));
    assertThat(none.exact(), is(0.0));
  }

  @Test
  void similarShareMultipliesTokenFrequencies() {
    NameFrequency f =
        NameFrequency.estimate(List.of(List.of("acme", "robotic")), WEIGHTS, RECIPIENTS);
    assertThat(f.similar(), closeTo(10.0 / RECIPIENTS * 100.0 / RECIPIENTS, 1e-15));
  }

  @Test
  void anUnseenTokenCountsAsOneRecipient() {
    NameFrequency f = NameFrequency.estimate(List.of(List.of("zyxwv")), WEIGHTS, RECIPIENTS);
    assertThat(f.similar(), closeTo(1.0 / RECIPIENTS, 1e-15));
  }

  @Test
  void aCommonNameIsMoreFrequentThanARareOne() {
    NameFrequency common =
        NameFrequency.estimate(List.of(List.of("advanced", "tech")), WEIGHTS, RECIPIENTS);
    NameFrequency rare =
        NameFrequency.estimate(List.of(List.of("acme", "robotic")), WEIGHTS, RECIPIENTS);
    assertThat(common.exact(), greaterThan(rare.exact()));
    assertThat(common.similar(), greaterThan(rare.similar()));
  }

  @Test
  void onlyThePrimaryVariantCounts() {
    NameFrequency primaryFirst =
        NameFrequency.estimate(
            List.of(List.of("acme", "robotic"), List.of("advanced", "tech")), WEIGHTS, RECIPIENTS);
    NameFrequency alone =
        NameFrequency.estimate(List.of(List.of("acme", "robotic")), WEIGHTS, RECIPIENTS);
    assertThat(primaryFirst, is(alone));
  }

  @Test
  void sharesAreProbabilities() {
    TokenWeights everywhere = new TokenWeights(Map.of("inc", 5000L), 10);
    NameFrequency f = NameFrequency.estimate(List.of(List.of("inc")), everywhere, 10);
    assertThat(f.similar(), is(1.0));
  }

  @Test
  void nothingToEstimateIsUnknown() {
    assertThat(NameFrequency.estimate(List.of(), WEIGHTS, RECIPIENTS), is(NameFrequency.UNKNOWN));
    assertThat(
        NameFrequency.estimate(List.of(List.of("acme")), WEIGHTS, 0), is(NameFrequency.UNKNOWN));
    assertThat(NameFrequency.UNKNOWN.exact(), is(0.0));
    assertThat(NameFrequency.UNKNOWN.similar(), is(0.0));
  }
}
