package org.sbiretl.pipeline.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV lines as the output contract describes them, and read back unchanged by OutputReader. */
class CsvRowsTest {
  private static final Schema SCHEMA =
      Schema.builder()
          .addNullableField("award_id", Schema.FieldType.STRING)
          .addNullableField("company", Schema.FieldType.STRING)
          .addNullableField("award_amount", Schema.FieldType.DOUBLE)
          .addNullableField("match_flags", Schema.FieldType.array(Schema.FieldType.STRING))
          .build();

  private static Row row(String id, String company, Double amount, List<String> flags) {
    return Row.withSchema(SCHEMA).addValues(id, company, amount, flags).build();
  }

  @Test
  void headerIsTheSchemasFieldNames() {
    assertThat(CsvRows.header(SCHEMA), is("award_id,company,award_amount,match_flags"));
  }

  @Test
  void quotesWhatRfc4180Requires() {
    assertThat(
        CsvRows.line(row("a1", "Smith, Jones \"SJ\" Inc", 1500.0, List.of())),
        is("a1,\"Smith, Jones \"\"SJ\"\" Inc\",1500.0,"));
    assertThat(
        CsvRows.line(row("a2", "Line one\nline two", null, List.of("x"))),
        is("a2,\"Line one\nline two\",,x"));
  }

  @Test
  void joinsListsWithSemicolonsAndEscapesFormulasButNotNegativeNumbers() {
    assertThat(
        CsvRows.line(row("a3", "=HYPERLINK(\"http://x\")", -250.0, List.of("f1", "f2"))),
        is("a3,\"'=HYPERLINK(\"\"http://x\"\")\",-250.0,f1;f2"));
    assertThat(CsvRows.line(row("a4", "@acme", 1.0, List.of("-bad"))), is("a4,'@acme,1.0,'-bad"));
  }

  @Test
  void outputReaderReadsBackWhatWasWritten(@TempDir Path dir) throws IOException {
    List<Row> rows =
        List.of(
            row("a1", "Smith, Jones \"SJ\" Inc", 1500.0, List.of("f1", "f2")),
            row("a2", "=SUM(A1:A2)", -3.5, List.of()),
            row("a3", "Line one\nline two", null, List.of("only")));
    StringBuilder text = new StringBuilder(CsvRows.header(SCHEMA)).append("\r\n");
    for (Row r : rows) {
      text.append(CsvRows.line(r)).append("\r\n");
    }
    Path table = Files.createDirectories(dir.resolve("matched"));
    Files.writeString(table.resolve("part-00000-of-00001.csv"), text, StandardCharsets.UTF_8);

    List<OutputReader.OutputRow> read = OutputReader.readAll(dir, "matched");
    assertThat(read.size(), is(3));
    assertThat(read.get(0).text("company"), is("Smith, Jones \"SJ\" Inc"));
    assertThat(read.get(0).list("match_flags"), contains("f1", "f2"));
    assertThat(read.get(1).text("company"), is("=SUM(A1:A2)"));
    assertThat(read.get(1).number("award_amount"), is(-3.5));
    assertThat(read.get(2).text("company"), is("Line one\nline two"));
    assertThat(read.get(2).get("award_amount"), is(nullValue()));
  }
}
