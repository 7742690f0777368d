package org.sbiretl.pipeline.output;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text a spreadsheet would run as a formula is written as text and reads back unchanged. */
class SpreadsheetSafeTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"Acme\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\tTabbed Inc",
        "\rCarriage",
        "'=already quoted",
        "''=twice"
      })
  void formulaTextIsEscapedAndReadsBackAsItWas(String text) {
    Object written = SpreadsheetSafe.escape(text);
    assertThat(((String) written).startsWith("'"), is(true));
    assertThat(SpreadsheetSafe.unescape((String) written), is(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme Robotics, Inc.", "'Quoted' Labs", "", "O'Brien Engineering"})
  void ordinaryTextIsLeftAlone(String text) {
    assertThat(SpreadsheetSafe.escape(text), is(text));
    assertThat(SpreadsheetSafe.unescape(text), is(text));
  }

  @Test
  void numbersAreNotText() {
    assertThat(SpreadsheetSafe.escape(-500.0), is(-500.0));
  }

  @Test
  void csvLinesCarryTheEscapedText() {
    Schema schema =
        Schema.builder()
            .addNullableField("company", Schema.FieldType.STRING)
            .addNullableField("award_amount", Schema.FieldType.DOUBLE)
            .build();
    Row row = Row.withSchema(schema).addValues("=HYPERLINK(\"http://x\")", -5.0).build();
    assertThat(CsvRows.line(row), is("\"'=HYPERLINK(\"\"http://x\"\")\",-5.0"));
  }
}
