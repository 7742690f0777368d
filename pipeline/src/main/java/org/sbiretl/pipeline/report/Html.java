package org.sbiretl.pipeline.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Small HTML helpers: escaping, number formatting and tables from lists of maps. */
public final class Html {
  private Html() {}

  public static String esc(Object v) {
    if (v == null) {
      return "";
    }
    String s = String.valueOf(v);
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Whole numbers with thousands separators, fractions to four places. */
  static String num(Object v) {
    if (!(v instanceof Number n)) {
      return esc(v);
    }
    double d = n.doubleValue();
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.format(Locale.ROOT, "%,d", (long) d)
        : String.format(Locale.ROOT, "%.4f", d);
  }

  static String pct(Object v) {
    return v instanceof Number n
        ? String.format(Locale.ROOT, "%.2f%%", 100 * n.doubleValue())
        : "n/a";
  }

  static String money(Object v) {
    return v instanceof Number n ? String.format(Locale.ROOT, "$%,.0f", n.doubleValue()) : "";
  }

  /** A table with the given columns of each row; numbers right-aligned. */
  static void table(StringBuilder out, List<?> rows, List<String> columns) {
    if (rows == null || rows.isEmpty()) {
      out.append("<p class=\"muted\">none</p>\n");
      return;
    }
    out.append("<table><thead><tr>");
    for (String c : columns) {
      out.append("<th>").append(esc(c.replace('_', ' '))).append("</th>");
    }
    out.append("</tr></thead><tbody>\n");
    for (Object o : rows) {
      Map<?, ?> row = (Map<?, ?>) o;
      out.append("<tr>");
      for (String c : columns) {
        Object v = row.get(c);
        out.append(v instanceof Number ? "<td class=\"n\">" : "<td>")
            .append(
                c.contains("rate") || c.equals("precision") || c.equals("recall") || c.equals("f1")
                    ? pct(v)
                    : c.contains("amount") ? money(v) : num(v))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  /** A two-column table from a map of counts. */
  static void counts(StringBuilder out, Map<?, ?> counts, String keyHeading) {
    counts(out, counts, keyHeading, null);
  }

  /** A table of counts by key; with {@code meaning}, a third column saying what each key means. */
  static void counts(
      StringBuilder out,
      Map<?, ?> counts,
      String keyHeading,
      java.util.function.@Nullable Function<Object, String> meaning) {
    if (counts == null || counts.isEmpty()) {
      out.append("<p class=\"muted\">none</p>\n");
      return;
    }
    out.append("<table><thead><tr><th>").append(esc(keyHeading)).append("</th><th>count</th>");
    if (meaning != null) {
      out.append("<th>meaning</th>");
    }
    out.append("</tr></thead><tbody>\n");
    counts.forEach(
        (k, v) -> {
          out.append("<tr><td>")
              .append(esc(k))
              .append("</td><td class=\"n\">")
              .append(num(v))
              .append("</td>");
          if (meaning != null) {
            out.append("<td>").append(esc(meaning.apply(k))).append("</td>");
          }
          out.append("</tr>\n");
        });
    out.append("</tbody></table>\n");
  }
}
