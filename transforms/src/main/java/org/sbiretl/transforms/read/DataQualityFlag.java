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
  YEAR_UNPARSEABLE("year-unparseable");

  private final String code;

  DataQualityFlag(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
