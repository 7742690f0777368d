package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Parses the fields of one CSV record with commons-csv, leniently as real exports need. */
public final class CsvFields {
  private final CSVFormat format;
  private final char delimiter;

  public CsvFields(char delimiter) {
    this.delimiter = delimiter;
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            // Real exports have text after a closing quote ("ACME" INC) and files cut mid-field.
            .setTrailingData(true)
            .setLenientEof(true)
            .build();
  }

  public char delimiter() {
    return delimiter;
  }

  /**
   * The record's fields.
   *
   * @throws MalformedRecordException when the text is not one CSV record
   */
  public String[] parse(String recordText) throws MalformedRecordException {
    String[] simple = splitSimple(recordText);
    return simple != null ? simple : parseQuoted(recordText);
  }

  /**
   * The fields of a record in the simplest form RFC 4180 allows, or null when it is not in it: on
   * one line, each field either unquoted and free of quotes, or quoted from its first character to
   * the one before the next delimiter with no doubled quote inside. Read so, a record gives exactly
   * what commons-csv gives (no escape character, no trimming, no comments), and almost every row of
   * the recipient table is in that form ({@code "{2X,27}"}); commons-csv reads the rest. A parser
   * and its 8 KB buffer per record cost more than the rest of reading them.
   */
  private String @Nullable [] splitSimple(String text) {
    int n = text.length();
    if (n == 0) {
      return null;
    }
    List<String> fields = new ArrayList<>(24);
    int i = 0;
    while (true) {
      int end;
      if (text.charAt(i) == '"') {
        end = text.indexOf('"', i + 1);
        if (end < 0 || (end + 1 < n && text.charAt(end + 1) != delimiter)) {
          return null;
        }
        if (hasLineBreak(text, i + 1, end)) {
          return null;
        }
        fields.add(text.substring(i + 1, end));
        end++;
      } else {
        int d = text.indexOf(delimiter, i);
        end = d < 0 ? n : d;
        for (int k = i; k < end; k++) {
          char c = text.charAt(k);
          if (c == '"' || c == '\n' || c == '\r') {
            return null;
          }
        }
        fields.add(text.substring(i, end));
      }
      if (end >= n) {
        return fields.toArray(new String[0]);
      }
      i = end + 1; // past the delimiter
      if (i == n) {
        fields.add("");
        return fields.toArray(new String[0]);
      }
    }
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Package-visible so that the simple form can be checked against it. */
  String[] parseQuoted(String recordText) throws MalformedRecordException {
    try (CSVParser parser = CSVParser.parse(new StringReader(recordText), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new MalformedRecordException("expected one CSV record but found " + records.size());
      }
      return records.get(0).values();
    } catch (IOException | RuntimeException e) {
      throw new MalformedRecordException(String.valueOf(e.getMessage()));
    }
  }

  /** A record whose text commons-csv cannot parse. */
  public static final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedRecordException(String message) {
      super(message);
    }
  }
}
