package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PersonNames}: one form for the ways award forms write a person's name. */
class PersonNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sharon Spencer|sharon spencer",
        "SHARON SPENCER|sharon spencer",
        "Sharon Y Spencer|sharon spencer",
        "Dr. Sharon Y. Spencer, PhD|sharon spencer",
        "  Sharon   Spencer  |sharon spencer",
        "José Núñez|jose nunez",
        "Patrick O'Brien Jr.|patrick obrien",
        "Mary Smith-Jones|mary smith jones",
        "John N Smith|john smith",
      })
  void writesOneFormPerPerson(String raw, String expected) {
    assertThat(PersonNames.normalise(raw), is(expected));
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "N/A", "n/a", "NA", "None", "TBD", "Unknown", "Not Available"})
  void aBlankOrPlaceholderNamesNobody(String raw) {
    assertThat(PersonNames.normalise(raw), is(nullValue()));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"Sharon", "Dr. Spencer", "S. Spencer", "J. R."})
  void fewerThanTwoWordsNameNobodyInParticular(String raw) {
    assertThat(PersonNames.normalise(raw), is(nullValue()));
  }
}
