package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
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
        .apply(
            "ParseRecipientRows",
            ParDo.of(new ParseRecipientFileFn())
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

  /** Parses one CSV file; a first row naming recipient fields is a header, else positional. */
  static class ParseRecipientFileFn extends DoFn<FileIO.ReadableFile, Recipient> {
    private final Counter rowsRead = Metrics.counter("recipients", "recipients.read");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, false);
        RecipientParser parser = null;
        // A header row is row 0, so that data rows count from 1 as in award files.
        long headerRows = 0;
        while (source.hasNext()) {
          RawRecord raw = source.next();
          if (headerRows > 0) {
            raw = new RawRecord(raw.text(), raw.row() - headerRows);
          }
          String[] cells;
          try {
            cells = source.fields().parse(raw.text());
          } catch (CsvFields.MalformedRecordException e) {
            rowsRead.inc();
            emit(positionalIfUnknown(parser, name).unparseable(raw, e.getMessage()), out);
            continue;
          }
          if (parser == null) {
            if (RecipientParser.isHeader(cells)) {
              parser = RecipientParser.withHeader(cells, name);
              headerRows = 1;
              continue;
            }
            parser = RecipientParser.positional(name);
          }
          rowsRead.inc();
          emit(parser.parse(raw, cells), out);
        }
      }
    }

    private static RecipientParser positionalIfUnknown(RecipientParser parser, String name) {
      return parser != null ? parser : RecipientParser.positional(name);
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
