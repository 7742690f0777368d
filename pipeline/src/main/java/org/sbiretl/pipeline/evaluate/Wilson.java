package org.sbiretl.pipeline.evaluate;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal approximation it stays
 * inside [0, 1] and is reasonable for the small samples a manual spot-check produces.
 */
public record Wilson(double low, double high) {
  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  public static Wilson interval(long successes, long n, double z) {
    if (n <= 0) {
      return new Wilson(0.0, 1.0);
    }
    double p = (double) successes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new Wilson(Math.max(0.0, centre - half), Math.min(1.0, centre + half));
  }
}
