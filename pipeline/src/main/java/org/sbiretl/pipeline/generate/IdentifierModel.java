package org.sbiretl.pipeline.generate;

import java.util.Locale;

/** Makes UEIs and DUNS numbers and writes them the ways SBIR.gov exports do. */
final class IdentifierModel {
  /** SAM UEIs avoid I and O. */
  private static final String UEI_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

  private static final long DUNS_SPACE = 1_000_000_000L;
  private static final long DUNS_MULTIPLIER = 387_420_489L; // 3^18, coprime with 10^9

  /** DUNS numbers for filler recipients use indexes [0, FIRM_BASE). */
  static final long FIRM_BASE = 600_000_000L;

  static final long PARENT_BASE = 800_000_000L;

  /** The largest recipient count whose DUNS numbers stay clear of the firm range. */
  static final int MAX_RECIPIENTS = (int) (FIRM_BASE - 1);

  private final long dunsOffset;

  IdentifierModel(long seed) {
    this.dunsOffset = Math.floorMod(Rng.mix(seed ^ 0x5DEECE66DL), DUNS_SPACE);
  }

  /** A random 12-character UEI (collisions among millions are vanishingly unlikely). */
  static String uei(Rng r) {
    StringBuilder sb = new StringBuilder(12);
    sb.append(UEI_CHARS.charAt(r.nextInt(24))); // a letter first, like most SAM UEIs
    for (int i = 1; i < 12; i++) {
      sb.append(UEI_CHARS.charAt(r.nextInt(UEI_CHARS.length())));
    }
    return sb.toString();
  }

  /**
   * A nine-digit DUNS that is unique per {@code slot}: an affine bijection of [0, 10^9) keeps any
   * two entities from sharing one by accident.
   */
  String duns(long slot) {
    long v = Math.floorMod(DUNS_MULTIPLIER * slot + dunsOffset, DUNS_SPACE);
    return String.format(Locale.ROOT, "%09d", v);
  }

  /**
   * How SBIR.gov writes a DUNS: mostly plain, sometimes quoted ({@code '079179794'}),
   * float-formatted ({@code 859244204.0}) or with leading zeros lost.
   */
  static String sbirDuns(String duns, Rng r) {
    double x = r.nextDouble();
    if (x < 0.12) {
      return "'" + duns + "'";
    }
    if (x < 0.22) {
      return Long.parseLong(duns) + ".0";
    }
    if (x < 0.27) {
      return Long.toString(Long.parseLong(duns));
    }
    if (x < 0.29) {
      return duns.substring(0, 2) + "-" + duns.substring(2, 5) + "-" + duns.substring(5);
    }
    return duns;
  }

  /** A DUNS nobody could match: a letter in it, a digit too many, or all zeros. */
  static String malformedDuns(String duns, Rng r) {
    return switch (r.nextInt(3)) {
      case 0 -> duns.substring(0, 4) + (char) ('A' + r.nextInt(26)) + duns.substring(5);
      case 1 -> duns + r.nextInt(10);
      default -> "000000000";
    };
  }

  /** A UEI with a character lost or an extra one. */
  static String malformedUei(String uei, Rng r) {
    return r.chance(0.5)
        ? uei.substring(0, 11)
        : uei + UEI_CHARS.charAt(r.nextInt(UEI_CHARS.length()));
  }
}
