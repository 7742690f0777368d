package org.sbiretl.transforms.read;

/**
 * The exact text of one CSV record (possibly spanning lines) and its 1-based data-row number.
 *
 * @param text the record as it appears in the file, without the line terminator
 * @param row 1-based position among the file's records, the header counted as row 0
 */
public record RawRecord(String text, long row) {}
