package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "St. Louis|saint louis",
        "Saint Louis|saint louis",
        "ST LOUIS|saint louis",
        "Ft. Worth|fort worth",
        "Mt. Vernon|mount vernon",
        "COEUR D ALENE|coeur d alene",
        "Coeur d'Alene|coeur d alene",
        "San José|san jose",
        "Port St. Lucie|port st lucie"
      })
  void cities(String raw, String expected) {
    assertThat(Places.city(raw), is(expected));
  }

  @Test
  void blankCityIsNull() {
    assertThat(Places.city(null), is(nullValue()));
    assertThat(Places.city(" - "), is(nullValue()));
  }

  @Test
  void zip3() {
    assertThat(Places.zip3("22201"), is("222"));
    assertThat(Places.zip3(null), is(nullValue()));
    assertThat(Places.zip3("22"), is(nullValue()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.exptechinc.com|exptechinc.com",
        "http://agiledd.ai|agiledd.ai",
        "www.Acme.com/about|acme.com",
        "acme-innovations.example.com|acme-innovations.example.com",
        "HTTPS://WWW.ACME.COM:8080/x?y=1|acme.com",
        " acme.com |acme.com"
      })
  void domains(String raw, String expected) {
    assertThat(Places.domain(raw), is(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "N/A", "none", "http://", "localhost"})
  void nonDomainsAreNull(String raw) {
    assertThat(Places.domain(raw), is(nullValue()));
  }
}
