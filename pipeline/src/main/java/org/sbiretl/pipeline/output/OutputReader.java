package org.sbiretl.pipeline.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads one table of an output directory ({@code DIR/<table>/part-*}) row by row, so the quality
 * report and the evaluation can stream outputs of any size. Parquet is preferred when the table has
 * Parquet files, because it keeps types and list columns; otherwise the CSV shards are read. In
 * both cases values come back as plain Java: {@link String}, {@link Long}, {@link Double}, {@link
 * List} of strings, or null (an empty CSV cell is null).
 */
public final class OutputReader {
  private OutputReader() {}

  /** One output row: column name to value, in column order. */
  public record OutputRow(Map<String, Object> values) {
    public Object get(String column) {
      return values.get(column);
    }

    /** The value as text; null when absent or empty. */
    public String text(String column) {
      Object v = values.get(column);
      if (v == null) {
        return null;
      }
      String s = v instanceof Collection<?> c ? joined(c) : v.toString();
      return s.isEmpty() ? null : s;
    }

    /** The value as a number; null when absent, empty or not numeric. */
    public Double number(String column) {
      Object v = values.get(column);
      if (v instanceof Number n) {
        return n.doubleValue();
      }
      String s = text(column);
      if (s == null) {
        return null;
      }
      try {
        return Double.valueOf(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** A list column; CSV cells hold lists joined with {@code ;} (see {@link CsvRows}). */
    public List<String> list(String column) {
      Object v = values.get(column);
      if (v instanceof Collection<?> c) {
        return c.stream().map(String::valueOf).toList();
      }
      String s = text(column);
      return s == null ? List.of() : Arrays.asList(s.split(";"));
    }

    private static String joined(Collection<?> c) {
      return String.join(";", c.stream().map(String::valueOf).toList());
    }
  }

  /** Whether the table has any part file in {@code dir}. */
  public static boolean exists(Path dir, String table) throws IOException {
    return !parts(dir.resolve(table), ".parquet").isEmpty()
        || !parts(dir.resolve(table), ".csv").isEmpty();
  }

  /**
   * Streams every row of {@code dir/<table>} to {@code sink}; a missing table has no rows (an empty
   * output is written without a Parquet file on some runners).
   */
  public static void forEach(Path dir, String table, Consumer<OutputRow> sink) throws IOException {
    forEach(dir, table, null, sink);
  }

  /**
   * Streams the rows of {@code dir/<table>} with only the given columns (all when null). From
   * Parquet only those columns are read and decoded, which makes reading a few columns of a wide
   * table several times faster; CSV rows are parsed whole and cut to the same columns, so a reader
   * sees the same rows whichever format it reads.
   */
  public static void forEach(
      Path dir, String table, @Nullable Set<String> columns, Consumer<OutputRow> sink)
      throws IOException {
    Path tableDir = dir.resolve(table);
    List<Path> parquet = parts(tableDir, ".parquet");
    if (!parquet.isEmpty()) {
      for (Path file : parquet) {
        readParquet(file, columns, sink);
      }
      return;
    }
    for (Path file : parts(tableDir, ".csv")) {
      readCsv(file, columns, sink);
    }
  }

  /**
   * Streams the rows of one CSV file with a header line, read as the tables' CSV shards are: for
   * the CSV files a run writes beside its tables, such as the diagnostics.
   */
  public static void forEachCsvRow(Path file, Consumer<OutputRow> sink) throws IOException {
    readCsv(file, null, sink);
  }

  /** Every row of a table, in memory: for small tables only. */
  public static List<OutputRow> readAll(Path dir, String table) throws IOException {
    List<OutputRow> rows = new ArrayList<>();
    forEach(dir, table, rows::add);
    return rows;
  }

  private static List<Path> parts(Path tableDir, String suffix) throws IOException {
    if (!Files.isDirectory(tableDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tableDir)) {
      return files
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.startsWith("part") && name.endsWith(suffix);
              })
          .sorted()
          .toList();
    }
  }

  private static void readCsv(Path file, @Nullable Set<String> columns, Consumer<OutputRow> sink)
      throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord record : parser) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          if (columns != null && !columns.contains(header.get(i))) {
            continue;
          }
          String v = SpreadsheetSafe.unescape(i < record.size() ? record.get(i) : "");
          row.put(header.get(i), v.isEmpty() ? null : v);
        }
        sink.accept(new OutputRow(row));
      }
    }
  }

  private static void readParquet(
      Path file, @Nullable Set<String> columns, Consumer<OutputRow> sink) throws IOException {
    InputFile input = new LocalInputFile(file);
    AvroParquetReader.Builder<GenericRecord> builder = AvroParquetReader.builder(input);
    if (columns != null) {
      Configuration conf = new Configuration();
      Schema projection = projection(input, columns);
      // The projection says which columns to read; the read schema, which fields a record has.
      AvroReadSupport.setRequestedProjection(conf, projection);
      AvroReadSupport.setAvroReadSchema(conf, projection);
      builder.withConf(conf);
    }
    try (ParquetReader<GenericRecord> reader = builder.build()) {
      for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Schema.Field f : r.getSchema().getFields()) {
          row.put(f.name(), plain(r.get(f.pos())));
        }
        sink.accept(new OutputRow(row));
      }
    }
  }

  /** The file's own record schema with only the given columns, in the file's order. */
  private static Schema projection(InputFile input, Set<String> columns) throws IOException {
    Schema full;
    try (ParquetFileReader reader = ParquetFileReader.open(input)) {
      full = new AvroSchemaConverter().convert(reader.getFooter().getFileMetaData().getSchema());
    }
    List<Schema.Field> kept = new ArrayList<>();
    for (Schema.Field f : full.getFields()) {
      if (columns.contains(f.name())) {
        kept.add(new Schema.Field(f, f.schema()));
      }
    }
    return Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, kept);
  }

  /** Avro's Utf8 and arrays become String and List; numbers stay numbers. */
  private static Object plain(Object v) {
    if (v == null || v instanceof Number || v instanceof Boolean) {
      return v instanceof Integer i ? Long.valueOf(i) : v;
    }
    if (v instanceof Collection<?> c) {
      List<String> out = new ArrayList<>(c.size());
      for (Object x : c) {
        out.add(String.valueOf(x));
      }
      return Collections.unmodifiableList(out);
    }
    return v.toString();
  }

  /** A Parquet {@link InputFile} on the local file system, without Hadoop's file system layer. */
  private static final class LocalInputFile implements InputFile {
    private final Path path;

    LocalInputFile(Path path) {
      this.path = path;
    }

    @Override
    public long getLength() throws IOException {
      return Files.size(path);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      FileChannel channel = FileChannel.open(path);
      return new DelegatingSeekableInputStream(java.nio.channels.Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          channel.position(newPos);
        }
      };
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }
}
