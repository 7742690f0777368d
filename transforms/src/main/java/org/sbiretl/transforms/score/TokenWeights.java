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

  /**
   * Weights already looked up: every pair scored reads the weight of each token on both sides, and
   * a few thousand common tokens make up most of those reads. Bounded, so rare tokens do not fill
   * the memory; shared safely by the threads of a worker.
   */
  private transient volatile Map<String, Double> memo;

  private static final int MEMO_SIZE = 200_000;

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
    Map<String, Double> m = memo;
    if (m == null) {
      m = new java.util.concurrent.ConcurrentHashMap<>();
      memo = m;
    }
    Double known = m.get(token);
    if (known != null) {
      return known;
    }
    long df = documentFrequency.of(token);
    double idf = Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    if (m.size() < MEMO_SIZE) {
      m.put(token, idf);
    }
    return idf;
  }

  /** Recipients whose normalised name (any variant) is exactly these tokens. */
  public long exactNameCount(java.util.List<String> tokens) {
    return documentFrequency.of(EXACT_NAME + String.join("", tokens));
  }

  public long documentFrequency(String token) {
    return documentFrequency.of(token);
  }
}
