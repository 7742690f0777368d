package org.sbiretl.pipeline.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Recipient rows as CSV: RFC 4180 quoting with LF line ends, the way Postgres {@code COPY ... CSV}
 * writes them; with or without a header row.
 */
final class CsvRecipientSink implements RecipientSink {
  private final CSVPrinter printer;

  CsvRecipientSink(Path file, boolean header) throws IOException {
    Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator('\n');
    if (header) {
      format.setHeader(RecipientRow.COLUMNS.toArray(String[]::new));
    }
    this.printer = new CSVPrinter(out, format.build());
  }

  @Override
  public void write(RecipientRow row) throws IOException {
    printer.printRecord(row.values());
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
