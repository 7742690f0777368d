package org.sbiretl.transforms.link;

/** How a matched award was linked. Codes are part of the output contract. */
public enum MatchMethod {
  UEI_EXACT("uei-exact"),
  DUNS_EXACT("duns-exact"),
  NAME_PROBABILISTIC("name-probabilistic"),
  /** Linked through another award of the same firm that its UEI or DUNS linked. */
  SIBLING_AWARD("sibling-award");

  private final String code;

  MatchMethod(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
