package org.sbiretl.transforms.read;

import java.io.Reader;

/** Validates the first row of an input file the same way the readers will. */
public final class HeaderCheck {
  private HeaderCheck() {}

  /**
   * @throws InvalidInputException when the file is empty or has no SBIR award header
   */
  public static void awards(Reader reader, String name) {
    AwardHeader.resolve(RecordSource.open(reader, name, true).headerCells(), name);
  }

  /**
   * An empty recipient file is valid (nothing links); a first row naming some recipient fields must
   * name the ones linking needs; anything else is read as the positional dump.
   *
   * @throws InvalidInputException when a header lacks the fields linking needs
   */
  public static void recipients(Reader reader, String name) {
    RecordSource source = RecordSource.open(reader, name, false);
    if (!source.hasNext()) {
      return;
    }
    try {
      String[] cells = source.fields().parse(source.next().text());
      if (RecipientParser.isHeader(cells)) {
        RecipientParser.withHeader(cells, name);
      }
    } catch (CsvFields.MalformedRecordException e) {
      // A malformed first data row becomes an error row when read; it does not stop the run.
    }
  }
}
