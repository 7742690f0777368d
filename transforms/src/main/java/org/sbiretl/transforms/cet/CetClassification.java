package org.sbiretl.transforms.cet;

import java.util.List;

/**
 * What the scorer says about one award: its primary area (or {@code none}), the score and
 * confidence band of it, up to three secondary areas, how many distinct phrases of the primary area
 * the award contains, and the evidence quoted for each assigned area.
 */
public record CetClassification(
    String area,
    double score,
    String confidence,
    List<AreaScore> secondary,
    int evidencePhrases,
    List<Evidence> evidence) {

  public static final String HIGH = "high";
  public static final String MEDIUM = "medium";
  public static final String LOW = "low";

  /** An area and its score in [0, 1). */
  public record AreaScore(String area, double score) {}

  /** A phrase that counted for an area, where it was found and the text around it. */
  public record Evidence(String area, String phrase, String field, String excerpt) {}

  public boolean classified() {
    return !area.equals(CetTaxonomy.NONE);
  }
}
