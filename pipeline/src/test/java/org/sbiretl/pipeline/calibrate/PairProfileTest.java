package org.sbiretl.pipeline.calibrate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.calibrate.PairProfile.NameRelation;
import org.sbiretl.pipeline.calibrate.PairProfile.Party;
import org.sbiretl.pipeline.calibrate.PairProfile.PlaceRelation;

class PairProfileTest {
  @Test
  void namesAreComparedAfterTheLinkersNormalisation() {
    assertThat(relation("Photon Forge, Inc.", "PHOTON FORGE INC"), is(NameRelation.EQUAL));
    assertThat(relation("EN&apos;URGA INC.", "En'urga Inc."), is(NameRelation.EQUAL));
    assertThat(relation("Forge Photon LLC", "PHOTON FORGE INC"), is(NameRelation.WORD_ORDER));
    assertThat(
        relation("Advanced Photon Forge", "PHOTON FORGE INC"),
        is(NameRelation.WORD_ADDED_OR_DROPPED));
    assertThat(relation("Photon Froge", "PHOTON FORGE INC"), is(NameRelation.TYPO));
    assertThat(relation("Photon Dynamics", "PHOTON FORGE INC"), is(NameRelation.SHARES_A_WORD));
    assertThat(relation("Hedgefog Research", "PHOTON FORGE"), is(NameRelation.NOTHING_IN_COMMON));
  }

  @Test
  void placesAgreeOnTheMostSpecificPart() {
    Party home = Party.of("x", "Boulder", "CO", "80302");
    assertThat(
        PairProfile.placeRelation(Party.of("x", "BOULDER", "Colorado", "80302-1234"), home),
        is(PlaceRelation.SAME_ZIP));
    assertThat(
        PairProfile.placeRelation(Party.of("x", "Boulder", "CO", ""), home),
        is(PlaceRelation.SAME_CITY));
    assertThat(
        PairProfile.placeRelation(Party.of("x", "Denver", "CO", "80202"), home),
        is(PlaceRelation.SAME_STATE));
    assertThat(
        PairProfile.placeRelation(Party.of("x", "Boulder", "", "80301"), home),
        is(PlaceRelation.OTHER_STATE));
  }

  @Test
  void countsPairsNamesakesAndAbsentFirms(@TempDir Path dir) throws IOException {
    Path awards = dir.resolve("awards.csv");
    Files.writeString(
        awards,
        "Company,Agency Tracking Number,City,State,Zip\n"
            + "Photon Forge Inc,A1,Boulder,CO,80302\n"
            + "Quantum Sails LLC,A2,Austin,TX,78701\n"
            + "Orbit Bakery,A3,Reno,NV,89501\n"
            + "Not In Truth,A4,Reno,NV,89501\n");
    Path recipients = dir.resolve("recipients.csv");
    Files.writeString(
        recipients,
        "legal_business_name,uei,city,state,zip5\n"
            + "PHOTON FORGE INC,U1,BOULDER,CO,80302\n"
            + "PHOTON FORGE LLC,U9,MIAMI,FL,33101\n"
            + "QUANTUM SAILS,U2,DALLAS,TX,75201\n"
            + "ORBIT BAKERY,U3,ELKO,NV,89801\n");
    Path truth = dir.resolve("truth.csv");
    Files.writeString(truth, "agency_tracking_number,expected_uei\nA1,U1\nA2,U2\nA3,\n");
    PairProfile p = PairProfile.of(awards, recipients, truth);
    assertThat(p.pairs(), is(2));
    assertThat(p.names(NameRelation.EQUAL), is(2));
    assertThat(p.places(PlaceRelation.SAME_ZIP), is(1));
    assertThat(p.places(PlaceRelation.SAME_STATE), is(1));
    assertThat(p.linkedWithNamesake(), is(1));
    assertThat(p.absent(), is(1));
    assertThat(p.absentWithNamesake(), is(1));
    assertThat(p.rows().get("absent firm with a namesake recipient"), is("1 (100.0 %)"));
  }

  private static NameRelation relation(String award, String recipient) {
    return PairProfile.nameRelation(
        Party.of(award, null, null, null).name(), Party.of(recipient, null, null, null).name());
  }
}
