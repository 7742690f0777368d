package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.Map;
import org.sbiretl.transforms.normalize.BoundedMemo;

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
  private transient volatile BoundedMemo<String, Double> memo;

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
    BoundedMemo<String, Double> m = memo;
    if (m == null) {
      m = new BoundedMemo<>(200_000);
      memo = m;
    }
    return m.get(token, t -> Math.log((documents + 1.0) / (documentFrequency.of(t) + 1.0)) + 1.0);
  }

  /** Recipients whose normalised name (any variant) is exactly these tokens. */
  public long exactNameCount(java.util.List<String> tokens) {
    return documentFrequency.of(EXACT_NAME + String.join("", tokens));
  }

  public long documentFrequency(String token) {
    return documentFrequency.of(token);
  }
}
