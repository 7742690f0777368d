package org.sbiretl.transforms.link;

import java.io.Serializable;

/**
 * The linker's decision settings, all probabilities.
 *
 * @param highThreshold a name-based link at or above this (and unambiguous) is matched
 * @param lowThreshold below this a name-based candidate is not worth a reviewer's time
 * @param ambiguityMargin the best candidate must beat the best other company by this much
 * @param nameConflictSimilarity an identifier link whose name similarity is below this is flagged
 * @param maxBlockSize blocking keys shared by more recipients than this are pruned and reported
 * @param maxCandidatesPerAward the candidate budget of an award's blocking keys, and the most
 *     plausible candidates kept for its decision (awards with more are counted)
 * @param estimateParameters estimate the model from the run rather than use the defaults
 * @param recordCandidates also output every candidate pair, for blocking pair completeness
 * @param linkSiblingAwards link open awards through sibling awards ({@link LinkSiblingAwards})
 * @param siblingVoucherMinProbability a name match vouches for sibling awards only at or above this
 *     probability
 */
public record LinkSettings(
    double highThreshold,
    double lowThreshold,
    double ambiguityMargin,
    double nameConflictSimilarity,
    int maxBlockSize,
    int maxCandidatesPerAward,
    boolean estimateParameters,
    boolean recordCandidates,
    boolean linkSiblingAwards,
    double siblingVoucherMinProbability)
    implements Serializable {

  public LinkSettings {
    if (!(0 <= lowThreshold && lowThreshold <= highThreshold && highThreshold <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= low_threshold <= high_threshold <= 1, got "
              + lowThreshold
              + " and "
              + highThreshold);
    }
    if (!(0 <= siblingVoucherMinProbability && siblingVoucherMinProbability <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= sibling_voucher_min_probability <= 1, got " + siblingVoucherMinProbability);
    }
    if (maxBlockSize < 1 || maxCandidatesPerAward < 1) {
      throw new IllegalArgumentException("block and candidate limits must be at least 1");
    }
  }

  public static LinkSettings defaults() {
    return new LinkSettings(0.90, 0.50, 0.10, 0.60, 300, 75, true, false, true, 0.99);
  }
}
