package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.TestAwards;

/** {@link SiblingKeys}: what makes two awards the same firm's. */
class SiblingKeysTest {

  private static Award award(String company, String uei, String duns, String zip) {
    return TestAwards.award("award-1", company, uei, duns, "Boston", "MA", zip);
  }

  private static String nameZipKey(Award a) {
    for (String key : SiblingKeys.of(a)) {
      if (SiblingKeys.kind(key).equals(SiblingKeys.NAME_AND_ZIP)) {
        return key;
      }
    }
    throw new AssertionError("no name_zip key for " + a.company);
  }

  // The name part is the normalised name with its spaces removed: legal designators dropped,
  // the plural "robotics" written "robotic" (CompanyNames keeps one spelling per word).
  @Test
  void anAwardWithEverythingHasAUeiADunsAndANameAndZipKey() {
    Award a = award("Acme Robotics, Inc.", "ACMERB000001", "123456789", "02110");
    assertThat(
        SiblingKeys.of(a),
        contains("uei:ACMERB000001", "duns:123456789", "name_zip:acmerobotic:02110"));
  }

  @Test
  void anAbsentUeiGivesNoUeiKey() {
    Award a = award("Acme Robotics, Inc.", null, "123456789", "02110");
    assertThat(SiblingKeys.of(a), contains("duns:123456789", "name_zip:acmerobotic:02110"));
  }

  @Test
  void anAbsentDunsGivesNoDunsKey() {
    Award a = award("Acme Robotics, Inc.", "ACMERB000001", null, "02110");
    assertThat(SiblingKeys.of(a), contains("uei:ACMERB000001", "name_zip:acmerobotic:02110"));
  }

  @Test
  void anAbsentZipGivesNoNameKey() {
    Award a = award("Acme Robotics, Inc.", "ACMERB000001", "123456789", null);
    assertThat(SiblingKeys.of(a), contains("uei:ACMERB000001", "duns:123456789"));
  }

  @Test
  void aNameThatNormalisesToNothingGivesNoNameKey() {
    assertThat(SiblingKeys.of(award("", null, "123456789", "02110")), contains("duns:123456789"));
    assertThat(SiblingKeys.of(award(" , . ", null, null, "02110")), is(empty()));
  }

  @Test
  void anAwardWithNothingHasNoKeys() {
    assertThat(SiblingKeys.of(award("Acme Robotics", null, null, null)), is(empty()));
  }

  @Test
  void namesThatNormaliseAlikeAtOneZipShareTheNameKey() {
    Award a = award("Acme Robotics, Inc.", null, null, "02110");
    Award b = award("ACME ROBOTICS LLC", null, null, "02110");
    assertThat(nameZipKey(a), is(nameZipKey(b)));
    assertThat(SiblingKeys.of(a), is(SiblingKeys.of(b)));
  }

  @Test
  void theSameNameAtAnotherZipDoesNotShareTheNameKey() {
    Award a = award("Acme Robotics, Inc.", null, null, "02110");
    Award b = award("Acme Robotics, Inc.", null, null, "10001");
    assertThat(nameZipKey(a), is(not(nameZipKey(b))));
  }

  @Test
  void anotherNameAtTheSameZipDoesNotShareTheNameKey() {
    Award a = award("Acme Robotics, Inc.", null, null, "02110");
    Award b = award("Acme Robotic Systems, Inc.", null, null, "02110");
    assertThat(SiblingKeys.of(b), not(hasItem(nameZipKey(a))));
  }

  @Test
  void identifierKeysDoNotDependOnTheName() {
    Award a = award("Acme Robotics", "ACMERB000001", "123456789", "02110");
    Award b = award("Zentrix Quantum Sensing", "ACMERB000001", "123456789", "45402");
    List<String> keysA = SiblingKeys.of(a);
    List<String> keysB = SiblingKeys.of(b);
    assertThat(keysA.subList(0, 2), is(keysB.subList(0, 2)));
    assertThat(keysA.get(2), is(not(keysB.get(2))));
  }

  @Test
  void aUeiAndADunsWithTheSameValueAreDifferentKeys() {
    Award a = award("Acme Robotics", "123456789", null, null);
    Award b = award("Acme Robotics", null, "123456789", null);
    assertThat(SiblingKeys.of(a), is(not(SiblingKeys.of(b))));
  }

  @Test
  void kindIsThePartBeforeTheFirstColon() {
    assertThat(SiblingKeys.kind("uei:ACMERB000001"), is(SiblingKeys.UEI));
    assertThat(SiblingKeys.kind("duns:123456789"), is(SiblingKeys.DUNS));
    assertThat(SiblingKeys.kind("name_zip:acmerobotic:02110"), is(SiblingKeys.NAME_AND_ZIP));
  }

  @Test
  void everyKeyOfAnAwardHasOneOfTheFourKinds() {
    Award a = award("Acme Robotics, Inc.", "ACMERB000001", "123456789", "02110");
    a.contactName = "Sharon Spencer";
    assertThat(
        SiblingKeys.of(a).stream().map(SiblingKeys::kind).toList(),
        contains(
            SiblingKeys.UEI,
            SiblingKeys.DUNS,
            SiblingKeys.NAME_AND_ZIP,
            SiblingKeys.NAME_AND_PERSON));
  }

  @Test
  void theContactAndTheInvestigatorEachGiveANameAndPersonKey() {
    Award a = award("Acme Robotics, Inc.", null, null, null);
    a.contactName = "Dr. Sharon Y. Spencer";
    a.piName = "WEI CHEN";
    assertThat(
        SiblingKeys.of(a),
        contains("name_person:acmerobotic:sharon spencer", "name_person:acmerobotic:wei chen"));
  }

  @Test
  void oneGivenAsContactAndInvestigatorGivesOneKey() {
    Award a = award("Acme Robotics, Inc.", null, null, null);
    a.contactName = "Sharon Spencer";
    a.piName = "Sharon Y Spencer";
    assertThat(SiblingKeys.of(a), contains("name_person:acmerobotic:sharon spencer"));
  }

  @Test
  void placeholdersAndLoneNamesGiveNoPersonKey() {
    Award a = award("Acme Robotics, Inc.", null, null, null);
    a.contactName = "N/A";
    a.piName = "Sharon";
    assertThat(SiblingKeys.of(a), is(empty()));
  }

  @Test
  void theSameNameAndPersonAtAnotherAddressShareTheKey() {
    Award a = award("Acme Robotics, Inc.", null, null, "02110");
    a.contactName = "Sharon Y Spencer";
    Award b = award("ACME ROBOTICS LLC", null, null, "98101");
    b.piName = "sharon spencer";
    assertThat(SiblingKeys.of(a).get(1), is(SiblingKeys.of(b).get(1)));
    assertThat(SiblingKeys.of(a).get(0), is(not(SiblingKeys.of(b).get(0))));
  }

  @Test
  void anotherNameWithTheSamePersonDoesNotShareTheKey() {
    Award a = award("Acme Robotics, Inc.", null, null, null);
    a.contactName = "Sharon Spencer";
    Award b = award("Acme Robotic Systems, Inc.", null, null, null);
    b.contactName = "Sharon Spencer";
    assertThat(SiblingKeys.of(a), is(not(SiblingKeys.of(b))));
  }

  @Test
  void aNameThatNormalisesToNothingGivesNoPersonKey() {
    Award a = award(" , . ", null, null, null);
    a.contactName = "Sharon Spencer";
    assertThat(SiblingKeys.of(a), is(empty()));
  }
}
