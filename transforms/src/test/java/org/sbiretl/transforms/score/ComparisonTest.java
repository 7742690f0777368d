package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static List<String> names(Comparison c) {
    List<String> out = new ArrayList<>();
    for (int l = 0; l < c.levelCount(); l++) {
      out.add(c.levelName(l));
    }
    return out;
  }

  @Test
  void levelNamesInOrderOfAgreement() {
    assertThat(names(Comparison.NAME), contains("different", "weak", "similar", "strong", "exact"));
    assertThat(
        names(Comparison.LOCATION),
        contains(
            "different",
            "same-state",
            "same-zip3",
            "same-city",
            "same-zip5",
            "same-city-no-zip",
            "same-state-no-zip"));
    assertThat(names(Comparison.UEI), contains("conflict", "same"));
    assertThat(names(Comparison.DUNS), contains("conflict", "same"));
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
