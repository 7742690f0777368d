package org.sbiretl.transforms.score;

import java.util.List;

/**
 * Estimates the share of recipients whose name agrees with a given name, from its tokens'
 * document frequencies, assuming tokens occur independently (an estimate that errs towards
 * "rare" for correlated tokens, which the 1/N floor in {@link MatchModel} bounds).
 */
public final class NameFrequency {
  private NameFrequency() {}

  public static double of(List<List<String>> nameVariants, TokenWeights weights, long recipients) {
    if (nameVariants.isEmpty() || recipients <= 0) {
      return 0;
    }
    double f = 1.0;
    for (String t : nameVariants.get(0)) {
      f *= Math.min(1.0, Math.max(1.0, weights.documentFrequency(t)) / recipients);
    }
    return f;
  }
}
