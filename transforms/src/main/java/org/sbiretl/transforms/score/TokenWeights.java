package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.Map;

/**
 * Inverse document frequencies of name tokens over the recipient table: rare tokens ("photonix")
 * count for more than common ones ("tech"). Tokens not in the table count as rare.
 */
public final class TokenWeights implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Prefix of whole-name terms: {@code =acmerobotic} counts recipients with exactly that name. */
  public static final String EXACT_NAME = "=";

  private final Map<String, Long> documentFrequency;
  private final long documents;

  public TokenWeights(Map<String, Long> documentFrequency, long documents) {
    // Not copied: the map can be a runner's side-input view with a million entries.
    this.documentFrequency = documentFrequency;
    this.documents = Math.max(1, documents);
  }

  /** Every token equally weighted: for tests and for runs without frequencies. */
  public static TokenWeights uniform() {
    return new TokenWeights(Map.of(), 1);
  }

  public double idf(String token) {
    long df = documentFrequency.getOrDefault(token, 0L);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Recipients whose normalised name (any variant) is exactly these tokens. */
  public long exactNameCount(java.util.List<String> tokens) {
    return documentFrequency.getOrDefault(EXACT_NAME + String.join("", tokens), 0L);
  }

  public long documentFrequency(String token) {
    return documentFrequency.getOrDefault(token, 0L);
  }
}
