package org.sbiretl.transforms.normalize;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Normalisers on real recipient names and addresses from two legacy USAspending extracts (see
 * {@code real/NOTICE.md}). The assertions are properties every row must have, not values chosen for
 * particular rows.
 */
class UsaspendingLegacyRecordsTest {
  private static final String CONTRACTS = "/real/usaspending_api_legacy_treasury_contracts.csv";
  private static final String ASSISTANCE =
      "/real/usaspending_api_legacy_fin_assist_direct_payments.csv";
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");

  private static List<Map<String, String>> rows(String resource) throws IOException {
    try (InputStream in = UsaspendingLegacyRecordsTest.class.getResourceAsStream(resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<Map<String, String>> out = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
        out.add(r.toMap());
      }
      return out;
    }
  }

  @Test
  void everyRecipientNameNormalisesToWordTokens() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int names = 0;
    for (String[] source :
        new String[][] {{CONTRACTS, "vendorname"}, {ASSISTANCE, "recipient_name"}}) {
      for (Map<String, String> row : rows(source[0])) {
        String name = row.get(source[1]);
        if (name == null || name.isBlank()) {
          continue;
        }
        names++;
        CompanyNames.Normalized n = CompanyNames.normalize(name);
        checks.add(() -> assertThat(name, n.tokens().isEmpty(), is(false)));
        for (String t : n.tokens()) {
          checks.add(() -> assertThat(name, t, matchesPattern(TOKEN)));
        }
        // Normalising again keeps the name's letters: "S & S GRAPHICS" gives [s, s, graphic],
        // whose text "s s graphic" joins the single letters to [ss, graphic].
        checks.add(
            () -> assertThat(name, CompanyNames.normalize(n.text()).squashed(), is(n.squashed())));
      }
    }
    assertThat(names, is(250));
    assertAll(checks);
  }

  @Test
  void upperCaseAndTitleCaseSpellingsOfRealNamesAgree() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, String> row : rows(CONTRACTS)) {
      String name = row.get("vendorname");
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      checks.add(
          () ->
              assertThat(
                  name,
                  CompanyNames.normalize(lower).tokens(),
                  is(CompanyNames.normalize(name).tokens())));
    }
    assertAll(checks);
  }

  @Test
  void realZipsGiveFiveDigitsOrNull() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int fiveDigit = 0;
    for (Map<String, String> row : rows(CONTRACTS)) {
      String zip = Values.zip5(row.get("zipcode"));
      String raw = row.get("zipcode");
      if (zip != null) {
        fiveDigit++;
        checks.add(() -> assertThat(raw, zip, matchesPattern("\\d{5}")));
        checks.add(() -> assertThat(raw, raw.startsWith(zip), is(true)));
      }
    }
    for (Map<String, String> row : rows(ASSISTANCE)) {
      String raw = row.get("recipient_zip");
      String zip = Values.zip5(raw);
      checks.add(() -> assertThat(raw, zip, matchesPattern("\\d{5}")));
      checks.add(() -> assertThat(raw, raw.startsWith(zip), is(true)));
    }
    // 124 of the 126 contract rows carry a nine-digit US ZIP+4; one is blank, one is a Brazilian
    // CEP.
    assertThat(fiveDigit, is(124));
    assertAll(checks);
  }

  @Test
  void stateNamesMapToTheSameCodesAsTheirCodeColumn() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, String> row : rows(ASSISTANCE)) {
      String name = row.get("principal_place_state");
      String code = row.get("principal_place_state_code");
      checks.add(() -> assertThat(name, UsStates.code(name), is(code)));
      checks.add(() -> assertThat(code, UsStates.code(code), is(code)));
      checks.add(
          () ->
              assertThat(
                  row.get("recipient_state_code"),
                  UsStates.code(row.get("recipient_state_code")),
                  is(not(nullValue()))));
    }
    assertAll(checks);
  }

  @Test
  void contractStatesAreCodesOrNull() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int known = 0;
    for (Map<String, String> row : rows(CONTRACTS)) {
      String raw = row.get("state");
      String code = UsStates.code(raw);
      if (code != null) {
        known++;
        checks.add(() -> assertThat(raw, code, is(raw.strip())));
      }
    }
    // The Brazilian row's "SP" (São Paulo) and the blank one are not US states.
    assertThat(known, is(124));
    assertAll(checks);
  }

  @Test
  void realCitiesNormalise() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (Map<String, String> row : rows(ASSISTANCE)) {
      String raw = row.get("recipient_city_name");
      String city = Places.city(raw);
      // Every row names a city, so every city normalises to lower-case words.
      checks.add(() -> assertThat(raw, city, matchesPattern("[a-z0-9]+( [a-z0-9]+)*")));
    }
    assertAll(checks);
  }
}
