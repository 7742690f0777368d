package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
