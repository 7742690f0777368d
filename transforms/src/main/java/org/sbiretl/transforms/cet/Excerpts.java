package org.sbiretl.transforms.cet;

/** The text around a match, cut at word boundaries, on one line, marked where it was cut. */
final class Excerpts {
  private static final String CUT = "…";

  private Excerpts() {}

  static String around(String text, int start, int end, int length) {
    int spare = Math.max(0, length - (end - start));
    int from = Math.max(0, start - spare / 2);
    int to = Math.min(text.length(), end + spare / 2);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && from < start) {
      from++;
    }
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to > end) {
      to--;
    }
    String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? CUT : "") + cut + (to < text.length() ? CUT : "");
  }
}
