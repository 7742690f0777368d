package org.sbiretl.transforms.read;

/**
 * A problem with one field that does not reject the row: the field is nulled, its text is kept in
 * the row's unparsed values and the flag is recorded on the row. Codes are part of the output
 * contract.
 */
public enum DataQualityFlag {
  UEI_MALFORMED("uei-malformed"),
  DUNS_MALFORMED("duns-malformed"),
  AMOUNT_UNPARSEABLE("amount-unparseable"),
  DATE_UNPARSEABLE("date-unparseable"),
  STATE_UNKNOWN("state-unknown"),
  ZIP_MALFORMED("zip-malformed"),
  PHASE_UNKNOWN("phase-unknown"),
  EMPLOYEES_UNPARSEABLE("employees-unparseable"),
  YEAR_UNPARSEABLE("year-unparseable"),
  /**
   * Some of the row's bytes are not UTF-8 and were read as Windows-1252: the text is kept as
   * decoded (no field is nulled), and the row is flagged because its accents may be wrong.
   */
  TEXT_NOT_UTF8("text-not-utf8");

  private final String code;

  DataQualityFlag(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
