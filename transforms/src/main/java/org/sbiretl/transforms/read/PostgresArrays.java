package org.sbiretl.transforms.read;

import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Parses Postgres array text such as {@code {A,"B, C","D \"E\""}} into its elements. */
public final class PostgresArrays {
  private PostgresArrays() {}

  /**
   * The array's non-null, non-blank elements, trimmed. Text that is not an array literal is taken
   * as one element, so a plain name is not lost.
   */
  public static List<String> parse(@Nullable String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    String v = text.strip();
    if (!(v.startsWith("{") && v.endsWith("}"))) {
      out.add(v);
      return out;
    }
    String body = v.substring(1, v.length() - 1);
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < body.length()) {
          cur.append(body.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        add(out, cur, wasQuoted);
        cur.setLength(0);
        wasQuoted = false;
      } else {
        cur.append(c);
      }
    }
    add(out, cur, wasQuoted);
    return out;
  }

  private static void add(List<String> out, StringBuilder cur, boolean wasQuoted) {
    String e = cur.toString().strip();
    // An unquoted NULL is SQL null, not a company called "NULL".
    if (!e.isEmpty() && (wasQuoted || !e.equalsIgnoreCase("NULL"))) {
      out.add(e);
    }
  }

  /**
   * Formats elements as Postgres array text the way PostgreSQL prints an array: an element is
   * quoted only when it must be (empty, {@code NULL}, or holding a comma, brace, quote, backslash
   * or white space), so a dump's {@code {2X,27}} reads back as written. Null elements are left out.
   */
  public static String format(Iterable<?> elements) {
    StringBuilder sb = new StringBuilder("{");
    for (Object element : elements) {
      if (element == null) {
        continue;
      }
      if (sb.length() > 1) {
        sb.append(',');
      }
      String e = element.toString();
      if (needsQuotes(e)) {
        sb.append('"').append(e.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else {
        sb.append(e);
      }
    }
    return sb.append('}').toString();
  }

  private static boolean needsQuotes(String e) {
    if (e.isEmpty() || e.equalsIgnoreCase("NULL")) {
      return true;
    }
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == ',' || c == '{' || c == '}' || c == '"' || c == '\\' || Character.isWhitespace(c)) {
        return true;
      }
    }
    return false;
  }
}
