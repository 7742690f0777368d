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
      if (Character.isLetterOrDigit(c)) {
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
    }
    return t;
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
