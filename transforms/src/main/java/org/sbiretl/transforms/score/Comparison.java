package org.sbiretl.transforms.score;

import java.util.List;

/**
 * The comparisons a candidate pair is scored on, each with ordered agreement levels (level 0 is
 * full disagreement). A comparison whose value is missing on either side has no level and
 * contributes no weight.
 */
public enum Comparison {
  NAME("name", List.of("different", "weak", "similar", "strong", "exact")),
  STATE("state", List.of("different", "same")),
  CITY("city", List.of("different", "same")),
  ZIP("zip", List.of("different", "same-zip3", "same-zip5")),
  UEI("uei", List.of("conflict", "same")),
  DUNS("duns", List.of("conflict", "same"));

  /** Level value for a comparison that cannot be made because a side has no value. */
  public static final int MISSING = -1;

  private final String label;
  private final List<String> levels;

  Comparison(String label, List<String> levels) {
    this.label = label;
    this.levels = levels;
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
