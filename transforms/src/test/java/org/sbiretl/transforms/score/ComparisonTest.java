package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void alongEveryChainTheDefaultModelWeighsMoreAgreementAsMoreEvidence() {
    // The chains order the levels by agreement; the default model (used when a run cannot estimate
    // one) must agree with that order, or more agreement would count against a match.
    MatchModel model = MatchModel.defaults(3_400_000, 0.87);
    for (Comparison c : Comparison.values()) {
      for (List<Integer> chain : c.chains()) {
        double previous = Double.NEGATIVE_INFINITY;
        for (int level : chain) {
          double weight = Math.log(model.m(c, level) / model.u(c, level));
          assertThat(
              c.label() + " " + c.levelName(level) + " after a weaker level",
              weight > previous,
              is(true));
          previous = weight;
        }
      }
    }
  }

  @Test
  void missingHasItsOwnName() {
    for (Comparison c : Comparison.values()) {
      assertThat(c.levelName(Comparison.MISSING), is("missing"));
    }
  }

  @Test
  void labelsAreDistinct() {
    Set<String> labels = new HashSet<>();
    for (Comparison c : Comparison.values()) {
      labels.add(c.label());
    }
    assertThat(labels.size(), is(Comparison.values().length));
    assertThat(Comparison.LOCATION.label(), is("location"));
  }

  @Test
  void everyChainStartsAtFullDisagreementAndTogetherTheyCoverEveryLevel() {
    for (Comparison c : Comparison.values()) {
      Set<Integer> covered = new HashSet<>();
      for (List<Integer> chain : c.chains()) {
        assertThat(c + " " + chain, chain.get(0), is(0));
        assertThat(c + " " + chain, new HashSet<>(chain).size(), is(chain.size()));
        for (int level : chain) {
          assertThat(c + " " + chain, level, lessThan(c.levelCount()));
          covered.add(level);
        }
      }
      assertThat(c.toString(), covered.size(), is(c.levelCount()));
    }
  }

  @Test
  void theNoZipChainEndsAtTheSameCity() {
    assertThat(Comparison.LOCATION.chains().get(1), contains(0, 6, 5));
  }
}
