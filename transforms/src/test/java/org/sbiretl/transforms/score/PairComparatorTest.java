package org.sbiretl.transforms.score;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sbiretl.transforms.record.Recipient;

class PairComparatorTest {
  private static final PairComparator COMPARATOR = new PairComparator(TokenWeights.uniform());

  private static PartyFeatures place(String city, String state, String zip5) {
    return new PartyFeatures(List.of(List.of("acme", "robotic")), city, state, zip5, null, null);
  }

  private static PartyFeatures ids(String uei, String duns) {
    return new PartyFeatures(List.of(List.of("acme", "robotic")), null, null, null, uei, duns);
  }

  private static String location(PartyFeatures a, PartyFeatures b) {
    return Comparison.LOCATION.levelName(COMPARATOR.compare(a, b).level(Comparison.LOCATION));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "same-zip5|boston|MA|02110|boston|MA|02110",
        "same-zip5|boston|MA|02110|cambridge|MA|02110",
        "same-city|boston|MA|02110|boston|MA|02215",
        "same-city|boston|MA|02110|bostn|MA|02215",
        "same-zip3|boston|MA|02110|cambridge|MA|02139",
        "same-state|boston|MA|02110|worcester|MA|01608",
        "different|boston|MA|02110|san diego|CA|92101",
        "different|boston|MA|02110|boston|CA|92101",
        "same-city-no-zip|boston|MA|02110|boston|MA|-",
        "same-city-no-zip|boston|MA|-|boston|MA|-",
        "same-state-no-zip|boston|MA|-|worcester|MA|02110",
        "same-state-no-zip|-|MA|-|boston|MA|-",
        "different|boston|MA|-|boston|CA|-",
        "missing|boston|-|-|boston|MA|-",
        "missing|-|-|-|-|-|-",
      })
  void locationLevel(
      String expected,
      String cityA,
      String stateA,
      String zipA,
      String cityB,
      String stateB,
      String zipB) {
    PartyFeatures a = place(cityA, stateA, zipA);
    PartyFeatures b = place(cityB, stateB, zipB);
    assertThat(location(a, b), is(expected));
    assertThat("symmetric", location(b, a), is(expected));
  }

  @Test
  void aMistypedStateWithTheSameZipAndCityIsTheSameZip5() {
    assertThat(
        location(place("boston", "MA", "02110"), place("boston", "MS", "02110")), is("same-zip5"));
  }

  @Test
  void aDifferentStateWithTheSameZipButAnotherCityIsDifferent() {
    // Only ZIP and city together outvote the state.
    assertThat(
        location(place("boston", "MA", "02110"), place("jackson", "MS", "02110")), is("different"));
    assertThat(
        location(place("boston", "MA", "02110"), place(null, "MS", "02110")), is("different"));
  }

  @Test
  void citiesFromRawTextAgreeAfterNormalisation() {
    PartyFeatures a =
        PartyFeatures.ofRecipient(recipient("ACME ROBOTICS", "ST. LOUIS", "MISSOURI", null));
    PartyFeatures b =
        PartyFeatures.ofRecipient(recipient("ACME ROBOTICS", "Saint Louis", "MO", null));
    assertThat(location(a, b), is("same-city-no-zip"));
  }

  @Test
  void moreSpecificAgreementHasAHigherLevelAlongTheZipChain() {
    PartyFeatures award = place("boston", "MA", "02110");
    List<PartyFeatures> increasing =
        List.of(
            place("san diego", "CA", "92101"),
            place("worcester", "MA", "01608"),
            place("cambridge", "MA", "02139"),
            place("boston", "MA", "02215"),
            place("boston", "MA", "02110"));
    List<Integer> chain = Comparison.LOCATION.chains().get(0);
    for (int i = 0; i < increasing.size(); i++) {
      assertThat(
          COMPARATOR.compare(award, increasing.get(i)).level(Comparison.LOCATION),
          is(chain.get(i)));
    }
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "ABCDEFGHJKLM,ABCDEFGHJKLM,same",
        "ABCDEFGHJKLM,ABCDEFGHJKLN,conflict",
        "ABCDEFGHJKLM,-,missing",
        "-,ABCDEFGHJKLM,missing",
        "-,-,missing"
      })
  void ueiLevel(String a, String b, String expected) {
    PairComparator.Result r = COMPARATOR.compare(ids(a, null), ids(b, null));
    assertThat(Comparison.UEI.levelName(r.level(Comparison.UEI)), is(expected));
    assertThat(r.level(Comparison.DUNS), is(Comparison.MISSING));
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "123456789,123456789,same",
        "123456789,987654321,conflict",
        "123456789,-,missing",
        "-,123456789,missing"
      })
  void dunsLevel(String a, String b, String expected) {
    PairComparator.Result r = COMPARATOR.compare(ids(null, a), ids(null, b));
    assertThat(Comparison.DUNS.levelName(r.level(Comparison.DUNS)), is(expected));
    assertThat(r.level(Comparison.UEI), is(Comparison.MISSING));
  }

  @Test
  void identicalNamesAreExactWithSimilarityOne() {
    PairComparator.Result r = COMPARATOR.compare(place(null, null, null), place(null, null, null));
    assertThat(Comparison.NAME.levelName(r.level(Comparison.NAME)), is("exact"));
    assertThat(r.nameSimilarity(), is(1.0));
  }

  @Test
  void unrelatedNamesAreDifferent() {
    PartyFeatures other =
        new PartyFeatures(List.of(List.of("zenith", "photonic")), null, null, null, null, null);
    PairComparator.Result r = COMPARATOR.compare(place(null, null, null), other);
    assertThat(Comparison.NAME.levelName(r.level(Comparison.NAME)), is("different"));
    assertThat(r.nameSimilarity(), lessThan(0.5));
  }

  @Test
  void resultHasOneLevelPerComparison() {
    PairComparator.Result r =
        COMPARATOR.compare(place("boston", "MA", "02110"), place("boston", "MA", "02110"));
    assertThat(r.levels().length, is(Comparison.values().length));
  }

  private static Recipient recipient(String name, String city, String state, String zip5) {
    Recipient r = new Recipient();
    r.legalBusinessName = name;
    r.city = city;
    r.state = state;
    r.zip5 = zip5;
    return r;
  }
}
