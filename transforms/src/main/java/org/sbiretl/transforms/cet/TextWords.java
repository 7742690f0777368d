package org.sbiretl.transforms.cet;

import java.util.ArrayList;
import java.util.List;
import org.sbiretl.transforms.normalize.CompanyNames;

/**
 * The words of a text with where each stands in it: runs of letters and digits, folded like company
 * names (lower case, accents removed), so that a phrase match can quote the original text.
 */
final class TextWords {
  /**
   * Words read per field. SBIR abstracts run to a few hundred words; a field far longer is a
   * malformed row, and overlapping matches are resolved pairwise, so its cost is bounded here.
   */
  static final int MAX_WORDS = 5_000;

  final List<String> words = new ArrayList<>();
  final List<int[]> spans = new ArrayList<>();

  private TextWords() {}

  static TextWords of(String text) {
    TextWords t = new TextWords();
    if (text == null) {
      return t;
    }
    StringBuilder word = new StringBuilder(32);
    boolean ascii = true;
    int start = -1;
    for (int i = 0; i <= text.length() && t.words.size() < MAX_WORDS; i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      int entity = c == '&' ? entityEnd(text, i) : -1;
      if (entity > 0) {
        // An HTML entity (&nbsp;, &#039;) as SBIR.gov exports write them is a separator.
        c = ' ';
      }
      if (isWordChar(c)) {
        if (start < 0) {
          start = i;
          word.setLength(0);
          ascii = true;
        }
        // Plain ASCII is only lower-cased here; a word with any other letter is folded whole.
        ascii &= c < 0x80;
        word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      } else if (start >= 0) {
        String w = ascii ? word.toString() : folded(text.substring(start, i));
        if (!w.isEmpty()) {
          t.words.add(w);
          t.spans.add(new int[] {start, i});
        }
        start = -1;
      }
      if (entity > 0) {
        i = entity;
      }
    }
    return t;
  }

  /** Letters, digits, and combining marks, so that decomposed accents stay inside their word. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** The index of the {@code ;} closing an HTML entity that starts at {@code at}, or -1. */
  private static int entityEnd(String text, int at) {
    int limit = Math.min(text.length(), at + 10);
    for (int k = at + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == ';') {
        return k > at + 1 ? k : -1;
      }
      if (!(Character.isLetterOrDigit(c) || (c == '#' && k == at + 1))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A word with letters beyond ASCII, folded like company names; kept to its letters and digits, so
   * that one word of the text stays one word.
   */
  private static String folded(String raw) {
    String f = CompanyNames.fold(raw);
    StringBuilder clean = new StringBuilder(f.length());
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  int size() {
    return words.size();
  }
}
