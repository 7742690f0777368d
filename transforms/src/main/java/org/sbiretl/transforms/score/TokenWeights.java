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

  /** Recipients carrying a term (a token, or an {@link #EXACT_NAME} whole name). */
  public interface Frequencies extends Serializable {
    long of(String term);
  }

  private final Frequencies documentFrequency;
  private final long documents;

  public TokenWeights(Map<String, Long> documentFrequency, long documents) {
    this((Frequencies) t -> documentFrequency.getOrDefault(t, 0L), documents);
  }

  public TokenWeights(Frequencies documentFrequency, long documents) {
    // Not copied: the frequencies can cover a million terms.
    this.documentFrequency = documentFrequency;
    this.documents = Math.max(1, documents);
  }

  /** Every token equally weighted: for tests and for runs without frequencies. */
  public static TokenWeights uniform() {
    return new TokenWeights(Map.of(), 1);
  }

  public double idf(String token) {
    long df = documentFrequency.of(token);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  /** Recipients whose normalised name (any variant) is exactly these tokens. */
  public long exactNameCount(java.util.List<String> tokens) {
    return documentFrequency.of(EXACT_NAME + String.join("", tokens));
  }

  public long documentFrequency(String token) {
    return documentFrequency.of(token);
  }
}
