package org.sbiretl.transforms.score;

import java.util.List;

/**
 * How common an award's name is among recipients, for the term-frequency adjustment of the name
 * comparison.
 *
 * @param exact share of recipients, other than one possible match, whose name is exactly the
 *     award's (counted over the recipient table)
 * @param similar share of recipients sharing all of the name's tokens, estimated from the tokens'
 *     document frequencies assuming independence (errs towards "rare" for correlated tokens, which
 *     the namesake floor in {@link MatchModel} bounds)
 */
public record NameFrequency(double exact, double similar) {
  /** Unknown frequencies: no adjustment beyond the model's own u. */
  public static final NameFrequency UNKNOWN = new NameFrequency(0, 0);

  public static NameFrequency estimate(
      List<List<String>> nameVariants, TokenWeights weights, long recipients) {
    if (nameVariants.isEmpty() || recipients <= 0) {
      return UNKNOWN;
    }
    long others = Math.max(0, weights.exactNameCount(nameVariants.get(0)) - 1);
    return new NameFrequency((double) others / recipients, of(nameVariants, weights, recipients));
  }

  static double of(List<List<String>> nameVariants, TokenWeights weights, long recipients) {
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
