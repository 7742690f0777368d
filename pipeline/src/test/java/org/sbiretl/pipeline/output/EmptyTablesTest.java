package org.sbiretl.pipeline.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table that received no rows still gets its folder, a header line and a Parquet schema. */
class EmptyTablesTest {
  private static final Schema SCHEMA =
      Schema.builder()
          .addNullableField("award_id", Schema.FieldType.STRING)
          .addNullableField("award_amount", Schema.FieldType.DOUBLE)
          .build();

  private static List<String> files(Path table) throws IOException {
    try (Stream<Path> s = Files.list(table)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingTableGetsAHeaderOnlyCsvAndASchemaOnlyParquetFile(@TempDir Path dir)
      throws IOException {
    Path table = dir.resolve("review");
    EmptyTables.fill(table, SCHEMA, true, true);

    assertThat(files(table), contains("part-00000-of-00001.csv", "part-00000-of-00001.parquet"));
    assertThat(
        Files.readString(table.resolve("part-00000-of-00001.csv")), is("award_id,award_amount\n"));
    try (ParquetFileReader parquet =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(table.resolve("part-00000-of-00001.parquet").toUri()),
                new org.apache.hadoop.conf.Configuration(false)))) {
      assertThat(parquet.getRecordCount(), is(0L));
      assertThat(
          parquet.getFooter().getFileMetaData().getSchema().getFields().stream()
              .map(f -> f.getName())
              .toList(),
          contains("award_id", "award_amount"));
    }
    assertThat(OutputReader.exists(dir, "review"), is(true));
    assertThat(OutputReader.readAll(dir, "review"), is(empty()));
  }

  @Test
  void writesOnlyTheFormatsAskedFor(@TempDir Path dir) throws IOException {
    EmptyTables.fill(dir.resolve("errors"), SCHEMA, false, true);
    assertThat(files(dir.resolve("errors")), contains("part-00000-of-00001.csv"));
  }

  @Test
  void leavesATableThatHasRowsAsItIs(@TempDir Path dir) throws IOException {
    Path table = Files.createDirectories(dir.resolve("matched"));
    Files.writeString(table.resolve("part-00001-of-00002.csv"), "award_id,award_amount\na1,5.0\n");
    EmptyTables.fill(table, SCHEMA, false, true);

    assertThat(files(table), contains("part-00001-of-00002.csv"));
    assertThat(OutputReader.readAll(dir, "matched").get(0).text("award_id"), is("a1"));
  }
}
