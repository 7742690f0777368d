package org.sbiretl.pipeline.report;

import java.util.List;
import org.sbiretl.pipeline.output.OutputReader.OutputRow;

/** The categories awards are broken down by in the report. */
final class AwardCategories {
  static final String UNKNOWN = "unknown";
  static final List<String> SIZE_BANDS =
      List.of("1-10", "11-50", "51-200", "201-500", "500+", UNKNOWN);
  static final List<String> IDENTIFIER_TYPES = List.of("both", "UEI only", "DUNS only", "neither");
  static final List<String> PHASES = List.of("I", "II", "III", UNKNOWN);

  private AwardCategories() {}

  static String sizeBand(OutputRow row) {
    Double n = row.number("number_employees");
    if (n == null || n < 1) {
      return UNKNOWN;
    }
    if (n <= 10) {
      return "1-10";
    }
    if (n <= 50) {
      return "11-50";
    }
    if (n <= 200) {
      return "51-200";
    }
    return n <= 500 ? "201-500" : "500+";
  }

  /** From the award's own (validated) identifiers: malformed ones were nulled by the reader. */
  static String identifierType(OutputRow row) {
    boolean uei = row.text("uei") != null;
    boolean duns = row.text("duns") != null;
    if (uei && duns) {
      return "both";
    }
    if (uei) {
      return "UEI only";
    }
    return duns ? "DUNS only" : "neither";
  }

  static String orUnknown(String value) {
    return value == null ? UNKNOWN : value;
  }

  /** The year as text; a numeric column read from Parquet may be a Long. */
  static String year(OutputRow row) {
    Double y = row.number("award_year");
    return y == null ? UNKNOWN : String.valueOf(y.longValue());
  }
}
