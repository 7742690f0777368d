package org.sbiretl.transforms.link;

/** Why an award went to review or unmatched. Codes are part of the output contract. */
public enum OutcomeReason {
  /** No recipient shared any blocking key with the award. */
  NO_CANDIDATE("no-candidate"),
  /** The best candidate's probability is below the low threshold. */
  BELOW_THRESHOLD("below-threshold"),
  /** The best candidate is between the low and the high threshold. */
  BETWEEN_THRESHOLDS("between-thresholds"),
  /** Two different companies are both likely; the best does not win by the margin. */
  AMBIGUOUS("ambiguous"),
  /** The award's identifier points to one company while its name and address point to another. */
  IDENTIFIER_CONFLICT("identifier-conflict");

  private final String code;

  OutcomeReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
