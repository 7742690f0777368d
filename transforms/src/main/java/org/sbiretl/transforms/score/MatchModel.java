package org.sbiretl.transforms.score;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Fellegi–Sunter model: for each comparison level, m = P(level | same company) and u = P(level |
 * two random records), and the prior probability that a random award–recipient pair is a match. A
 * pair's match weight is the sum of log2(m/u) over its comparisons; its probability is the
 * posterior given the prior.
 *
 * <p>Name agreement is adjusted for how common the name is (term-frequency adjustment): two records
 * agreeing on a rare name are much stronger evidence than two agreeing on "Advanced Technologies",
 * so the u of the upper name levels is at least the name's estimated frequency.
 */
public final class MatchModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Lower bound of a name's frequency, as a share of one recipient: a name seen once in the table
   * has a namesake elsewhere in about this share of cases. Bounds the evidence of a rare name. On
   * real SBIR.gov awards against real recipients (docs/benchmarks.md, real development set) none of
   * 660 firms known to be absent from a 2,262-row table had a recipient of exactly its normalised
   * name there, while 612 of 634 present firms did: a namesake share above one in a hundred is not
   * what real names show.
   */
  static final double NAMESAKE_SHARE = 0.01;

  /** Share of pairs where a side has no ZIP, when the run has not measured it. */
  static final double DEFAULT_SHARE_WITHOUT_ZIP = 0.05;

  private final double[][] m;
  private final double[][] u;
  private final double prior;
  private final long recipients;
  private final String source;

  public MatchModel(double[][] m, double[][] u, double prior, long recipients, String source) {
    for (Comparison c : Comparison.values()) {
      check(m[c.ordinal()], c, "m");
      check(u[c.ordinal()], c, "u");
    }
    if (!(prior > 0 && prior < 1)) {
      throw new IllegalArgumentException("prior must be in (0,1): " + prior);
    }
    this.m = deepCopy(m);
    this.u = deepCopy(u);
    this.prior = prior;
    this.recipients = Math.max(1, recipients);
    this.source = source;
  }

  /**
   * Defaults for when the run cannot estimate parameters: m from linked SBIR–USAspending pairs as
   * this project has seen them, u as among random pairs of a recipient table of the given size.
   */
  public static MatchModel defaults(long recipients, double shareWithRecipient) {
    double[][] m = new double[Comparison.values().length][];
    double[][] u = new double[Comparison.values().length][];
    m[Comparison.NAME.ordinal()] = new double[] {0.03, 0.03, 0.04, 0.10, 0.80};
    u[Comparison.NAME.ordinal()] = new double[] {0.9989, 1e-3, 1e-4, 1e-5, 1e-6};
    m[Comparison.LOCATION.ordinal()] = defaultLocationM(DEFAULT_SHARE_WITHOUT_ZIP);
    u[Comparison.LOCATION.ordinal()] =
        new double[] {0.90, 0.042, 0.01, 0.0047, 0.0001, 0.0005, 0.0427};
    m[Comparison.UEI.ordinal()] = new double[] {0.02, 0.98};
    u[Comparison.UEI.ordinal()] = new double[] {1 - 1e-7, 1e-7};
    m[Comparison.DUNS.ordinal()] = new double[] {0.03, 0.97};
    u[Comparison.DUNS.ordinal()] = new double[] {1 - 1e-7, 1e-7};
    return new MatchModel(m, u, priorFor(recipients, shareWithRecipient), recipients, "defaults");
  }

  /** Prior of a random pair being a match when a share of awards has one of n recipients. */
  /**
   * Default m of the location levels when a share of pairs has no ZIP on one side: the levels with
   * ZIP occur among the rest, the no-ZIP levels among that share (missing ZIPs are not more or less
   * common among matches than among other pairs).
   */
  public static double[] defaultLocationM(double shareWithoutZip) {
    double p = Math.min(0.99, Math.max(0.01, shareWithoutZip));
    double q = 1 - p;
    // different, same-state, same-zip3, same-city, same-zip5 | same-city-no-zip, same-state-no-zip
    return new double[] {
      0.06 * q + 0.06 * p, 0.03 * q, 0.01 * q, 0.05 * q, 0.85 * q, 0.84 * p, 0.10 * p
    };
  }

  public static double priorFor(long recipients, double shareWithRecipient) {
    double share = Math.min(0.999, Math.max(0.001, shareWithRecipient));
    return share / Math.max(2, recipients);
  }

  public double m(Comparison c, int level) {
    return m[c.ordinal()][level];
  }

  public double u(Comparison c, int level) {
    return u[c.ordinal()][level];
  }

  public double prior() {
    return prior;
  }

  public long recipients() {
    return recipients;
  }

  /** Where the parameters came from: "defaults" or a description of the estimate. */
  public String source() {
    return source;
  }

  /** A copy with different m values for one comparison. */
  public MatchModel withM(Comparison c, double[] levels) {
    double[][] copy = deepCopy(m);
    copy[c.ordinal()] = levels.clone();
    return new MatchModel(copy, u, prior, recipients, source);
  }

  /** A copy with different u values for one comparison. */
  public MatchModel withU(Comparison c, double[] levels) {
    double[][] copy = deepCopy(u);
    copy[c.ordinal()] = levels.clone();
    return new MatchModel(m, copy, prior, recipients, source);
  }

  public MatchModel withPrior(double newPrior, String newSource) {
    return new MatchModel(m, u, newPrior, recipients, newSource);
  }

  public MatchModel withSource(String newSource) {
    return new MatchModel(m, u, prior, recipients, newSource);
  }

  /**
   * The weight (log2 Bayes factor) each comparison contributes, in {@link Comparison} order;
   * missing comparisons contribute 0.
   *
   * @param nameFrequency how common the award's name is among recipients
   */
  public double[] weights(int[] levels, NameFrequency nameFrequency) {
    double[] w = new double[levels.length];
    for (Comparison c : Comparison.values()) {
      int level = levels[c.ordinal()];
      if (level == Comparison.MISSING) {
        continue;
      }
      double uu = u[c.ordinal()][level];
      if (c == Comparison.NAME && level >= 2) {
        double share = level == 4 ? nameFrequency.exact() : nameFrequency.similar();
        uu = Math.max(uu, Math.max(share, NAMESAKE_SHARE / recipients));
      }
      w[c.ordinal()] = log2(m[c.ordinal()][level] / uu);
    }
    return w;
  }

  /** Posterior match probability of a pair with these weights. */
  public double probability(double[] weights) {
    double bits = log2(prior / (1 - prior));
    for (double w : weights) {
      bits += w;
    }
    return 1.0 / (1.0 + Math.pow(2, -bits));
  }

  /** The parameters as a plain map, for run summaries and reports. */
  public Map<String, Object> describe() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", source);
    out.put("prior", prior);
    out.put("recipients", recipients);
    for (Comparison c : Comparison.values()) {
      Map<String, Object> levels = new LinkedHashMap<>();
      for (int l = 0; l < c.levelCount(); l++) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("m", m[c.ordinal()][l]);
        p.put("u", u[c.ordinal()][l]);
        p.put("weight", log2(m[c.ordinal()][l] / u[c.ordinal()][l]));
        levels.put(c.levelName(l), p);
      }
      out.put(c.label(), levels);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchModel other
        && Arrays.deepEquals(m, other.m)
        && Arrays.deepEquals(u, other.u)
        && prior == other.prior
        && recipients == other.recipients
        && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(Arrays.deepHashCode(m), Arrays.deepHashCode(u), prior, source);
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static void check(double[] p, Comparison c, String name) {
    if (p == null || p.length != c.levelCount()) {
      throw new IllegalArgumentException(
          name + " of " + c.label() + " needs " + c.levelCount() + " levels");
    }
    for (double v : p) {
      if (!(v > 0 && v <= 1)) {
        throw new IllegalArgumentException(
            name + " of " + c.label() + " must be in (0,1]: " + Arrays.toString(p));
      }
    }
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
