package org.sbiretl.pipeline.generate;

import java.util.List;
import java.util.Locale;

/** Writes a Postgres text array literal: {@code {"ACME LABS","ACME, LLC"}} or {@code {}}. */
final class PgArray {
  private PgArray() {}

  static String format(List<String> elements) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String e = elements.get(i);
      if (needsQuotes(e)) {
        sb.append('"');
        for (int j = 0; j < e.length(); j++) {
          char c = e.charAt(j);
          if (c == '"' || c == '\\') {
            sb.append('\\');
          }
          sb.append(c);
        }
        sb.append('"');
      } else {
        sb.append(e);
      }
    }
    return sb.append('}').toString();
  }

  private static boolean needsQuotes(String e) {
    if (e.isEmpty() || e.toUpperCase(Locale.ROOT).equals("NULL")) {
      return true;
    }
    for (int j = 0; j < e.length(); j++) {
      char c = e.charAt(j);
      if (c == ',' || c == '{' || c == '}' || c == '"' || c == '\\' || Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }
}
