package org.sbiretl.transforms.score;

import java.util.List;

/**
 * The comparisons a candidate pair is scored on, each with ordered agreement levels (level 0 is
 * full disagreement). A comparison whose value is missing on either side has no level and
 * contributes no weight.
 */
public enum Comparison {
  NAME(
      "name",
      List.of("different", "weak", "similar", "strong", "exact"),
      List.of(List.of(0, 1, 2, 3, 4))),
  /**
   * One comparison for the whole address, most specific agreement first: a move changes state, city
   * and ZIP together, and counting those as three independent disagreements would triple the
   * evidence of one event.
   */
  LOCATION(
      "location",
      List.of(
          "different",
          "same-state",
          "same-zip3",
          "same-city",
          "same-zip5",
          "same-city-no-zip",
          "same-state-no-zip"),
      // Without a ZIP on both sides, city and state are the most an address can agree on; those
      // levels are separate so that their weight is learnt from such pairs.
      List.of(List.of(0, 1, 2, 3, 4), List.of(0, 6, 5))),
  UEI("uei", List.of("conflict", "same"), List.of(List.of(0, 1))),
  DUNS("duns", List.of("conflict", "same"), List.of(List.of(0, 1)));

  /** Level value for a comparison that cannot be made because a side has no value. */
  public static final int MISSING = -1;

  private final String label;
  private final List<String> levels;
  private final List<List<Integer>> chains;

  Comparison(String label, List<String> levels, List<List<Integer>> chains) {
    this.label = label;
    this.levels = levels;
    this.chains = chains;
  }

  /**
   * Sequences of levels in order of increasing agreement: along each, a level's weight must not
   * fall below the previous one's (more agreement is never less evidence of a match).
   */
  public List<List<Integer>> chains() {
    return chains;
  }

  public String label() {
    return label;
  }

  public int levelCount() {
    return levels.size();
  }

  public String levelName(int level) {
    return level == MISSING ? "missing" : levels.get(level);
  }
}
