package org.sbiretl.transforms.record;

/** Why a row went to the errors output. Codes are part of the output contract: never rename. */
public enum ErrorReason {
  /** The row has a different number of fields than the header. */
  RAGGED_ROW("ragged-row"),
  /** The company name is empty, so the award cannot be linked or reported. */
  MISSING_COMPANY("missing-company"),
  /** The CSV text around this row could not be parsed (for example an unterminated quote). */
  UNPARSEABLE_ROW("unparseable-row"),
  /** A recipient row without a legal business name and without any identifier. */
  MISSING_RECIPIENT_IDENTITY("missing-recipient-identity"),
  /**
   * A quote opened in this row is never closed where a field should end, so it ran over the line
   * end into the rows after it; the row is kept as its first line, and the lines after it are read
   * as rows of their own.
   */
  UNCLOSED_QUOTE("unclosed-quote");

  private final String code;

  ErrorReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
