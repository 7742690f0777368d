package org.sbiretl.transforms.record;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

/** The compact recipient coder gives back every field, nulls and empty lists included. */
class RecipientCoderTest {
  @Test
  void everyFieldRoundTrips() throws Exception {
    Recipient r = new Recipient();
    r.id = "42";
    r.recipientHash = "0a1b-2c";
    r.legalBusinessName = "ACME ROBOTICS, INC";
    r.duns = "123456789";
    r.addressLine1 = "1 Main St";
    r.addressLine2 = "Suite \"B\"";
    r.businessTypesCodes = "{2X,27}";
    r.city = "BOSTON";
    r.congressionalDistrict = "07";
    r.countryCode = "USA";
    r.parentDuns = "987654321";
    r.parentLegalBusinessName = "ACME HOLDINGS";
    r.state = "MA";
    r.zip4 = "1234";
    r.zip5 = "02118";
    r.alternateNames = List.of("ACME BOTS", "Ä\u00df");
    r.source = "usaspending";
    r.updateDate = "2024-01-02";
    r.uei = "ACMERB000001";
    r.parentUei = "ACMEHD000001";
    r.sourceFile = "recipients.csv";
    r.sourceRow = 3_400_000L;
    CoderProperties.coderDecodeEncodeEqual(RecipientCoder.of(), r);
  }

  @Test
  void anEmptyRecipientRoundTrips() throws Exception {
    Recipient r = new Recipient();
    Recipient back =
        CoderUtils.decodeFromByteArray(
            RecipientCoder.of(), CoderUtils.encodeToByteArray(RecipientCoder.of(), r));
    assertThat(back, is(r));
    assertThat(back.alternateNames, is(List.of()));
  }
}
