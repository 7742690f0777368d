package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsStatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VA|VA",
        "va|VA",
        " Va. |VA",
        "Virginia|VA",
        "VIRGINIA|VA",
        "West Virginia|WV",
        "new   york|NY",
        "Massachusetts|MA",
        "Puerto Rico|PR",
        "U.S. Virgin Islands|VI",
        "Armed Forces Europe|AE",
        "DC|DC",
        "D.C.|DC",
        "District of Columbia|DC",
        "Washington DC|DC",
        "Washington D.C.|DC",
        "Washington, D.C.|DC",
        "Washington|WA"
      })
  void knownStates(String raw, String expected) {
    assertThat(UsStates.code(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "XX", "SP", "Ontario", "Virginia Beach", "V"})
  void unknownStatesAreNull(String raw) {
    assertThat(UsStates.code(raw), is(nullValue()));
  }
}
