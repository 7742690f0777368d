package org.sbiretl.transforms.cet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a taxonomy's phrases in a text, word by word. A phrase word matches the same word or its
 * plural ({@code s}, {@code es}); a word ending in {@code *} matches every word it starts. Built
 * once per worker: phrases are indexed by their first word (stems by their first four letters), so
 * a text costs one or two map lookups per word.
 *
 * <p>Within an area, a match inside a longer match of the same area is dropped ("quantum" inside
 * "quantum computing" is not counted twice), and so is a match that overlaps one of the area's
 * exclusions ("directed energy" inside "directed energy deposition").
 */
final class PhraseMatcher {
  /** What a phrase is to its area. */
  enum Kind {
    PHRASE,
    RELATED,
    EXCLUSION
  }

  /** One phrase of the taxonomy; {@code index} numbers the phrases and related terms only. */
  record Phrase(int index, int area, Kind kind, String text, String[] words) {}

  /** A phrase found in one field of a text, as word positions and character offsets. */
  record Hit(Phrase phrase, int field, int firstWord, int endWord, int startChar, int endChar) {
    boolean overlaps(Hit o) {
      return field == o.field && firstWord < o.endWord && o.firstWord < endWord;
    }

    boolean inside(Hit o) {
      return field == o.field && firstWord >= o.firstWord && endWord <= o.endWord;
    }

    int length() {
      return endWord - firstWord;
    }
  }

  private final List<Phrase> counted = new ArrayList<>();
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Map<String, List<Phrase>> byFirstStem = new HashMap<>();

  PhraseMatcher(CetTaxonomy taxonomy) {
    List<CetArea> areas = taxonomy.areas();
    for (int a = 0; a < areas.size(); a++) {
      CetArea area = areas.get(a);
      for (String p : area.phrases()) {
        add(a, Kind.PHRASE, p);
      }
      for (String p : area.related()) {
        add(a, Kind.RELATED, p);
      }
      for (String p : area.exclusions()) {
        add(a, Kind.EXCLUSION, p);
      }
    }
  }

  private void add(int area, Kind kind, String text) {
    int index = kind == Kind.EXCLUSION ? -1 : counted.size();
    Phrase phrase = new Phrase(index, area, kind, text, text.split(" "));
    if (kind != Kind.EXCLUSION) {
      counted.add(phrase);
    }
    String first = phrase.words()[0];
    if (first.endsWith("*")) {
      byFirstStem
          .computeIfAbsent(first.substring(0, CetTaxonomy.MIN_STEM), k -> new ArrayList<>())
          .add(phrase);
    } else {
      byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
    }
  }

  /** The phrases and related terms, numbered as {@link Phrase#index()}. */
  List<Phrase> phrases() {
    return counted;
  }

  /** The counted hits in one field, after containment and exclusions within each area. */
  List<Hit> find(TextWords text, int field) {
    List<Hit> raw = new ArrayList<>();
    List<String> words = text.words;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      collect(byFirstWord.get(w), text, field, i, raw);
      // The same plural rule as wordMatches, for the first word too ("AIs" is "ai").
      if (w.length() > 2 && w.endsWith("s")) {
        collect(byFirstWord.get(w.substring(0, w.length() - 1)), text, field, i, raw);
        if (w.endsWith("es")) {
          collect(byFirstWord.get(w.substring(0, w.length() - 2)), text, field, i, raw);
        }
      }
      if (w.length() >= CetTaxonomy.MIN_STEM && !byFirstStem.isEmpty()) {
        collect(byFirstStem.get(w.substring(0, CetTaxonomy.MIN_STEM)), text, field, i, raw);
      }
    }
    return keepCounted(raw);
  }

  private static void collect(
      List<Phrase> candidates, TextWords text, int field, int at, List<Hit> into) {
    if (candidates == null) {
      return;
    }
    for (Phrase p : candidates) {
      int n = p.words().length;
      if (at + n > text.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = wordMatches(p.words()[k], text.words.get(at + k));
      }
      if (all) {
        into.add(
            new Hit(p, field, at, at + n, text.spans.get(at)[0], text.spans.get(at + n - 1)[1]));
      }
    }
  }

  static boolean wordMatches(String phraseWord, String word) {
    if (phraseWord.endsWith("*")) {
      return word.startsWith(phraseWord.substring(0, phraseWord.length() - 1));
    }
    if (word.equals(phraseWord)) {
      return true;
    }
    int extra = word.length() - phraseWord.length();
    return (extra == 1 && word.endsWith("s") || extra == 2 && word.endsWith("es"))
        && word.startsWith(phraseWord);
  }

  /** Longest matches first; drops what an exclusion or a longer match of the same area covers. */
  private static List<Hit> keepCounted(List<Hit> raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    List<Hit> exclusions = new ArrayList<>();
    List<Hit> candidates = new ArrayList<>();
    for (Hit h : raw) {
      (h.phrase().kind() == Kind.EXCLUSION ? exclusions : candidates).add(h);
    }
    candidates.sort(Comparator.comparingInt(Hit::length).reversed());
    List<Hit> kept = new ArrayList<>(candidates.size());
    for (Hit h : candidates) {
      if (!coveredBy(h, exclusions, false) && !coveredBy(h, kept, true)) {
        kept.add(h);
      }
    }
    return kept;
  }

  private static boolean coveredBy(Hit h, List<Hit> others, boolean containment) {
    for (Hit o : others) {
      if (o.phrase().area() == h.phrase().area() && (containment ? h.inside(o) : h.overlaps(o))) {
        return true;
      }
    }
    return false;
  }
}
