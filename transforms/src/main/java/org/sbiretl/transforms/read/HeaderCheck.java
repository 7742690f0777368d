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
   * A first row naming some recipient fields must name the ones linking needs; anything else is
   * read as the positional dump.
   *
   * @return whether the file has at least one data row (an empty or header-only file has none)
   * @throws InvalidInputException when a header lacks the fields linking needs
   */
  public static boolean recipients(Reader reader, String name) {
    RecordSource source = RecordSource.open(reader, name, false);
    if (!source.hasNext()) {
      return false;
    }
    try {
      String[] cells = source.fields().parse(source.next().text());
      if (RecipientParser.isHeader(cells)) {
        RecipientParser.withHeader(cells, name);
        // Blank lines after the header (a trailing newline) are no rows.
        while (source.hasNext()) {
          if (!source.next().text().isBlank()) {
            return true;
          }
        }
        return false;
      }
    } catch (CsvFields.MalformedRecordException e) {
      // A malformed first data row becomes an error row when read; it does not stop the run.
    }
    return true;
  }
}
