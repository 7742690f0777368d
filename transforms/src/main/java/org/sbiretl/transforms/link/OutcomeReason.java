package org.sbiretl.transforms.link;

import java.util.Optional;

/**
 * Why an award went to review or unmatched. Codes are part of the output contract; the meanings are
 * what the quality report shows beside them.
 */
public enum OutcomeReason {
  NO_CANDIDATE("no-candidate", "No recipient shared any blocking key with the award."),
  BELOW_THRESHOLD(
      "below-threshold", "The best candidate's probability is below the low (review) threshold."),
  BETWEEN_THRESHOLDS(
      "between-thresholds",
      "The best candidate is at or above the low threshold but below the high (match) threshold."),
  AMBIGUOUS(
      "ambiguous",
      "Two different companies are both likely: the best does not win by the ambiguity margin."),
  IDENTIFIER_CONFLICT(
      "identifier-conflict",
      "The award's UEI or DUNS points to one company while its name and address point to"
          + " another.");

  private final String code;
  private final String meaning;

  OutcomeReason(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  /** One sentence for a reader of the outputs. */
  public String meaning() {
    return meaning;
  }

  /** The reason with this code, if there is one. */
  public static Optional<OutcomeReason> ofCode(String code) {
    for (OutcomeReason r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
