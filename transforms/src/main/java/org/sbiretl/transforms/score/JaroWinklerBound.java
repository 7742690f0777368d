package org.sbiretl.transforms.score;

/**
 * A cheap test of whether two strings can reach a Jaro-Winkler similarity at all. Jaro counts
 * characters matched within a window, so no more can match than the two strings share as a multiset
 * of characters; with that count and no transpositions Jaro is at its largest, and the Winkler
 * prefix bonus adds at most 0.4 × (1 − Jaro). When even that bound is below the threshold, the real
 * similarity is too, and it need not be computed: most pairs of unrelated tokens, cities and names
 * are settled by this count alone.
 */
final class JaroWinklerBound {
  private JaroWinklerBound() {}

  static boolean canReach(String a, String b, double threshold) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return a.equals(b);
    }
    int shared = sharedCharacters(a, b);
    if (shared < 0) {
      return true;
    }
    if (shared == 0) {
      return false;
    }
    double jaro = ((double) shared / la + (double) shared / lb + 1.0) / 3.0;
    double jaroWinkler = jaro + 0.4 * (1.0 - jaro);
    // A hair of slack: the bound must never round below a similarity that reaches the threshold.
    return jaroWinkler >= threshold - 1e-9;
  }

  /** Characters the two strings share as multisets, or -1 when either has one beyond ASCII. */
  private static int sharedCharacters(String a, String b) {
    int[] counts = new int[128];
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 128) {
        return -1;
      }
      counts[c]++;
    }
    int shared = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= 128) {
        return -1;
      }
      if (counts[c] > 0) {
        counts[c]--;
        shared++;
      }
    }
    return shared;
  }
}
