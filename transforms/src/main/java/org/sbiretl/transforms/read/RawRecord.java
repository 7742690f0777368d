package org.sbiretl.transforms.read;

/**
 * The exact text of one CSV record (possibly spanning lines) and its 1-based data-row number.
 *
 * @param text the record as it appears in the file, without the line terminator
 * @param row 1-based position among the file's records, the header counted as row 0
 * @param notUtf8 some of the record's bytes were not UTF-8 and were read as Windows-1252
 */
public record RawRecord(String text, long row, boolean notUtf8) {
  public RawRecord(String text, long row) {
    this(text, row, false);
  }
}
