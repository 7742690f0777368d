package org.sbiretl.transforms.read;

import java.io.Reader;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** A delimited text file opened for parsing: delimiter sniffed, header row read if it has one. */
final class RecordSource implements Iterator<RawRecord> {
  private final CsvRecordSplitter splitter;
  private final CsvFields fields;
  private final String[] headerCells;
  private RawRecord pending;

  private RecordSource(
      CsvRecordSplitter splitter, CsvFields fields, String[] headerCells, RawRecord pending) {
    this.splitter = splitter;
    this.fields = fields;
    this.headerCells = headerCells;
    this.pending = pending;
  }

  /**
   * Opens a file. With a header, its first record is the header (row 0) and data rows count from 1;
   * without, {@link #headerCells} is empty and the first record is data row 1.
   *
   * @throws InvalidInputException when a file that should have a header is empty or its header is
   *     not CSV
   */
  static RecordSource open(Reader reader, String name, boolean hasHeader) {
    CsvRecordSplitter splitter = new CsvRecordSplitter(reader, hasHeader ? 0 : 1);
    RawRecord first = splitter.hasNext() ? splitter.next() : null;
    if (first == null) {
      if (hasHeader) {
        throw new InvalidInputException(name + ": the file is empty; expected a header row");
      }
      return new RecordSource(splitter, new CsvFields(','), new String[0], null);
    }
    CsvFields fields = new CsvFields(TextFiles.sniffDelimiter(first.text()));
    if (!hasHeader) {
      return new RecordSource(splitter, fields, new String[0], first);
    }
    try {
      return new RecordSource(splitter, fields, fields.parse(first.text()), null);
    } catch (CsvFields.MalformedRecordException e) {
      throw new InvalidInputException(name + ": the header row is not CSV: " + e.getMessage());
    }
  }

  String[] headerCells() {
    return headerCells;
  }

  CsvFields fields() {
    return fields;
  }

  @Override
  public boolean hasNext() {
    return pending != null || splitter.hasNext();
  }

  @Override
  public RawRecord next() {
    if (pending != null) {
      RawRecord r = pending;
      pending = null;
      return r;
    }
    if (!splitter.hasNext()) {
      throw new NoSuchElementException();
    }
    return splitter.next();
  }
}
