package org.sbiretl.transforms.normalize;

import java.util.Locale;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Normalises UEI and DUNS identifiers; returns null when a value cannot be a valid identifier. */
public final class Identifiers {
  /** Spaces and hyphens inside a DUNS; compiled once. */
  private static final Pattern DUNS_SEPARATORS = Pattern.compile("[\\s\\-]");

  private static final Pattern UEI = Pattern.compile("[A-Z0-9]{12}");
  private static final Pattern FLOAT_SUFFIX = Pattern.compile("\\.0+$");

  private Identifiers() {}

  /** True when the raw text carries something (so a null result means malformed, not missing). */
  public static boolean isPresent(@Nullable String raw) {
    return raw != null && !strip(raw).isEmpty();
  }

  /** Trimmed, upper-cased UEI of exactly 12 alphanumerics, or null. */
  public static @Nullable String uei(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String v = strip(raw).toUpperCase(Locale.ROOT);
    return UEI.matcher(v).matches() ? v : null;
  }

  /**
   * Nine-digit DUNS, or null. Accepts the forms seen in SBIR.gov exports: quoted {@code
   * '079179794'}, float-formatted {@code 859244204.0}, dashed {@code 12-345-6789}, and numbers that
   * lost their leading zeros ({@code 79179794}), which are left-padded to nine digits.
   */
  public static @Nullable String duns(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String v = FLOAT_SUFFIX.matcher(strip(raw)).replaceFirst("");
    String digits = DUNS_SEPARATORS.matcher(v).replaceAll("");
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
      return null;
    }
    if (digits.length() < 7 || digits.chars().allMatch(c -> c == '0')) {
      // Fewer than seven digits is not a DUNS that lost leading zeros; all zeros is a placeholder.
      return null;
    }
    return "0".repeat(9 - digits.length()) + digits;
  }

  private static String strip(String raw) {
    String v = raw.strip();
    while (v.length() >= 2
        && (v.charAt(0) == '\'' || v.charAt(0) == '"')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      v = v.substring(1, v.length() - 1).strip();
    }
    if (v.startsWith("'")) {
      v = v.substring(1).strip();
    }
    return v;
  }
}
