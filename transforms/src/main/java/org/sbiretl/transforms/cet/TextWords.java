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
    int start = -1;
    for (int i = 0; i <= text.length() && t.words.size() < MAX_WORDS; i++) {
      boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String folded = CompanyNames.fold(text.substring(start, i));
        // A folded word can split ("ß" stays one; a ligature-only word may fold to letters): keep
        // its letters and digits as one word, so spans stay one per word.
        StringBuilder clean = new StringBuilder(folded.length());
        for (int k = 0; k < folded.length(); k++) {
          char c = folded.charAt(k);
          if (Character.isLetterOrDigit(c)) {
            clean.append(c);
          }
        }
        if (clean.length() > 0) {
          t.words.add(clean.toString());
          t.spans.add(new int[] {start, i});
        }
        start = -1;
      }
    }
    return t;
  }

  int size() {
    return words.size();
  }
}
