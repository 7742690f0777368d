package org.sbiretl.transforms.block;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.TestAwards;
import org.sbiretl.transforms.score.PartyFeatures;

class BlockingKeysTest {

  private static Award award(
      String company, String uei, String duns, String city, String state, String zip) {
    return TestAwards.award("a1", company, uei, duns, city, state, zip);
  }

  private static Recipient recipient(String name, String city, String state, String zip5) {
    Recipient r = new Recipient();
    r.id = "1";
    r.legalBusinessName = name;
    r.city = city;
    r.state = state;
    r.zip5 = zip5;
    return r;
  }

  private static Set<String> keys(Award a) {
    return BlockingKeys.of(PartyFeatures.ofAward(a));
  }

  private static Set<String> keys(Recipient r) {
    return BlockingKeys.of(PartyFeatures.ofRecipient(r));
  }

  private static Set<String> kinds(Set<String> keys) {
    return keys.stream().map(BlockingKeys::kind).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> common = new LinkedHashSet<>(a);
    common.retainAll(b);
    return common;
  }

  @Test
  void aFullAwardGetsEveryKind() {
    Set<String> keys =
        keys(award("Acme Robotics Inc", "ABCDEFGHJKLM", "123456789", "Boston", "MA", "02110"));
    assertThat(kinds(keys), containsInAnyOrder("u", "d", "n", "p", "t", "x", "s", "z", "c"));
    assertThat(
        keys,
        hasItems(
            "u:ABCDEFGHJKLM",
            "d:123456789",
            "n:acmerobotic",
            "p:acme:robotic",
            "t:acme:MA",
            "t:robotic:MA",
            "x:acmerobo:MA",
            "z:02110:a",
            "c:boston:MA:ac"));
  }

  @Test
  void identifiersOnlyWhenPresent() {
    Set<String> keys = keys(award("Acme Robotics", null, null, "Boston", "MA", "02110"));
    assertThat(kinds(keys), not(hasItem("u")));
    assertThat(kinds(keys), not(hasItem("d")));
    assertThat(kinds(keys), containsInAnyOrder("n", "p", "t", "x", "s", "z", "c"));
  }

  @Test
  void awardAndRecipientWithTheSameNameAndPlaceShareTheirNameKeys() {
    Set<String> a = keys(award("Acme Robotics, Inc.", null, null, "Boston", "MA", "02110"));
    Set<String> r = keys(recipient("ACME ROBOTICS LLC", "BOSTON", "MASSACHUSETTS", "02110"));
    // The recipient's state name is turned into the code, so even state-bound keys agree.
    assertThat(a, is(r));
  }

  @Test
  void aMovedFirmStillSharesTheWholeNameKey() {
    Set<String> a = keys(award("Acme Robotics Inc", null, null, "Boston", "MA", "02110"));
    Set<String> r = keys(recipient("ACME ROBOTICS INC", "SAN DIEGO", "CA", "92101"));
    Set<String> common = shared(a, r);
    assertThat(common, hasItem("n:acmerobotic"));
    // Every state-, ZIP- or city-bound key differs after a move: only n: and p: survive.
    assertThat(kinds(common), everyItem(in(List.of("n", "p"))));
  }

  @Test
  void aReorderedNameSharesItsTokenPairKey() {
    Set<String> a = keys(award("Robotics Acme", null, null, null, null, null));
    Set<String> r = keys(recipient("Acme Robotics", null, null, null));
    Set<String> common = shared(a, r);
    assertThat(common, containsInAnyOrder("p:acme:robotic"));
  }

  @Test
  void pairKeysComeFromTheFirstFourTokensOnly() {
    PartyFeatures p =
        new PartyFeatures(
            List.of(List.of("alpha", "beta", "gamma", "delta", "epsilon")),
            null,
            null,
            null,
            null,
            null);
    Set<String> pairs =
        BlockingKeys.of(p).stream().filter(k -> k.startsWith("p:")).collect(Collectors.toSet());
    assertThat(pairs, hasSize(6));
    assertThat(pairs, hasItems("p:alpha:beta", "p:beta:gamma", "p:alpha:delta"));
    assertThat(pairs, not(hasItem(startsWith("p:epsilon"))));
    assertThat(pairs.stream().filter(k -> k.contains("epsilon")).count(), is(0L));
  }

  @Test
  void aTypoLateInTheNameSharesThePrefixKey() {
    Set<String> a = keys(award("Quantumwave Dynamics", null, null, "Denver", "CO", "80202"));
    Set<String> r = keys(recipient("QUANTUMWAVE DYNAMCS", "AURORA", "CO", "80010"));
    Set<String> common = shared(a, r);
    assertThat(common, hasItem("x:quantumw:CO"));
    assertThat(common, not(hasItem(startsWith("n:"))));
  }

  @Test
  void aTypoedSingleTokenNameAtTheSameZipSharesTheZipKey() {
    Set<String> a = keys(award("Vexitron", null, null, "Boston", "MA", "02110"));
    Set<String> r = keys(recipient("VEXTIRON", "BOSTON", "MA", "02110"));
    Set<String> common = shared(a, r);
    assertThat(common, hasItem("z:02110:v"));
    // The name keys cannot find this pair: whole name, token and prefix all differ.
    assertThat(common, not(hasItem(startsWith("n:"))));
    assertThat(common, not(hasItem(startsWith("t:"))));
    assertThat(common, not(hasItem(startsWith("x:"))));
  }

  @Test
  void aNameWrittenDifferentlyInTheSameCitySharesTheCityKey() {
    Set<String> a = keys(award("Vexitron Labs", null, null, "St. Louis", "MO", null));
    Set<String> r = keys(recipient("VEXTIRON LABORATORY", "SAINT LOUIS", "MO", null));
    assertThat(shared(a, r), hasItem("c:saint louis:MO:ve"));
  }

  @Test
  void noStateMeansNoStateBoundKeys() {
    Set<String> keys = keys(award("Acme Robotics", null, null, "Boston", null, "02110"));
    assertThat(kinds(keys), containsInAnyOrder("n", "p", "z"));
  }

  @Test
  void noZipMeansNoZipKeyAndNoCityMeansNoCityKey() {
    assertThat(
        kinds(keys(award("Acme Robotics", null, null, null, "MA", null))),
        containsInAnyOrder("n", "p", "t", "x", "s"));
  }

  @Test
  void singleLetterTokensGetNoTokenKey() {
    PartyFeatures p =
        new PartyFeatures(List.of(List.of("acme", "x")), null, "MA", null, null, null);
    Set<String> keys = BlockingKeys.of(p);
    assertThat(keys, hasItem("t:acme:MA"));
    assertThat(keys, not(hasItem("t:x:MA")));
  }

  @Test
  void aNameTooShortGivesOnlyIdentifierKeys() {
    PartyFeatures p =
        new PartyFeatures(List.of(List.of("x")), "boston", "MA", "02110", "ABCDEFGHJKLM", null);
    assertThat(BlockingKeys.of(p), containsInAnyOrder("u:ABCDEFGHJKLM"));
  }

  @Test
  void noNameAndNoIdentifierGivesNoKeys() {
    PartyFeatures p = new PartyFeatures(List.of(), "boston", "MA", "02110", null, null);
    assertThat(BlockingKeys.of(p), is(empty()));
  }

  @Test
  void everyNameVariantHasItsOwnKeys() {
    Recipient r = recipient("Smith Holdings LLC", "Boston", "MA", "02110");
    r.alternateNames.add("Acme Robotics");
    Set<String> keys = keys(r);
    assertThat(keys, hasItems("n:smithholding", "n:acmerobotic", "z:02110:s", "z:02110:a"));
  }

  @Test
  void phoneticKeyIsSharedByASoundAlikeSpelling() {
    Set<String> a = keys(award("Fotonix Labs", null, null, null, "VA", null));
    Set<String> r = keys(recipient("PHOTONIX LABS", null, "VA", null));
    Set<String> common = shared(a, r);
    assertThat(kinds(common), hasItem("s"));
    assertThat(kinds(common), not(hasItem("n")));
  }

  @Test
  void identifierKeys() {
    assertThat(BlockingKeys.isIdentifierKey("u:ABCDEFGHJKLM"), is(true));
    assertThat(BlockingKeys.isIdentifierKey("d:123456789"), is(true));
    assertThat(BlockingKeys.isIdentifierKey("n:acmerobotic"), is(false));
    assertThat(BlockingKeys.isIdentifierKey("t:u:MA"), is(false));
    assertThat(BlockingKeys.isIdentifierKey("z:02110:u"), is(false));
  }

  @Test
  void kindIsThePrefix() {
    assertThat(BlockingKeys.kind("t:acme:MA"), is("t"));
    assertThat(BlockingKeys.kind("c:saint louis:MO:ve"), is("c"));
    assertThat(BlockingKeys.kind("u:ABCDEFGHJKLM"), is("u"));
    assertThat(BlockingKeys.kind("plain"), is("plain"));
  }

  @Test
  void keysOfEveryAwardHaveAKnownKind() {
    Set<String> keys =
        keys(
            award("The Acme Robotics Group", "ABCDEFGHJKLM", "123456789", "Boston", "MA", "02110"));
    assertThat(kinds(keys), everyItem(in(List.of("u", "d", "n", "p", "t", "x", "s", "z", "c"))));
  }
}
