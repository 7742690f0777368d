package org.sbiretl.transforms.record;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Recipient#forLinking()}: what candidate pairs carry of a recipient row. */
class RecipientTest {

  private static Recipient full() {
    Recipient r = new Recipient();
    r.id = "17";
    r.recipientHash = "417dc440-378b-4611-94a4-b081f74f7a00";
    r.legalBusinessName = "BCW UNIFORMS CORPORATION";
    r.duns = "287303139";
    r.addressLine1 = "323 JEFFERSON CIR";
    r.addressLine2 = "STE 4";
    r.businessTypesCodes = "{2X,XX}";
    r.city = "SAN ANTONIO";
    r.congressionalDistrict = "11";
    r.countryCode = "USA";
    r.parentDuns = "111111111";
    r.parentLegalBusinessName = "BCW HOLDINGS";
    r.state = "TX";
    r.zip4 = "3731";
    r.zip5 = "78219";
    r.alternateNames = List.of("BCW");
    r.source = "sam";
    r.updateDate = "2022-02-14 16:59:59.665329+00";
    r.uei = "MY8M45662TX8";
    r.parentUei = "PARENT000001";
    r.sourceFile = "/data/recipients.csv";
    r.sourceRow = 42;
    return r;
  }

  @Test
  void keepsWhatLinkingComparesReportsAndRanksBy() {
    Recipient slim = full().forLinking();
    Recipient r = full();
    assertThat(slim.id, is(r.id));
    assertThat(slim.legalBusinessName, is(r.legalBusinessName));
    assertThat(slim.uei, is(r.uei));
    assertThat(slim.duns, is(r.duns));
    assertThat(slim.alternateNames, is(r.alternateNames));
    assertThat(slim.parentUei, is(r.parentUei));
    assertThat(slim.parentLegalBusinessName, is(r.parentLegalBusinessName));
    assertThat(slim.addressLine1, is(r.addressLine1));
    assertThat(slim.city, is(r.city));
    assertThat(slim.state, is(r.state));
    assertThat(slim.zip5, is(r.zip5));
    assertThat(slim.businessTypesCodes, is(r.businessTypesCodes));
    assertThat(slim.updateDate, is(r.updateDate));
    assertThat(slim.sourceRow, is(r.sourceRow));
  }

  @Test
  void dropsTheRestOfTheRow() {
    Recipient slim = full().forLinking();
    assertThat(slim.recipientHash, is(nullValue()));
    assertThat(slim.addressLine2, is(nullValue()));
    assertThat(slim.congressionalDistrict, is(nullValue()));
    assertThat(slim.countryCode, is(nullValue()));
    assertThat(slim.parentDuns, is(nullValue()));
    assertThat(slim.zip4, is(nullValue()));
    assertThat(slim.source, is(nullValue()));
    assertThat(slim.sourceFile, is(""));
  }

  @Test
  void slimCopiesOfOneRowAreEqualAndOfTwoRowsAreNot() {
    assertThat(full().forLinking(), is(full().forLinking()));
    Recipient other = full();
    other.sourceRow = 43;
    assertThat(other.forLinking(), is(not(full().forLinking())));
  }
}
