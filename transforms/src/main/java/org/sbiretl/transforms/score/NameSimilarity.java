package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sbiretl.transforms.normalize.CompanyNames;

/**
 * Similarity of two company names from their normalised tokens: soft TF-IDF cosine (tokens matched
 * when their Jaro-Winkler similarity is high, weighted by rarity) and Jaro-Winkler on the whole
 * name with spaces removed, mapped to the levels of {@link Comparison#NAME}.
 *
 * <p>Unlike a token-set ratio, a name whose tokens are a subset of the other's is not a perfect
 * match: the cosine counts the tokens on both sides.
 */
public final class NameSimilarity implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Tokens at least this similar count as the same token (typos, truncations). */
  private static final double TOKEN_MATCH = 0.90;

  /** A name cut short (FPDS keeps 30 characters) still agrees strongly with its full form. */
  private static final int TRUNCATION_MIN_LENGTH = 20;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final TokenWeights weights;

  public NameSimilarity(TokenWeights weights) {
    this.weights = weights;
  }

  /**
   * The best score over every pair of variants, the level it falls in, and which variant of the
   * second side (the recipient's) gave it: 0 is its first name, the legal name.
   */
  public record Score(double value, int level, int variant) {
    public Score(double value, int level) {
      this(value, level, 0);
    }
  }

  /**
   * A name variant with what every comparison of it reads, computed once: its squashed text, the
   * weight of each token and their norm. A recipient is compared with several awards and an award
   * with dozens of recipients; without this each pair would look the weights up again.
   */
  public record Prepared(List<String> tokens, String squashed, double[] idf, double norm) {}

  public Prepared prepare(List<String> tokens) {
    double[] idf = new double[tokens.size()];
    double s = 0;
    for (int i = 0; i < idf.length; i++) {
      idf[i] = weights.idf(tokens.get(i));
      s += idf[i] * idf[i];
    }
    return new Prepared(tokens, String.join("", tokens), idf, Math.sqrt(s));
  }

  public List<Prepared> prepareAll(List<List<String>> variants) {
    List<Prepared> out = new ArrayList<>(variants.size());
    for (List<String> v : variants) {
      out.add(prepare(v));
    }
    return out;
  }

  public Score best(List<List<String>> a, List<List<String>> b) {
    return bestPrepared(prepareAll(a), prepareAll(b));
  }

  public Score bestPrepared(List<Prepared> a, List<Prepared> b) {
    Score best = new Score(0, 0);
    for (Prepared x : a) {
      for (int j = 0; j < b.size(); j++) {
        Score s = score(x, b.get(j));
        if (s.level > best.level || (s.level == best.level && s.value > best.value)) {
          best = new Score(s.value, s.level, j);
        }
      }
    }
    return best;
  }

  public Score score(List<String> a, List<String> b) {
    return score(prepare(a), prepare(b));
  }

  Score score(Prepared pa, Prepared pb) {
    List<String> a = pa.tokens();
    List<String> b = pb.tokens();
    if (a.isEmpty() || b.isEmpty()) {
      return new Score(0, 0);
    }
    String sa = pa.squashed();
    String sb = pb.squashed();
    if (sa.equals(sb) || sameTokens(a, b)) {
      return new Score(1.0, 4);
    }
    double cosine = softTfIdf(pa, pb);
    // Below 0.90 the whole-name similarity plays no part in the value or the level.
    double jw = JaroWinklerBound.canReach(sa, sb, 0.90) ? JARO_WINKLER.apply(sa, sb) : 0.0;
    boolean truncated = isTruncation(a, b, sa, sb) || isTruncation(b, a, sb, sa);
    // Whole-string Jaro-Winkler is high even for unrelated names (0.6 is common), so it only
    // raises the similarity when the strings are nearly identical ("bio tech" vs "biotech").
    double value = jw >= 0.93 ? Math.max(cosine, jw) : cosine;
    int level;
    if (truncated || cosine >= 0.90 || (jw >= 0.97 && cosine >= 0.5)) {
      level = 3;
    } else if (cosine >= 0.75 || (jw >= 0.93 && cosine >= 0.4)) {
      level = 2;
    } else if (cosine >= 0.55 || jw >= 0.90) {
      level = 1;
    } else {
      level = 0;
    }
    return new Score(truncated ? Math.max(value, 0.95) : value, level);
  }

  /**
   * True when {@code shorter} is {@code longer} cut off: all but its last token equal the start of
   * {@code longer}, and its last token is a prefix of the next one (or the reverse, when the full
   * word was abbreviated: "scienc" and "sci" for "sciences").
   */
  private static boolean isTruncation(
      List<String> shorter, List<String> longer, String squashedShort, String squashedLong) {
    // Only a long name can have been cut; canonical abbreviations ("dev" for "development") can
    // make the full form the shorter text, so lengths are not compared with each other.
    if (squashedShort.length() < TRUNCATION_MIN_LENGTH - 5
        || shorter.size() < 2
        || shorter.size() > longer.size()
        || squashedShort.equals(squashedLong)) {
      return false;
    }
    int last = shorter.size() - 1;
    if (!shorter.subList(0, last).equals(longer.subList(0, last))) {
      return false;
    }
    String cut = shorter.get(last);
    String full = longer.get(last);
    // The full word may have been abbreviated to its canonical form ("manufacturin" vs "mfg").
    return cut.length() >= 2 && CompanyNames.couldBeCutFrom(cut, full);
  }

  /** Soft TF-IDF cosine (Cohen, Ravikumar & Fienberg 2003), symmetrised by taking the mean. */
  double softTfIdf(List<String> a, List<String> b) {
    return softTfIdf(prepare(a), prepare(b));
  }

  private double softTfIdf(Prepared a, Prepared b) {
    // One token-similarity matrix serves both directions: Jaro-Winkler is symmetric, and it is
    // most of the cost of scoring a pair.
    int n = a.tokens().size();
    int m = b.tokens().size();
    double[][] similarity = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        similarity[i][j] = tokenSimilarity(a.tokens().get(i), b.tokens().get(j));
      }
    }
    return (directed(a, b, similarity, false) + directed(b, a, similarity, true)) / 2;
  }

  /**
   * Jaro-Winkler of two tokens, or 0 when it cannot reach {@link #TOKEN_MATCH}: a token less than
   * half as long as the other has Jaro at most (2 + 1/2) / 3 and Jaro-Winkler at most 0.4 + 0.6 ×
   * that = 0.9, reached only in the limit, and tokens sharing too few characters fail {@link
   * JaroWinklerBound}; such pairs are never counted and need not be computed.
   */
  static double tokenSimilarity(String t, String u) {
    if (t.equals(u)) {
      return 1.0;
    }
    int shorter = Math.min(t.length(), u.length());
    int longer = Math.max(t.length(), u.length());
    if (2 * shorter < longer || !JaroWinklerBound.canReach(t, u, TOKEN_MATCH)) {
      return 0.0;
    }
    return JARO_WINKLER.apply(t, u);
  }

  private static double directed(
      Prepared a, Prepared b, double[][] similarity, boolean transposed) {
    double sum = 0;
    for (int i = 0; i < a.tokens().size(); i++) {
      double bestSim = 0;
      int bestToken = -1;
      for (int j = 0; j < b.tokens().size(); j++) {
        double s = transposed ? similarity[j][i] : similarity[i][j];
        if (s > bestSim) {
          bestSim = s;
          bestToken = j;
        }
      }
      if (bestToken >= 0 && bestSim >= TOKEN_MATCH) {
        sum += a.idf()[i] / a.norm() * b.idf()[bestToken] / b.norm() * bestSim;
      }
    }
    return Math.min(1.0, sum);
  }

  private static boolean sameTokens(List<String> a, List<String> b) {
    return a.size() == b.size() && a.containsAll(b) && b.containsAll(a);
  }
}
