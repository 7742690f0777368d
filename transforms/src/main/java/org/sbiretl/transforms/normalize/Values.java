package org.sbiretl.transforms.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Normalisers for the non-identifier award fields: amounts, dates, phases, counts, ZIPs. */
public final class Values {
  /** Month first, with slashes or (the SBIR.gov website export) dashes: 5/7/2024, 10-23-2018. */
  private static final Pattern US_DATE =
      Pattern.compile("(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{2}|\\d{4})");

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  /** "May 10, 2018", "Sept. 3 2019": how SBIR.gov award pages write dates. */
  private static final Pattern MONTH_NAME_DATE =
      Pattern.compile("([A-Za-z]{3,9})\\.? +(\\d{1,2}),? +(\\d{4})");

  // "37215-" (ZIP+4 with an empty +4) occurs in SBIR.gov exports.
  /**
   * ZIP, ZIP+4, a ZIP with a dangling dash, or one whose +4 part an export wrote as a word (the
   * SBIR.gov award pages write {@code 80302-Array}).
   */
  private static final Pattern ZIP5 = Pattern.compile("^(\\d{5})(?:[-\\s]?\\d{4}|-|-[A-Za-z]+)?$");

  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
  private static final Pattern ZIP_DIGITS = Pattern.compile("^\\d{3,4}$");

  /** Dashes, dots or slashes alone: what exports write in a cell that has no value. */
  private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[-\u2013\u2014./\\s]+$");

  private static final java.util.Set<String> NO_VALUE_WORDS =
      java.util.Set.of("n/a", "na", "none", "null", "nil", "unknown", "not available");

  private Values() {}

  /**
   * A cell that says it has no value ({@code -}, {@code N/A}, {@code none}, {@code null}) rather
   * than a value in a form the reader does not know. SBIR.gov exports write {@code -} for a missing
   * ZIP in about one row in twenty; reading it as a malformed ZIP would flag those rows.
   */
  public static boolean saysNoValue(String stripped) {
    return PUNCTUATION_ONLY.matcher(stripped).matches()
        || NO_VALUE_WORDS.contains(stripped.toLowerCase(java.util.Locale.ROOT));
  }

  /** Blank to null, otherwise trimmed. */
  public static @Nullable String text(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String v = raw.strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * Dollars from {@code "171,433"}, {@code $1,000.00}, {@code 150000.0000}; null if not a number.
   */
  public static @Nullable Double amount(@Nullable String raw) {
    String v = text(raw);
    if (v == null) {
      return null;
    }
    String cleaned = v.replace("$", "").replace(",", "").replace(" ", "");
    // Double.parseDouble also takes "NaN", "0x1p3" and a trailing type suffix ("100d", "5f").
    if (!DECIMAL.matcher(cleaned).matches()) {
      return null;
    }
    try {
      double d = Double.parseDouble(cleaned);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * ISO date text from {@code 2023-03-15}, {@code 5/7/2024}, {@code 10-23-2018}, {@code May 10,
   * 2018} or a timestamp; null otherwise.
   */
  public static @Nullable String date(@Nullable String raw) {
    String v = text(raw);
    if (v == null) {
      return null;
    }
    Matcher named = MONTH_NAME_DATE.matcher(v);
    if (named.matches()) {
      Month month = month(named.group(1));
      try {
        return month == null
            ? null
            : LocalDate.of(num(named, 3), month, num(named, 2))
                .format(DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return null;
      }
    }
    // Timestamps such as "2023-03-15 00:00:00" or "2023-03-15T00:00:00Z" keep their date part.
    String head = v.split("[ T]", 2)[0];
    try {
      Matcher iso = ISO_DATE.matcher(head);
      if (iso.matches()) {
        return LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3))
            .format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      Matcher us = US_DATE.matcher(head);
      if (us.matches()) {
        int year = num(us, 4);
        if (year < 100) {
          year += year < 70 ? 2000 : 1900;
        }
        return LocalDate.of(year, num(us, 1), num(us, 3)).format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** Whole number from {@code 25}, {@code "1,200"} or {@code 25.0}; null otherwise. */
  public static @Nullable Integer integer(@Nullable String raw) {
    Double d = amount(raw);
    if (d == null || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      return null;
    }
    return d.intValue();
  }

  /** I, II or III from {@code Phase I}, {@code PHASE II}, {@code 2}, {@code Phase 3}; else null. */
  public static @Nullable String phase(@Nullable String raw) {
    String v = text(raw);
    if (v == null) {
      return null;
    }
    String p = v.toUpperCase(Locale.ROOT).replace("PHASE", "").strip();
    switch (p) {
      case "I":
      case "1":
        return "I";
      case "II":
      case "2":
        return "II";
      case "III":
      case "3":
        return "III";
      default:
        return null;
    }
  }

  /**
   * Five-digit ZIP from ZIP, ZIP+4 (with or without the dash) and ZIPs that lost their leading
   * zeros in a spreadsheet ({@code 2110} → {@code 02110}); null otherwise.
   */
  public static @Nullable String zip5(@Nullable String raw) {
    String v = text(raw);
    if (v == null) {
      return null;
    }
    v = v.replace("'", "");
    Matcher m = ZIP5.matcher(v);
    if (m.matches()) {
      return m.group(1);
    }
    if (ZIP_DIGITS.matcher(v).matches()) {
      return "0".repeat(5 - v.length()) + v;
    }
    if (v.length() == 9 && v.chars().allMatch(Character::isDigit)) {
      return v.substring(0, 5);
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** A month by its English name or abbreviation ("Sep", "Sept", "September"); null if none. */
  private static @Nullable Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.US).toLowerCase(Locale.ROOT);
      if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
        return m;
      }
    }
    return null;
  }
}
