package org.sbiretl.pipeline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.sbiretl.pipeline.generate.LocalOutputFile;

/**
 * Gives an output table that received no rows its folder and an empty file: Beam's file sinks write
 * nothing for an empty collection, but the contract promises every table, and a reader should find
 * a schema (Parquet) or a header line (CSV) rather than a missing folder.
 */
public final class EmptyTables {
  private EmptyTables() {}

  public static void fill(Path table, Schema schema, boolean parquet, boolean csv)
      throws IOException {
    Files.createDirectories(table);
    if (csv && !hasPart(table, ".csv")) {
      Files.writeString(table.resolve("part-00000-of-00001.csv"), CsvRows.header(schema) + "\n");
    }
    if (parquet && !hasPart(table, ".parquet")) {
      try (ParquetWriter<GenericRecord> writer =
          AvroParquetWriter.<GenericRecord>builder(
                  new LocalOutputFile(table.resolve("part-00000-of-00001.parquet")))
              .withSchema(AvroUtils.toAvroSchema(schema))
              .withConf(new Configuration(false))
              .build()) {
        // No rows: the file carries the schema only.
      }
    }
  }

  private static boolean hasPart(Path table, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(table)) {
      return files.anyMatch(
          f -> f.getFileName().toString().startsWith("part") && f.toString().endsWith(suffix));
    }
  }
}
