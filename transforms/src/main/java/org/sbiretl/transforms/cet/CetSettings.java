package org.sbiretl.transforms.cet;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How awards are scored against the taxonomy ({@code config/cet/classification.yaml}, section
 * {@code scoring}); see docs/cet.md for what each weight and threshold does.
 *
 * @param titleWeight how much a match in the title counts against one in the abstract (1.0)
 * @param topicCodeWeight the same for the topic code (NSF codes like "AI" carry a word)
 * @param relatedWeight a related term's weight against a phrase's 1.0
 * @param k1 BM25 saturation: how fast repeated mentions of a phrase stop adding
 * @param b BM25 length normalisation: 0 ignores the text's length, 1 divides by it fully
 * @param priorDocuments pseudo-documents added to the run's counts, so a small run's rarity
 *     estimates stay sane
 * @param priorDocumentShare the share of those pseudo-documents assumed to contain each phrase
 * @param halfScore the raw area score that maps to a score of 0.5 ({@code raw / (raw + half)})
 * @param minScore an award's best area must reach this, or the award is labelled {@code none}
 * @param secondaryMinScore a further area must reach this ...
 * @param secondaryRatio ... and this share of the primary area's score
 * @param maxSecondary at most this many secondary areas
 * @param highConfidence primary score for the band "high"
 * @param mediumConfidence primary score for "medium"; below it, "low"
 * @param minEvidencePhrases distinct phrases of the primary area for the award to count as
 *     evidenced (the evidence-coverage gate)
 * @param maxEvidencePerArea evidence items kept per assigned area
 * @param excerptChars length of the excerpt quoted around a match
 */
public record CetSettings(
    double titleWeight,
    double topicCodeWeight,
    double relatedWeight,
    double k1,
    double b,
    double priorDocuments,
    double priorDocumentShare,
    double halfScore,
    double minScore,
    double secondaryMinScore,
    double secondaryRatio,
    int maxSecondary,
    double highConfidence,
    double mediumConfidence,
    int minEvidencePhrases,
    int maxEvidencePerArea,
    int excerptChars)
    implements Serializable {

  /** The problems of these settings, one line each; empty when they are usable. */
  public List<String> problems() {
    List<String> p = new ArrayList<>();
    double[] all = {
      titleWeight,
      topicCodeWeight,
      relatedWeight,
      k1,
      b,
      priorDocuments,
      priorDocumentShare,
      halfScore,
      minScore,
      secondaryMinScore,
      secondaryRatio,
      highConfidence,
      mediumConfidence
    };
    for (double v : all) {
      if (!Double.isFinite(v)) {
        p.add("every number must be finite (not .nan or .inf)");
        return p;
      }
    }
    positive(p, "title_weight", titleWeight);
    positive(p, "topic_code_weight", topicCodeWeight);
    positive(p, "related_weight", relatedWeight);
    positive(p, "k1", k1);
    positive(p, "half_score", halfScore);
    if (b < 0 || b > 1) {
      p.add("b must be between 0 and 1, not " + b);
    }
    if (priorDocuments < 0) {
      p.add("prior_documents must be >= 0, not " + priorDocuments);
    }
    if (priorDocumentShare <= 0 || priorDocumentShare >= 1) {
      p.add("prior_document_share must be between 0 and 1 (exclusive), not " + priorDocumentShare);
    }
    share(p, "min_score", minScore);
    share(p, "secondary_min_score", secondaryMinScore);
    share(p, "secondary_ratio", secondaryRatio);
    share(p, "high_confidence", highConfidence);
    share(p, "medium_confidence", mediumConfidence);
    if (mediumConfidence > highConfidence) {
      p.add("medium_confidence must not exceed high_confidence");
    }
    if (maxSecondary < 0 || maxSecondary > 3) {
      p.add("max_secondary must be 0 to 3, not " + maxSecondary);
    }
    if (minEvidencePhrases < 1) {
      p.add("min_evidence_phrases must be >= 1, not " + minEvidencePhrases);
    }
    if (maxEvidencePerArea < 1) {
      p.add("max_evidence_per_area must be >= 1, not " + maxEvidencePerArea);
    }
    if (excerptChars < 20) {
      p.add("excerpt_chars must be >= 20, not " + excerptChars);
    }
    return p;
  }

  private static void positive(List<String> p, String key, double v) {
    if (!(v > 0)) {
      p.add(key + " must be > 0, not " + v);
    }
  }

  private static void share(List<String> p, String key, double v) {
    if (!(v >= 0 && v <= 1)) {
      p.add(key + " must be between 0 and 1, not " + v);
    }
  }
}
