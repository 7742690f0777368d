package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @Test
  void textTrimsAndBlanksToNull() {
    assertThat(Values.text(null), is(nullValue()));
    assertThat(Values.text(" \t "), is(nullValue()));
    assertThat(Values.text("  Acme \n"), is("Acme"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "171,433|171433.0",
        "\"1,880,681\"|1880681.0",
        "$1,000.00|1000.0",
        "150000.0000|150000.0",
        " 99997 |99997.0",
        "-2500.5|-2500.5",
        "0|0.0"
      })
  void amounts(String raw, double expected) {
    assertThat(Values.amount(raw.replace("\"", "")), is(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "N/A", "abc", "12abc", "1.2.3", "NaN", "Infinity", "100d", "5f", "$"})
  void unparseableAmountsAreNull(String raw) {
    assertThat(Values.amount(raw), is(nullValue()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-03-15|2023-03-15",
        "2023-3-5|2023-03-05",
        "5/7/2024|2024-05-07",
        "10/21/2019|2019-10-21",
        "04/21/2020|2020-04-21",
        "1/2/99|1999-01-02",
        "1/2/05|2005-01-02",
        "2023-03-15 00:00:00|2023-03-15",
        "2023-03-15T12:30:00Z|2023-03-15",
        "5/7/2024 0:00|2024-05-07",
        "2024-02-29|2024-02-29",
        "May 10, 2018|2018-05-10",
        "September 3, 2019|2019-09-03",
        "Sept. 3, 2019|2019-09-03",
        "dec 31 2017|2017-12-31",
        "February 29, 2020|2020-02-29",
        "10-23-2018|2018-10-23",
        "1-2-05|2005-01-02"
      })
  void dates(String raw, String expected) {
    assertThat(Values.date(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2/30/2024",
        "2023-02-29",
        "13/1/2020",
        "2023-13-01",
        "tomorrow",
        "20230315",
        "February 30, 2020",
        "Smarch 3, 2019",
        "Ma 3, 2019",
        "10-23/2018",
        "13-01-2018"
      })
  void invalidDatesAreNull(String raw) {
    assertThat(Values.date(raw), is(nullValue()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Phase I|I",
        "PHASE II|II",
        "phase iii|III",
        "1|I",
        "2|II",
        "Phase 3|III",
        " II |II"
      })
  void phases(String raw, String expected) {
    assertThat(Values.phase(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Phase IV", "Phase", "Seed"})
  void unknownPhasesAreNull(String raw) {
    assertThat(Values.phase(raw), is(nullValue()));
  }

  @Test
  void integers() {
    assertThat(Values.integer("25"), is(25));
    assertThat(Values.integer("34.0"), is(34));
    assertThat(Values.integer("1,200"), is(1200));
    assertThat(Values.integer("2019.0"), is(2019));
    assertThat(Values.integer("2.5"), is(nullValue()));
    assertThat(Values.integer("many"), is(nullValue()));
    assertThat(Values.integer("99999999999"), is(nullValue()));
    assertThat(Values.integer(""), is(nullValue()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "22201|22201",
        "77017-6559|77017",
        "05602-3115|05602",
        "770176559|77017",
        "77017 6559|77017",
        "2110|02110",
        "'02110'|02110",
        "37215-|37215",
        "80302-Array|80302"
      })
  void zip5(String raw, String expected) {
    assertThat(Values.zip5(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "-",
        "12",
        "123456",
        "ABCDE",
        "01234000",
        "77017-65",
        "K1A 0B1",
        "Array-80302"
      })
  void malformedZipsAreNull(String raw) {
    assertThat(Values.zip5(raw), is(nullValue()));
  }

  @Test
  void placeholdersSayNoValueButShortValuesDoNot() {
    for (String none :
        new String[] {"-", "--", "\u2014", "N/A", "n/a", "NA", "None", "NULL", "."}) {
      assertThat(none, Values.saysNoValue(none), is(true));
    }
    for (String value : new String[] {"0", "A", "-1", "NAN", "1/2", "VA"}) {
      assertThat(value, Values.saysNoValue(value), is(false));
    }
  }
}
