package org.sbiretl.transforms.read;

import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.jdbc.JdbcIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.sbiretl.transforms.metrics.TimedDoFn;
import org.sbiretl.transforms.record.ErrorRecord;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;

/**
 * Reads USAspending {@code recipient_lookup} rows into {@link #RECIPIENTS} and {@link #ERRORS}: the
 * headerless positional dump (comma CSV or Postgres COPY text), CSV with a header, Parquet (chosen
 * by the {@code .parquet} extension), or a database table ({@link #fromDatabase}).
 */
public class ReadRecipients extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Recipient> RECIPIENTS = new TupleTag<Recipient>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<ErrorRecord>() {};

  /** Id ranges a database table is read in: enough to share 3.4M rows between workers. */
  static final int DATABASE_ID_RANGES = 32;

  /**
   * Counter of recipient rows holding bytes that are not UTF-8, read as Windows-1252 (recipients
   * carry no row flags; {@code run-summary.json} reports this count).
   */
  public static final String NOT_UTF8_COUNTER = "recipients.rows-not-utf8";

  /** Counter of the rows read as recipients. */
  public static final String VALID_COUNTER = "recipients.valid";

  /** Counter of the recipient rows read, valid or not. */
  public static final String READ_COUNTER = "recipients.read";

  private final String filepattern;
  private final int recordsPerRange;
  private final @Nullable DatabaseSource database;

  private ReadRecipients(
      String filepattern, int recordsPerRange, @Nullable DatabaseSource database) {
    if (recordsPerRange < 1) {
      throw new IllegalArgumentException("records per range must be at least 1");
    }
    this.filepattern = filepattern;
    this.recordsPerRange = recordsPerRange;
    this.database = database;
  }

  public static ReadRecipients from(String filepattern) {
    return new ReadRecipients(filepattern, FileRange.DEFAULT_RECORDS, null);
  }

  /** Reads every row of a database table shaped like USAspending's {@code recipient_lookup}. */
  public static ReadRecipients fromDatabase(DatabaseSource database) {
    return new ReadRecipients(database.sourceName(), FileRange.DEFAULT_RECORDS, database);
  }

  /**
   * Reads each file in ranges of this many records, each parsed as one unit of work on any worker
   * (and held in memory as bytes while it is parsed).
   */
  public ReadRecipients withRecordsPerRange(int records) {
    return new ReadRecipients(filepattern, records, database);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple read = readFiles(input);
    // The compact coder, not the inferred schema coder: the rows cross a fusion break into the
    // linker, and the schema coder cost more there than parsing them.
    read.get(RECIPIENTS).setCoder(RecipientCoder.of());
    return read;
  }

  private PCollectionTuple readFiles(PBegin input) {
    if (database != null) {
      JdbcIO.DataSourceConfiguration connection =
          JdbcIO.DataSourceConfiguration.create(database.driverClass(), database.url());
      if (database.user() != null) {
        connection = connection.withUsername(database.user());
      }
      if (database.password() != null) {
        connection = connection.withPassword(database.password());
      }
      Coder<Map<String, String>> coder =
          MapCoder.of(StringUtf8Coder.of(), NullableCoder.of(StringUtf8Coder.of()));
      PCollection<Map<String, String>> rows;
      if (database.readsIdRanges()) {
        // recipient_lookup's integer primary key splits the table into ranges that the workers
        // read in parallel; rows without an id are in no range and are read on their own.
        PCollection<Map<String, String>> ranged =
            input.apply(
                "ReadRecipientIdRanges",
                JdbcIO.<Map<String, String>>readWithPartitions()
                    .withDataSourceConfiguration(connection)
                    .withTable(database.table())
                    .withPartitionColumn(DatabaseSource.ID_COLUMN)
                    // Both bounds given: JdbcIO would otherwise query them again, and its display
                    // data fails on bounds it has not computed yet. The upper bound is exclusive.
                    .withLowerBound(database.lowestId())
                    .withUpperBound(database.highestId() + 1)
                    .withNumPartitions(DATABASE_ID_RANGES)
                    .withRowMapper(new DatabaseSource.RowFields())
                    .withCoder(coder));
        PCollection<Map<String, String>> withoutId =
            input.apply(
                "ReadRecipientsWithoutId",
                JdbcIO.<Map<String, String>>read()
                    .withDataSourceConfiguration(connection)
                    .withQuery(database.query() + " WHERE " + DatabaseSource.ID_COLUMN + " IS NULL")
                    .withRowMapper(new DatabaseSource.RowFields())
                    .withCoder(coder));
        rows =
            PCollectionList.of(ranged)
                .and(withoutId)
                .apply("AllRecipientRows", Flatten.pCollections());
      } else {
        rows =
            input.apply(
                "ReadRecipientTable",
                JdbcIO.<Map<String, String>>read()
                    .withDataSourceConfiguration(connection)
                    .withQuery(database.query())
                    .withRowMapper(new DatabaseSource.RowFields())
                    .withCoder(coder));
      }
      return rows.apply(
          "ParseRecipientRecords",
          ParDo.of(new ParseRecipientFieldsFn(database.sourceName()))
              .withOutputTags(RECIPIENTS, TupleTagList.of(ERRORS)));
    }
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
              ParDo.of(new ParseRecipientFieldsFn(RowIds.baseName(filepattern)))
                  .withOutputTags(RECIPIENTS, TupleTagList.of(ERRORS)));
    }
    return input
        .apply(
            "MatchRecipientFiles",
            FileIO.match()
                .filepattern(filepattern)
                .withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        .apply("OpenRecipientFiles", FileIO.readMatches())
        .apply("PlanRecipientRanges", ParDo.of(new PlanRecipientFileFn(recordsPerRange)))
        .setCoder(FileRange.CODER)
        // Planning scans each file once, in order; reading and parsing the ranges, and everything
        // fused after it (the linker's recipient passes), is spread over all workers.
        .apply("SpreadRecipientRanges", Reshuffle.viaRandomKey())
        .apply(
            "ParseRecipientRows",
            ParDo.of(new ParseRecipientRangeFn())
                .withOutputTags(RECIPIENTS, TupleTagList.of(ERRORS)));
  }

  /** Routes one parsed row to its output and counts it. */
  private static void emit(
      RecipientParser.Result result, Counter valid, DoFn.MultiOutputReceiver out) {
    if (result.recipient() != null) {
      valid.inc();
      out.get(RECIPIENTS).output(result.recipient());
    } else {
      Metrics.counter("recipients", "recipients.errors." + result.error().reason).inc();
      out.get(ERRORS).output(result.error());
    }
  }

  /**
   * Plans one CSV file into ranges; a first row naming recipient fields is a header (row 0, so that
   * data rows count from 1 as in award files), else the file is positional.
   */
  static class PlanRecipientFileFn extends DoFn<FileIO.ReadableFile, FileRange> {
    private final int recordsPerRange;

    PlanRecipientFileFn(int recordsPerRange) {
      this.recordsPerRange = recordsPerRange;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<FileRange> out)
        throws IOException {
      String name = file.getMetadata().resourceId().toString();
      String[] header = new String[0];
      char delimiter;
      try (Reader reader = TextFiles.open(file)) {
        RecordSource source = RecordSource.open(reader, name, false);
        delimiter = source.fields().delimiter();
        if (source.hasNext()) {
          String[] cells = cellsOrNull(source.fields(), source.next());
          if (cells != null && RecipientParser.isHeader(cells)) {
            header = cells;
          }
        }
      }
      for (FileRange range :
          FileRange.plan(
              file, name, delimiter, header, header.length > 0 ? 1 : 0, recordsPerRange)) {
        out.output(range);
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

  /** Reads one range of a file and parses its records into recipients and error rows. */
  static class ParseRecipientRangeFn extends TimedDoFn<FileRange, Recipient> {
    ParseRecipientRangeFn() {
      super("read-recipients");
    }

    private final Counter rowsRead = Metrics.counter("recipients", READ_COUNTER);
    private final Counter ranges = Metrics.counter("reading", "reading.recipient-ranges");
    private final Counter rowsNotUtf8 = Metrics.counter("recipients", NOT_UTF8_COUNTER);
    private final Counter rowsValid = Metrics.counter("recipients", VALID_COUNTER);

    @ProcessElement
    public void process(@Element FileRange range, MultiOutputReceiver out) throws IOException {
      ranges.inc();
      RecipientParser parser =
          range.header().length == 0
              ? RecipientParser.positional(range.name())
              : RecipientParser.withHeader(range.header(), range.name());
      CsvFields fields = range.fields();
      range.forEachRecord(
          raw -> {
            if (raw.notUtf8()) {
              rowsNotUtf8.inc();
            }
            parser.parseRecord(
                raw,
                fields,
                result -> {
                  rowsRead.inc();
                  emit(result, rowsValid, out);
                });
          });
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

  /** Builds recipients from named field values: Parquet records and database rows. */
  static class ParseRecipientFieldsFn extends TimedDoFn<Map<String, String>, Recipient> {

    private final Counter rowsRead = Metrics.counter("recipients", READ_COUNTER);
    private final Counter rowsValid = Metrics.counter("recipients", VALID_COUNTER);
    private final String sourceFile;

    ParseRecipientFieldsFn(String sourceFile) {
      super("read-recipients");
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
      // Parquet and database rows have no position in a text file; the row text is their
      // fields as JSON-like text.
      emit(
          RecipientParser.positional(sourceFile)
              .fromValues(byColumn, new RawRecord(new java.util.TreeMap<>(fields).toString(), 0)),
          rowsValid,
          out);
    }
  }
}
