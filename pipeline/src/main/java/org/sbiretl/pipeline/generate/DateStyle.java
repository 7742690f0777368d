package org.sbiretl.pipeline.generate;

import java.time.LocalDate;
import java.util.Locale;

/** The date spellings found in SBIR.gov exports; one award row uses one style throughout. */
enum DateStyle {
  /** 2023-03-15 */
  ISO,
  /** 5/7/2024 */
  SHORT_US,
  /** 05/07/2024 */
  PADDED_US;

  private static final double[] WEIGHTS = {45, 30, 25};

  static DateStyle draw(Rng r) {
    return values()[r.weighted(WEIGHTS)];
  }

  String format(LocalDate d) {
    return switch (this) {
      case ISO -> d.toString();
      case SHORT_US -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      case PADDED_US ->
          String.format(
              Locale.ROOT, "%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
    };
  }
}
