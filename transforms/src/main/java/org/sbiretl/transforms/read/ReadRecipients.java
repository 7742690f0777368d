package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;

/**
 * Reads USAspending {@code recipient_lookup} rows into {@link #RECIPIENTS} and {@link #ERRORS}: the
 * headerless positional dump (comma CSV or Postgres COPY text), CSV with a header, or Parquet
 * (chosen by the {@code .parquet} extension).
 */
public class ReadRecipients extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Recipient> RECIPIENTS = new TupleTag<Recipient>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<ErrorRecord>() {};

  private final String filepattern;

  private ReadRecipients(String filepattern) {
    this.filepattern = filepattern;
  }

  public static ReadRecipients from(String filepattern) {
    return new ReadRecipients(filepattern);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    if (filepattern.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
      return input
          .apply(
              "ReadRecipientParquet",
              ParquetIO.parseGenericRecords(new ParquetFieldsFn())
                  .withCoder(
                      MapCoder.of(StringUtf8Coder.of(), NullableCoder.of(StringUtf8Coder.of())))
                  .from(filepattern))
          .apply(
              "ParseRecipientRecords",
              ParDo.of(new ParseParquetRecipientFn(RowIds.baseName(filepattern)))
                  .withOutputTags(RECIPIENTS, TupleTagList.of(ERRORS)));
    }
    return input
        .apply(
            "MatchRecipientFiles",
            FileIO.match()
                .filepattern(filepattern)
                .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("OpenRecipientFiles", FileIO.readMatches())
        .apply("SplitRecipientFiles", ParDo.of(new SplitRecipientFileFn()))
        .setCoder(RecordBatch.CODER)
        // Splitting runs in file order on one worker; parsing and everything fused after it (the
        // recipient passes of the linker) is spread over all of them.
        .apply("SpreadRecipientBatches", Reshuffle.viaRandomKey())
        .apply(
            "ParseRecipientRows",
            ParDo.of(new ParseRecipientBatchFn())
                .withOutputTags(RECIPIENTS, TupleTagList.of(ERRORS)));
  }

  /** Routes one parsed row to its output and counts it. */
  private static void emit(RecipientParser.Result result, DoFn.MultiOutputReceiver out) {
    if (result.recipient() != null) {
      Metrics.counter("recipients", "recipients.valid").inc();
      out.get(RECIPIENTS).output(result.recipient());
    } else {
      Metrics.counter("recipients", "recipients.errors." + result.error().reason).inc();
      out.get(ERRORS).output(result.error());
    }
  }

  /**
   * Splits one CSV file into batches of records; a first row naming recipient fields is a header
   * (row 0, so that data rows count from 1 as in award files), else the file is positional.
   */
  static class SplitRecipientFileFn extends DoFn<FileIO.ReadableFile, RecordBatch> {
    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<RecordBatch> out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, false);
        String[] header = new String[0];
        long headerRows = 0;
        List<RawRecord> batch = new ArrayList<>(RecordBatch.SIZE);
        boolean first = true;
        while (source.hasNext()) {
          RawRecord raw = source.next();
          if (first) {
            first = false;
            String[] cells = cellsOrNull(source.fields(), raw);
            if (cells != null && RecipientParser.isHeader(cells)) {
              header = cells;
              headerRows = 1;
              continue;
            }
          }
          batch.add(headerRows > 0 ? new RawRecord(raw.text(), raw.row() - headerRows) : raw);
          if (batch.size() == RecordBatch.SIZE) {
            out.output(new RecordBatch(name, source.fields().delimiter(), header, batch));
            batch = new ArrayList<>(RecordBatch.SIZE);
          }
        }
        if (!batch.isEmpty()) {
          out.output(new RecordBatch(name, source.fields().delimiter(), header, batch));
        }
      }
    }

    private static String[] cellsOrNull(CsvFields fields, RawRecord raw) {
      try {
        return fields.parse(raw.text());
      } catch (CsvFields.MalformedRecordException e) {
        return null;
      }
    }
  }

  /** Parses a batch of records into recipients and error rows. */
  static class ParseRecipientBatchFn extends DoFn<RecordBatch, Recipient> {
    private final Counter rowsRead = Metrics.counter("recipients", "recipients.read");

    @ProcessElement
    public void process(@Element RecordBatch batch, MultiOutputReceiver out) {
      RecipientParser parser =
          batch.header().length == 0
              ? RecipientParser.positional(batch.file())
              : RecipientParser.withHeader(batch.header(), batch.file());
      CsvFields fields = batch.fields();
      for (RawRecord raw : batch.records()) {
        rowsRead.inc();
        String[] cells;
        try {
          cells = fields.parse(raw.text());
        } catch (CsvFields.MalformedRecordException e) {
          emit(parser.unparseable(raw, e.getMessage()), out);
          continue;
        }
        emit(parser.parse(raw, cells), out);
      }
    }
  }

  /** Reads a Parquet record's fields as text, whatever their Parquet types. */
  static class ParquetFieldsFn implements SerializableFunction<GenericRecord, Map<String, String>> {
    @Override
    public Map<String, String> apply(GenericRecord record) {
      Map<String, String> values = new HashMap<>();
      for (RecipientColumn c : RecipientColumn.values()) {
        if (record.getSchema().getField(c.fieldName()) == null) {
          continue;
        }
        Object v = record.get(c.fieldName());
        if (v instanceof Iterable<?> list) {
          values.put(c.fieldName(), PostgresArrays.format(list));
        } else {
          values.put(c.fieldName(), v == null ? null : v.toString());
        }
      }
      return values;
    }
  }

  /** Builds recipients from Parquet field values. */
  static class ParseParquetRecipientFn extends DoFn<Map<String, String>, Recipient> {
    private final Counter rowsRead = Metrics.counter("recipients", "recipients.read");
    private final String sourceFile;

    ParseParquetRecipientFn(String sourceFile) {
      this.sourceFile = sourceFile;
    }

    @ProcessElement
    public void process(@Element Map<String, String> fields, MultiOutputReceiver out) {
      rowsRead.inc();
      Map<RecipientColumn, String> byColumn = new EnumMap<>(RecipientColumn.class);
      fields.forEach(
          (k, v) -> {
            RecipientColumn c = RecipientColumn.forHeader(k);
            if (c != null) {
              byColumn.put(c, v);
            }
          });
      // Parquet rows have no position in a text file; the row text is their fields as JSON-like
      // text.
      emit(
          RecipientParser.positional(sourceFile)
              .fromValues(byColumn, new RawRecord(new java.util.TreeMap<>(fields).toString(), 0)),
          out);
    }
  }
}
