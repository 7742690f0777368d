package org.sbiretl.pipeline.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Formats rows as RFC 4180 CSV lines; list columns are joined with {@code ;}; text a spreadsheet
 * would run as a formula is escaped ({@link SpreadsheetSafe}).
 */
public final class CsvRows {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("").build();

  private CsvRows() {}

  public static String header(Schema schema) {
    return line(schema.getFieldNames());
  }

  public static String line(Row row) {
    List<Object> values = new ArrayList<>(row.getFieldCount());
    for (Object v : row.getValues()) {
      if (v instanceof Collection<?> c) {
        values.add(
            SpreadsheetSafe.escape(String.join(";", c.stream().map(String::valueOf).toList())));
      } else {
        values.add(SpreadsheetSafe.escape(v));
      }
    }
    return line(values);
  }

  /** One CSV line of the values as they are: no escaping beyond RFC 4180 quoting. */
  public static String line(List<?> values) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
