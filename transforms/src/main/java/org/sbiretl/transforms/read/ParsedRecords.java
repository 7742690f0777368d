package org.sbiretl.transforms.read;

import java.io.StringReader;
import java.util.function.Consumer;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.record.ErrorReason;

/**
 * Parses split records into cells, and takes apart a record that a quote left open has swallowed.
 *
 * <p>A quote that opens a field and is never closed makes the lines after it part of that field, as
 * RFC 4180 says a quoted line break is: the next record, or the rest of the file, disappears into
 * one bad row. Legitimate multi-line fields (abstracts) are common, so a record spanning lines is
 * taken apart only when it is evidently not one record: it does not have the header's number of
 * fields, or a quoted field spanning lines is never closed or is closed in the middle of a field.
 * Its first line then becomes an {@link ErrorReason#UNCLOSED_QUOTE} error row and the lines after
 * it are read as records again, each keeping the swallowing record's row number.
 */
final class ParsedRecords {
  /**
   * One record to turn into a row: its cells, or why it has none.
   *
   * @param cells the record's fields, or null when it is an error
   */
  record Parsed(
      RawRecord raw,
      String @Nullable [] cells,
      @Nullable ErrorReason reason,
      @Nullable String problem) {}

  private ParsedRecords() {}

  /** Hands each record that {@code raw} holds to {@code action}, in order. */
  static void forEach(RawRecord raw, CsvFields fields, int width, Consumer<Parsed> action) {
    String[] cells;
    String problem;
    try {
      cells = fields.parse(raw.text());
      problem = null;
    } catch (CsvFields.MalformedRecordException e) {
      cells = null;
      problem = e.getMessage();
    }
    Quotes quotes = scan(raw.text(), fields.delimiter());
    int lineEnd = firstLineEnd(raw.text());
    if (lineEnd < 0 || (cells != null && quotes != Quotes.SPAN_LINES_AND_END_BADLY)) {
      if (cells == null) {
        action.accept(new Parsed(raw, null, ErrorReason.UNPARSEABLE_ROW, problem));
      } else if (quotes != Quotes.BALANCED && cells.length != width) {
        action.accept(
            new Parsed(
                raw,
                null,
                ErrorReason.UNCLOSED_QUOTE,
                "a quote opened in this row is not closed where its field ends, so fields run"
                    + " together: the row has "
                    + cells.length
                    + " fields, expected "
                    + width));
      } else {
        action.accept(new Parsed(raw, cells, null, null));
      }
      return;
    }
    String text = raw.text();
    action.accept(
        new Parsed(
            new RawRecord(text.substring(0, lineEnd), raw.row(), raw.notUtf8()),
            null,
            ErrorReason.UNCLOSED_QUOTE,
            "a quote opened in this row is not closed where a field ends, so it ran into the"
                + " lines after it; the row is this line, and those lines are read as rows"));
    int restStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
    CsvRecordSplitter rest = new CsvRecordSplitter(new StringReader(text.substring(restStart)), 1);
    while (rest.hasNext()) {
      RawRecord piece = rest.next();
      forEach(new RawRecord(piece.text(), raw.row(), raw.notUtf8()), fields, width, action);
    }
  }

  private static int firstLineEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }

  /** What the quotes of a record show. */
  private enum Quotes {
    BALANCED,
    /** On one line: a quoted field is never closed, or closed in the middle of a field. */
    LEFT_OPEN,
    /**
     * A quoted field spans a line end and is never closed, or is closed by a quote followed by more
     * text instead of a delimiter: the signs that its quote was left open by mistake.
     */
    SPAN_LINES_AND_END_BADLY
  }

  private static Quotes scan(String text, char delimiter) {
    boolean inQuotes = false;
    boolean fieldStart = true;
    boolean spansLines = false;
    boolean closedMidField = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '\n' || c == '\r') {
          spansLines = true;
        } else if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            inQuotes = false;
            int next = i + 1;
            while (next < text.length() && text.charAt(next) == ' ') {
              next++;
            }
            boolean endsField = next == text.length() || text.charAt(next) == delimiter;
            if (!endsField) {
              if (spansLines) {
                return Quotes.SPAN_LINES_AND_END_BADLY;
              }
              closedMidField = true;
            }
            spansLines = false;
          }
        }
        continue;
      }
      if (c == '"' && fieldStart) {
        inQuotes = true;
      }
      fieldStart = c == delimiter || (fieldStart && c == ' ');
    }
    if (!inQuotes) {
      return closedMidField ? Quotes.LEFT_OPEN : Quotes.BALANCED;
    }
    return spansLines ? Quotes.SPAN_LINES_AND_END_BADLY : Quotes.LEFT_OPEN;
  }
}
