package org.sbiretl.pipeline.output;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * CSV text that a spreadsheet opens as text, not as a formula. A cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is run as a formula by Excel,
 * LibreOffice and Google Sheets (CSV injection: {@code =HYPERLINK(...)} in a company name reaches
 * the reviewer who opens the sheet). Such text is written with a leading apostrophe, which the
 * spreadsheet shows as text and does not display; {@link #unescape} takes it off again for this
 * project's own readers. Text that already starts with an apostrophe before such a character gets
 * one more, so that every value reads back exactly as it was.
 *
 * <p>Only text is escaped: numbers are written as numbers, so a negative amount stays a number.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {}

  /** The value to write: text needing it with an apostrophe in front, anything else as it is. */
  public static @Nullable Object escape(@Nullable Object value) {
    return value instanceof String s && needsEscape(s) ? "'" + s : value;
  }

  /** A value as read back from a CSV written with {@link #escape}. */
  public static String unescape(String value) {
    return value.startsWith("'") && needsEscape(value.substring(1)) ? value.substring(1) : value;
  }

  private static boolean needsEscape(String s) {
    if (s.isEmpty()) {
      return false;
    }
    return switch (s.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> true;
      case '\'' -> needsEscape(s.substring(1));
      default -> false;
    };
  }
}
