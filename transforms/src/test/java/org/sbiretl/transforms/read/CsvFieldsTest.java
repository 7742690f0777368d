package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFieldsTest {
  private static final CsvFields COMMA = new CsvFields(',');
  private static final CsvFields TAB = new CsvFields('\t');

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a,b,c",
        ",,",
        ",a",
        "a,",
        " a , b ",
        "single",
        "12,ACME LABS LLC,,,'079179794',859244204.0",
        "Société Café,Zürich,ZH",
        "a\tb,c",
        "{A,B},x",
        "1,\"LARSEN EXCAVATING, INC\",,\"{2X,27,23}\",{}",
        "\"\",\"a\",",
        "\"only\"",
        "a,\"b\""
      })
  void simpleRecordsSplitAsCommonsCsvParsesThem(String text) throws Exception {
    assertArrayEquals(COMMA.parseQuoted(text), COMMA.parse(text));
    assertArrayEquals(TAB.parseQuoted(text), TAB.parse(text));
  }

  @Test
  void randomRecordsSplitAsCommonsCsvParsesThem() throws Exception {
    String alphabet = "ab ,\t;'{}-.é0\"\"\"\n";
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(20);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String record = text.toString();
      for (CsvFields fields : List.of(COMMA, TAB)) {
        String[] expected;
        try {
          expected = fields.parseQuoted(record);
        } catch (CsvFields.MalformedRecordException e) {
          assertThrows(CsvFields.MalformedRecordException.class, () -> fields.parse(record));
          continue;
        }
        assertArrayEquals(expected, fields.parse(record), record);
      }
    }
  }

  /** Records built field by field, quoted or not, as exports write them. */
  @Test
  void randomWellFormedRecordsSplitAsCommonsCsvParsesThem() throws Exception {
    String alphabet = "ab ,{}-é0";
    Random random = new Random(11);
    int checked = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int width = 1 + random.nextInt(6);
      for (int f = 0; f < width; f++) {
        if (f > 0) {
          text.append(',');
        }
        StringBuilder value = new StringBuilder();
        for (int c = random.nextInt(6); c > 0; c--) {
          value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        boolean quoted = value.indexOf(",") >= 0 || random.nextBoolean();
        text.append(quoted ? "\"" + value + "\"" : value);
      }
      String record = text.toString();
      if (record.isEmpty()) {
        continue; // no record at all: anEmptyOrMultiRecordTextIsNotOneRecord
      }
      assertArrayEquals(COMMA.parseQuoted(record), COMMA.parse(record), record);
      checked++;
    }
    assertThat(checked, greaterThan(4_000));
  }

  @Test
  void quotedRecordsAreParsedByCommonsCsv() throws Exception {
    assertArrayEquals(
        new String[] {"1", "ACME, Inc.", "{\"A\",\"B\"}"},
        COMMA.parse("1,\"ACME, Inc.\",\"{\"\"A\"\",\"\"B\"\"}\""));
    assertArrayEquals(new String[] {"a", "line\nbreak"}, COMMA.parse("a,\"line\nbreak\""));
  }

  @Test
  void anEmptyOrMultiRecordTextIsNotOneRecord() {
    assertThrows(CsvFields.MalformedRecordException.class, () -> COMMA.parse(""));
    assertThrows(CsvFields.MalformedRecordException.class, () -> COMMA.parse("a\nb"));
  }
}
