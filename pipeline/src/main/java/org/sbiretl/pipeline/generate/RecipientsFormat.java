package org.sbiretl.pipeline.generate;

/** Layouts of the generated recipient file. */
public enum RecipientsFormat {
  /** {@code recipients.csv} with a header row. */
  CSV("csv", "recipients.csv"),
  /** {@code recipients.csv} without header, positional like the USAspending dump. */
  CSV_HEADERLESS("csv-headerless", "recipients.csv"),
  /** {@code recipients.parquet}, {@code alternate_names} as a list of strings. */
  PARQUET("parquet", "recipients.parquet");

  private final String option;
  private final String fileName;

  RecipientsFormat(String option, String fileName) {
    this.option = option;
    this.fileName = fileName;
  }

  /** The spelling used on the command line. */
  public String option() {
    return option;
  }

  public String fileName() {
    return fileName;
  }

  /** Parses the command-line spelling. */
  public static RecipientsFormat parse(String value) {
    for (RecipientsFormat f : values()) {
      if (f.option.equals(value)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown recipients format '" + value + "' (expected csv, csv-headerless or parquet)");
  }

  @Override
  public String toString() {
    return option;
  }
}
