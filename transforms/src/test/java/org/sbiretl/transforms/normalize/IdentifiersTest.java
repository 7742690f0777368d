package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ABC123DEF456|ABC123DEF456",
        "  abc123def456 |ABC123DEF456",
        "'QUA456BIT789'|QUA456BIT789",
        "\"qua456bit789\"|QUA456BIT789"
      })
  void ueiIsTrimmedAndUpperCased(String raw, String expected) {
    assertThat(Identifiers.uei(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "ABC123DEF45", "ABC123DEF4567", "ABC-23DEF456", "ABC 23DEF456"})
  void malformedUeiIsNull(String raw) {
    assertThat(Identifiers.uei(raw), is(nullValue()));
  }

  @Test
  void nullUeiIsNull() {
    assertThat(Identifiers.uei(null), is(nullValue()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "079179794|079179794",
        "'079179794'|079179794",
        "859244204.0|859244204",
        "859244204.00|859244204",
        "12-345-6789|123456789",
        "123 456 789|123456789",
        "79179794|079179794",
        "'53885604'|053885604",
        "7917979|007917979"
      })
  void dunsForms(String raw, String expected) {
    assertThat(Identifiers.duns(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "'",
        "000000000",
        "0",
        "123456",
        "1234567890",
        "12345678A",
        "N/A",
        "8592442.5"
      })
  void malformedDunsIsNull(String raw) {
    assertThat(Identifiers.duns(raw), is(nullValue()));
  }

  @Test
  void presenceDistinguishesMissingFromMalformed() {
    assertThat(Identifiers.isPresent(null), is(false));
    assertThat(Identifiers.isPresent("  "), is(false));
    assertThat(Identifiers.isPresent("''"), is(false));
    assertThat(Identifiers.isPresent("12"), is(true));
  }
}
