package org.sbiretl.transforms.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Recognises a misspelt long business word ("Technoloiges", "Asosociates", "Sciencews") as the word
 * it misspells, so that it takes the same abbreviated form as the correct spelling. Without this a
 * typo in a word that is abbreviated ("associates" → "assoc") puts the two spellings further apart
 * than the typo itself does.
 *
 * <p>Only words of at least {@value #MIN_LENGTH} letters are considered, and only when the first
 * two letters agree: one edit up to nine letters, two from ten. Short words are left alone because
 * one edit turns too many of them into other real words ("national" and "rational" differ by their
 * first letter, which is why that letter must agree).
 */
final class MisspeltWords {
  static final int MIN_LENGTH = 8;
  private static final int MAX_EDITS = 2;
  private static final LevenshteinDistance EDITS = new LevenshteinDistance(MAX_EDITS);

  private final Map<String, String> abbreviations;

  /** The table's long words by their first two letters, each list in alphabetical order. */
  private final Map<String, List<String>> byPrefix = new HashMap<>();

  MisspeltWords(Map<String, String> abbreviations) {
    this.abbreviations = abbreviations;
    abbreviations.keySet().stream()
        .filter(w -> w.length() >= MIN_LENGTH)
        .sorted()
        .forEach(w -> byPrefix.computeIfAbsent(w.substring(0, 2), k -> new ArrayList<>()).add(w));
  }

  /** The abbreviation of the long word {@code token} misspells, or null when there is none. */
  @Nullable String canonicalOf(String token) {
    if (token.length() < MIN_LENGTH) {
      return null;
    }
    List<String> words = byPrefix.get(token.substring(0, 2));
    if (words == null) {
      return null;
    }
    int allowed = token.length() >= 10 ? 2 : 1;
    String best = null;
    int bestEdits = allowed + 1;
    for (String word : words) {
      if (Math.abs(word.length() - token.length()) > allowed) {
        continue;
      }
      int edits = EDITS.apply(token, word);
      // Ties go to the word first in alphabetical order, so the result never depends on map order.
      if (edits >= 0 && edits < bestEdits) {
        best = word;
        bestEdits = edits;
      }
    }
    return best == null ? null : abbreviations.get(best);
  }
}
