package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;

class PartyFeaturesTest {

  @Test
  void awardFeaturesAreNormalised() {
    Award a = new Award();
    a.company = "The Acme Robotics Company, Inc.";
    a.city = "St. Louis";
    a.state = "MO";
    a.zip = "63101";
    a.uei = "ABCDEFGHJKLM";
    a.duns = "123456789";
    PartyFeatures p = PartyFeatures.ofAward(a);
    assertThat(p.names(), contains(List.of("acme", "robotic")));
    assertThat(p.city(), is("saint louis"));
    assertThat(p.state(), is("MO"));
    assertThat(p.zip5(), is("63101"));
    assertThat(p.zip3(), is("631"));
    assertThat(p.uei(), is("ABCDEFGHJKLM"));
    assertThat(p.duns(), is("123456789"));
  }

  @Test
  void recipientStateNamesBecomeCodesAndAlternatesFollowTheLegalName() {
    Recipient r = new Recipient();
    r.legalBusinessName = "SMITH HOLDINGS LLC";
    r.alternateNames.add("Acme Robotics");
    r.state = "Massachusetts";
    r.city = "BOSTON";
    PartyFeatures p = PartyFeatures.ofRecipient(r);
    assertThat(p.names(), contains(List.of("smith", "holding"), List.of("acme", "robotic")));
    assertThat(p.state(), is("MA"));
    assertThat(p.city(), is("boston"));
    assertThat(p.zip5(), is(nullValue()));
    assertThat(p.zip3(), is(nullValue()));
  }

  @Test
  void aRecipientWithoutLegalNameUsesItsAlternates() {
    Recipient r = new Recipient();
    r.alternateNames.add("Acme Robotics");
    assertThat(PartyFeatures.ofRecipient(r).names(), contains(List.of("acme", "robotic")));
  }

  @Test
  void variantsAreDistinctAndNeverEmpty() {
    List<List<String>> v =
        PartyFeatures.nameVariants(
            Arrays.asList("Acme Robotics Inc", "ACME ROBOTICS LLC", "--", ""));
    assertThat(v, contains(List.of("acme", "robotic")));
    assertThat(PartyFeatures.nameVariants(List.of("--")), is(empty()));
  }

  @Test
  void eachVariantLeadsBackToTheNameAsWritten() {
    Recipient r = new Recipient();
    r.legalBusinessName = "Intelligent Automation, Inc. dba BlueHalo Labs";
    r.alternateNames = List.of("SENSOR THERAPEUTICS");
    List<List<String>> names = PartyFeatures.ofRecipient(r).names();
    assertThat(names.size(), is(3));
    assertThat(
        PartyFeatures.nameWritten(r, 0), is("Intelligent Automation, Inc. dba BlueHalo Labs"));
    // The d/b/a part comes from the legal name that holds it.
    assertThat(
        PartyFeatures.nameWritten(r, 1), is("Intelligent Automation, Inc. dba BlueHalo Labs"));
    assertThat(PartyFeatures.nameWritten(r, 2), is("SENSOR THERAPEUTICS"));
    assertThat(PartyFeatures.nameWritten(r, 3), is((String) null));
  }

  @Test
  void dbaNamesAreVariants() {
    assertThat(
        PartyFeatures.nameVariants(List.of("Smith Holdings LLC d/b/a Acme Robotics")),
        contains(List.of("smith", "holding"), List.of("acme", "robotic")));
  }

  @Test
  void aShortBracketedQualifierIsNotAVariantOfItsOwn() {
    List<List<String>> v = PartyFeatures.nameVariants(List.of("Tech & Innovation (USA) Inc."));
    assertThat(v, not(hasItem(List.of("usa"))));
    assertThat(v, hasItem(List.of("tech", "innovation")));
    assertThat(v, hasItem(List.of("tech", "innovation", "usa")));
  }

  @Test
  void aLongBracketedNameIsAVariant() {
    List<List<String>> v = PartyFeatures.nameVariants(List.of("Smith Holdings (Acme Robotics)"));
    assertThat(v, hasItem(List.of("acme", "robotic")));
  }
}
