package org.sbiretl.transforms.link;

import java.util.Arrays;
import java.util.Map;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;

/**
 * Turns comparison-level counts into a {@link MatchModel}: m from identifier-linked pairs (awards
 * whose UEI or DUNS found a recipient are labelled matches, so their name and address levels show
 * how true matches look), u from a deterministic sample of random award × recipient pairs.
 * Identifier comparisons keep their defaults: they define what an identifier link means.
 */
final class ModelCounts {
  /** Fewer labelled pairs than this and the default m values are kept. */
  static final long MIN_LABELLED_PAIRS = 50;

  /** Fewer random pairs than this and the default u values are kept. */
  static final long MIN_RANDOM_PAIRS = 1000;

  static final String AWARDS_WITH_UEI = "share|awards-with-uei";
  static final String AWARDS_WITH_UEI_FOUND = "share|awards-with-uei-found";
  static final String SAMPLED_AWARDS = "share|sampled-awards";
  static final String SAMPLED_AWARDS_WITH_ZIP = "share|sampled-awards-with-zip";
  static final String SAMPLED_RECIPIENTS = "share|sampled-recipients";
  static final String SAMPLED_RECIPIENTS_WITH_ZIP = "share|sampled-recipients-with-zip";

  private ModelCounts() {}

  static String mKey(Comparison c, int level) {
    return key("m", c, level);
  }

  static String uKey(Comparison c, int level) {
    return key("u", c, level);
  }

  private static String key(String kind, Comparison c, int level) {
    return kind + "|" + c.label() + "|" + level;
  }

  static MatchModel build(Map<String, Long> counts, long recipients, double defaultShare) {
    long withUei = counts.getOrDefault(AWARDS_WITH_UEI, 0L);
    long found = counts.getOrDefault(AWARDS_WITH_UEI_FOUND, 0L);
    double share = withUei >= MIN_LABELLED_PAIRS ? (double) found / withUei : defaultShare;
    MatchModel model = MatchModel.defaults(recipients, share);
    double withoutZip = shareWithoutZip(counts);
    if (!Double.isNaN(withoutZip)) {
      model = model.withM(Comparison.LOCATION, MatchModel.defaultLocationM(withoutZip));
    }
    StringBuilder source = new StringBuilder();
    for (Comparison c : new Comparison[] {Comparison.NAME, Comparison.LOCATION}) {
      double[] m = estimate(counts, c, "m", MIN_LABELLED_PAIRS, 1.0);
      if (m != null) {
        model = model.withM(c, m);
        source.append(" m:").append(c.label());
      }
      double[] u = estimateU(counts, c, model);
      if (u != null) {
        model = model.withU(c, u);
        source.append(" u:").append(c.label());
      }
    }
    for (Comparison c : Comparison.values()) {
      model = monotone(model, c);
    }
    String description =
        source.length() == 0
            ? "defaults (too few labelled or random pairs to estimate)"
            : "estimated (" + source.toString().strip() + "); share with recipient " + round(share);
    return model.withSource(description);
  }

  /**
   * Share of award–recipient pairs where one side has no ZIP, from the random samples; NaN when
   * nothing was sampled. The location levels without a ZIP occur that often among matches too.
   */
  static double shareWithoutZip(Map<String, Long> counts) {
    long awards = counts.getOrDefault(SAMPLED_AWARDS, 0L);
    long recipients = counts.getOrDefault(SAMPLED_RECIPIENTS, 0L);
    if (awards == 0 || recipients == 0) {
      return Double.NaN;
    }
    double awardZip = (double) counts.getOrDefault(SAMPLED_AWARDS_WITH_ZIP, 0L) / awards;
    double recipientZip =
        (double) counts.getOrDefault(SAMPLED_RECIPIENTS_WITH_ZIP, 0L) / recipients;
    return 1 - awardZip * recipientZip;
  }

  /**
   * Raises m where a level that agrees more would otherwise weigh less than the level below it: a
   * sample can show that (few true matches moved within a state, say) but a model that punishes
   * agreement would generalise badly beyond the data it was estimated on.
   */
  static MatchModel monotone(MatchModel model, Comparison c) {
    double[] m = new double[c.levelCount()];
    for (int l = 0; l < m.length; l++) {
      m[l] = model.m(c, l);
    }
    boolean changed = false;
    for (java.util.List<Integer> chain : c.chains()) {
      double floor = Double.NEGATIVE_INFINITY;
      for (int level : chain) {
        double w = Math.log(m[level] / model.u(c, level));
        if (w < floor) {
          m[level] = Math.min(1.0, model.u(c, level) * Math.exp(floor));
          changed = true;
          w = Math.log(m[level] / model.u(c, level));
        }
        floor = Math.max(floor, w);
      }
    }
    return changed ? model.withM(c, m) : model;
  }

  /** Smoothed level frequencies, or null when there are too few observations. */
  private static double[] estimate(
      Map<String, Long> counts, Comparison c, String kind, long minimum, double pseudoCount) {
    double[] n = levelCounts(counts, c, kind);
    return Arrays.stream(n).sum() < minimum ? null : smoothed(n, pseudoCount);
  }

  /**
   * u: level frequencies among random pairs that are not matches, or null when too few pairs were
   * sampled. On a small recipient table the random sample holds real matches (about one pair in two
   * thousand on a table of two thousand recipients), and as many exact names as there are matches
   * would make an exact name look common among non-matches. So the matches expected at each level,
   * pairs × prior × m, are taken out first; on a large table that is a fraction of a pair and
   * changes nothing.
   */
  static double[] estimateU(Map<String, Long> counts, Comparison c, MatchModel model) {
    double[] n = levelCounts(counts, c, "u");
    double total = Arrays.stream(n).sum();
    if (total < MIN_RANDOM_PAIRS) {
      return null;
    }
    for (int l = 0; l < n.length; l++) {
      n[l] = Math.max(0, n[l] - total * model.prior() * model.m(c, l));
    }
    return smoothed(n, 0.5);
  }

  private static double[] levelCounts(Map<String, Long> counts, Comparison c, String kind) {
    double[] n = new double[c.levelCount()];
    for (int l = 0; l < n.length; l++) {
      n[l] = counts.getOrDefault(key(kind, c, l), 0L);
    }
    return n;
  }

  private static double[] smoothed(double[] n, double pseudoCount) {
    double total = Arrays.stream(n).sum();
    double[] p = new double[n.length];
    for (int l = 0; l < n.length; l++) {
      p[l] = (n[l] + pseudoCount) / (total + pseudoCount * n.length);
    }
    return p;
  }

  private static double round(double v) {
    return Math.round(v * 1000.0) / 1000.0;
  }
}
