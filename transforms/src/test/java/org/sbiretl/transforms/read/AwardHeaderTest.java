package org.sbiretl.transforms.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwardHeaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Company|COMPANY",
        "Company Name|COMPANY",
        "company_name|COMPANY",
        "DUNS|DUNS",
        "Duns|DUNS",
        "DUNS Number|DUNS",
        "Hubzone Owned|HUBZONE_OWNED",
        "HUBZone Owned|HUBZONE_OWNED",
        "hubzone_owned|HUBZONE_OWNED",
        "Address 1|ADDRESS1",
        "Address1|ADDRESS1",
        "ADDRESS_1|ADDRESS1",
        "  Award  Amount |AWARD_AMOUNT",
        "Women Owned|WOMAN_OWNED",
        "Number of Employees|NUMBER_EMPLOYEES",
        "\uFEFFCompany|COMPANY",
        "Zip Code|ZIP"
      })
  void synonymsAndSpellings(String header, AwardColumn expected) {
    assertThat(AwardColumn.forHeader(header), is(expected));
  }

  @Test
  void unknownHeadersAreIgnored() {
    assertThat(AwardColumn.forHeader("id"), is(nullValue()));
    assertThat(AwardColumn.forHeader("abstract_entities"), is(nullValue()));
  }

  @Test
  void everyCanonicalHeaderMapsBackToItsColumn() {
    for (AwardColumn c : AwardColumn.values()) {
      assertThat(c.canonicalHeader(), AwardColumn.forHeader(c.canonicalHeader()), is(c));
    }
  }

  @Test
  void resolvesPositionsAndWidth() {
    AwardHeader h =
        AwardHeader.resolve(new String[] {"id", "Company", "Agency", "Phase", "Zip", "x"}, "f");
    assertThat(h.width(), is(6));
    assertThat(h.positions().get(AwardColumn.COMPANY), is(1));
    assertThat(h.has(AwardColumn.UEI), is(false));
    assertThat(
        h.get(new String[] {"7", "Acme", "DOD", "Phase I", "02110", ""}, AwardColumn.ZIP),
        is("02110"));
    assertThat(h.get(new String[] {"7", "Acme"}, AwardColumn.ZIP), is(nullValue()));
    assertThat(h.get(new String[] {"7", "Acme"}, AwardColumn.UEI), is(nullValue()));
  }

  @Test
  void firstOfTwoSynonymousColumnsWins() {
    AwardHeader h =
        AwardHeader.resolve(new String[] {"Company", "Firm", "Agency", "Phase", "Zip"}, "f");
    assertThat(h.positions().get(AwardColumn.COMPANY), is(0));
  }

  @Test
  void headerWithoutCompanyIsRejectedNamingTheFile() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                AwardHeader.resolve(
                    new String[] {"Agency", "Phase", "Zip", "City", "State"}, "gs://b/awards.csv"));
    assertThat(e.getMessage(), containsString("gs://b/awards.csv"));
    // An award header in every other way: the message names the missing column.
    assertThat(e.getMessage(), containsString("the award header has no Company column"));
    assertThat(e.getMessage(), containsString("Agency,Phase,Zip,City,State"));
  }

  @Test
  void headerWithTooFewColumnsIsRejected() {
    assertThrows(
        InvalidInputException.class,
        () -> AwardHeader.resolve(new String[] {"Company", "Agency", "Other"}, "f.csv"));
  }

  @Test
  void dataRowInsteadOfHeaderIsRejected() {
    String text =
        "\"Acme Inc.\",\"Title\",\"Department of Defense\",\"Air Force\",\"Phase I\",SBIR\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> AwardFiles.parse(text, "no_header.csv"));
    assertThat(e.getMessage(), containsString("no_header.csv"));
    assertThrows(
        InvalidInputException.class,
        () -> HeaderCheck.awards(new StringReader(text), "no_header.csv"));
  }

  @Test
  void emptyFileIsRejected() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> AwardFiles.parse("", "empty.csv"));
    assertThat(e.getMessage(), containsString("empty.csv"));
    assertThrows(
        InvalidInputException.class, () -> HeaderCheck.awards(new StringReader(""), "empty.csv"));
  }

  @Test
  void headerCheckAcceptsAValidHeader() {
    HeaderCheck.awards(new StringReader("Company,Agency,Phase,Zip\n"), "ok.csv");
  }

  @Test
  void allBulkColumnsAreRecognisedInTheBulkHeader() {
    AwardFiles.Parsed p = AwardFiles.resource("/origin/sbir_sample_head.csv");
    Set<AwardColumn> expected = EnumSet.allOf(AwardColumn.class);
    expected.remove(AwardColumn.RESEARCH_KEYWORDS);
    AwardHeader h =
        AwardHeader.resolve(
            RecordSource.open(
                    new StringReader(
                        new java.util.Scanner(
                                AwardHeaderTest.class.getResourceAsStream(
                                    "/origin/sbir_sample_head.csv"),
                                "UTF-8")
                            .nextLine()),
                    "h",
                    true)
                .headerCells(),
            "h");
    assertThat(h.positions().keySet(), is(expected));
    assertThat(h.width(), is(42));
    assertThat(p.awards().size(), is(5));
  }
}
