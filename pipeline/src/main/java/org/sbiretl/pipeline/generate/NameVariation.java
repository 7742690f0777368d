package org.sbiretl.pipeline.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ways two spellings of one company's name drift apart. Each function does one thing. */
final class NameVariation {
  /** Long and short forms; either direction may be applied. */
  private static final String[][] ABBREVIATIONS = {
    {"Technologies", "Tech"}, {"Technology", "Tech"}, {"International", "Intl"},
    {"Laboratories", "Labs"}, {"Systems", "Sys"}, {"Manufacturing", "Mfg"},
    {"Associates", "Assoc"}, {"Engineering", "Eng"}, {"Corporation", "Corp"},
    {"Research", "Res"}, {"Sciences", "Sci"}, {"Company", "Co"}
  };

  /** FPDS truncated names at this many characters. */
  static final int FPDS_WIDTH = 30;

  private NameVariation() {}

  /** True when {@link #abbreviate} can change the words. */
  static boolean canAbbreviate(List<String> words) {
    for (String w : words) {
      for (String[] p : ABBREVIATIONS) {
        if (w.equals(p[0]) || w.equals(p[1])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Replaces one long form by its abbreviation or one abbreviation by its long form. */
  static List<String> abbreviate(List<String> words, Rng r) {
    List<String> out = new ArrayList<>(words);
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      for (int p = 0; p < ABBREVIATIONS.length; p++) {
        if (out.get(i).equals(ABBREVIATIONS[p][0]) || out.get(i).equals(ABBREVIATIONS[p][1])) {
          candidates.add(new int[] {i, p});
        }
      }
    }
    if (candidates.isEmpty()) {
      return out;
    }
    int[] c = r.pick(candidates);
    String[] pair = ABBREVIATIONS[c[1]];
    out.set(c[0], out.get(c[0]).equals(pair[0]) ? pair[1] : pair[0]);
    return out;
  }

  static boolean hasConjunction(List<String> words) {
    return words.contains("&") || words.contains("and");
  }

  /** Swaps "&" and "and". */
  static List<String> flipAmpersand(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.equals("&") ? "and" : w.equals("and") ? "&" : w);
    }
    return out;
  }

  /** Swaps two adjacent words ("Dynamics Quantum"); a no-op for one-word names. */
  static List<String> swapWords(List<String> words, Rng r) {
    List<String> out = new ArrayList<>(words);
    if (out.size() < 2) {
      return out;
    }
    int i = r.nextInt(out.size() - 1);
    String a = out.get(i);
    out.set(i, out.get(i + 1));
    out.set(i + 1, a);
    return out;
  }

  /**
   * A word dropped from a name of three words or more ("Advanced Photonics Research" to "Photonics
   * Research"), else one added ("Photonics Group"): how the two spellings of a real firm differ
   * most often after legal suffixes, in the real development set.
   */
  static List<String> dropOrAddWord(List<String> words, Rng r) {
    List<String> out = new ArrayList<>(words);
    if (out.size() >= 3) {
      out.remove(r.nextInt(out.size()));
    } else {
      out.add(r.pick(ADDED_WORDS));
    }
    return out;
  }

  private static final String[] ADDED_WORDS = {"Group", "Technologies", "Solutions", "Labs"};

  /** One-character insert, delete, substitution or transposition at a letter position. */
  static String typo(String s, Rng r) {
    if (s.length() < 4) {
      return s;
    }
    int i = 1 + r.nextInt(s.length() - 2);
    if (!Character.isLetter(s.charAt(i))) {
      return s;
    }
    char c = (char) ((Character.isUpperCase(s.charAt(i)) ? 'A' : 'a') + r.nextInt(26));
    return switch (r.nextInt(4)) {
      case 0 -> s.substring(0, i) + c + s.substring(i);
      case 1 -> s.substring(0, i) + s.substring(i + 1);
      case 2 -> s.substring(0, i) + c + s.substring(i + 1);
      default -> s.substring(0, i - 1) + s.charAt(i) + s.charAt(i - 1) + s.substring(i + 1);
    };
  }

  /** FPDS-style cut at {@link #FPDS_WIDTH} characters (trailing blanks dropped). */
  static String truncate(String s) {
    return s.length() <= FPDS_WIDTH ? s : s.substring(0, FPDS_WIDTH).stripTrailing();
  }

  /** Drops periods and commas: "Acme, Inc." to "Acme Inc". */
  static String stripPunctuation(String s) {
    return s.replace(".", "").replace(",", "");
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** "ATA ENGINEERING, INC." to "Ata Engineering, Inc.": each word capitalised, rest lower. */
  static String capitalizeWords(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '/';
    }
    return sb.toString();
  }
}
