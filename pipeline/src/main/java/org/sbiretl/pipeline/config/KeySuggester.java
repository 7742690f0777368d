package org.sbiretl.pipeline.config;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known key an unknown one was probably meant to be. */
final class KeySuggester {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private KeySuggester() {}

  /** The closest known key, or null when none is close enough to be a plausible typo. */
  static String suggest(String unknown, Collection<String> known) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : known) {
      int score = DISTANCE.apply(unknown, candidate);
      // The right name in the wrong section (e.g. "high_threshold" at the top level) is a near
      // miss even though the dotted strings are far apart.
      if (leaf(unknown).equals(leaf(candidate))) {
        score = Math.min(score, 1);
      }
      if (score < bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    int tolerance = Math.max(2, unknown.length() / 4);
    return bestScore <= tolerance ? best : null;
  }

  /** " (did you mean 'x'?)" or "". */
  static String hint(String unknown, Collection<String> known) {
    String suggestion = suggest(unknown, known);
    return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
