package org.sbiretl.pipeline.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A small wrapper around {@link SplittableRandom} with the draws the generator needs. Every row is
 * generated from its own instance, seeded from (run seed, stream, index), so any row can be
 * re-derived on demand without keeping the others in memory.
 */
final class Rng {
  private final SplittableRandom random;

  private Rng(SplittableRandom random) {
    this.random = random;
  }

  /** The generator for one entity: {@code stream} names the kind of entity, {@code index} it. */
  static Rng of(long seed, long stream, long index) {
    long s = mix(seed + 0x9E3779B97F4A7C15L * (stream + 1));
    return new Rng(new SplittableRandom(mix(s ^ mix(index + 0x632BE59BD9B4E019L))));
  }

  /** SplitMix64 finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  long nextLong(long bound) {
    return random.nextLong(bound);
  }

  double nextDouble() {
    return random.nextDouble();
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Index into {@code weights} drawn proportionally to the weights. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  String digits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
