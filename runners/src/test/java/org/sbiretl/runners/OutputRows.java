package org.sbiretl.runners;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sbiretl.pipeline.output.OutputReader;

/**
 * The rows of one CSV output table, independent of how a runner sharded it: every shard parsed
 * (abstracts hold quoted line breaks, so lines are not records), headers dropped, records sorted.
 */
final class OutputRows {
  private OutputRows() {}

  /**
   * The rows of {@code outputDir/table/*.parquet}, each as its values' text joined, sorted; empty
   * when the table has no Parquet file.
   */
  static List<String> ofParquet(Path outputDir, String table) throws IOException {
    Path dir = outputDir.resolve(table);
    boolean hasParquet;
    try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      hasParquet = files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    }
    List<String> rows = new ArrayList<>();
    if (hasParquet) {
      for (OutputReader.OutputRow row : OutputReader.readAll(outputDir, table)) {
        rows.add(
            String.join(
                "\u001f",
                row.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
      }
    }
    rows.sort(null);
    return rows;
  }

  /** Asserts that two output directories hold the same Parquet rows in every output table. */
  static void assertSameParquetRows(Path expected, Path actual) {
    assertSameTables(expected, actual, OutputRows::ofParquet, " Parquet rows");
  }

  /** Asserts that two output directories hold the same rows in every output table. */
  static void assertSameRows(Path expected, Path actual) {
    assertSameTables(expected, actual, OutputRows::of, " rows");
  }

  /** How one table of an output directory is read into comparable rows. */
  private interface TableRows {
    List<String> read(Path outputDir, String table) throws IOException;
  }

  private static void assertSameTables(Path expected, Path actual, TableRows rows, String what) {
    org.junit.jupiter.api.Assertions.assertAll(
        InProcessRun.tables().stream()
            .map(
                table ->
                    (org.junit.jupiter.api.function.Executable)
                        () ->
                            org.junit.jupiter.api.Assertions.assertEquals(
                                rows.read(expected, table),
                                rows.read(actual, table),
                                table + what)));
  }

  /** The records of {@code outputDir/table/*.csv}, each as one string, sorted. */
  static List<String> of(Path outputDir, String table) throws IOException {
    Path dir = outputDir.resolve(table);
    List<String> rows = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return rows;
    }
    List<Path> shards;
    try (Stream<Path> files = Files.list(dir)) {
      shards = files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    for (Path shard : shards) {
      try (Reader in = Files.newBufferedReader(shard, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(in, format)) {
        for (CSVRecord record : parser) {
          // U+001F cannot occur in the data, so joining keeps fields apart.
          rows.add(String.join("\u001f", record.toList()));
        }
      }
    }
    rows.sort(null);
    return rows;
  }
}
