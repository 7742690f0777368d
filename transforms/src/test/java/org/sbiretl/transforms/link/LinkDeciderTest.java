package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.TestAwards;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.TokenWeights;

/**
 * {@link LinkDecider} on hand-made awards and recipients, with the default model for a recipient
 * table of {@value #RECIPIENTS} rows (as in {@link LinkingScenariosTest}).
 */
class LinkDeciderTest {
  static final long RECIPIENTS = 100_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private int nextRow = 1;

  private static LinkDecider decider() {
    return decider(LinkSettings.defaults());
  }

  private static LinkDecider decider(LinkSettings settings) {
    return new LinkDecider(settings, MatchModel.defaults(RECIPIENTS, 0.85), TokenWeights.uniform());
  }

  private static Award award(
      String company, String uei, String duns, String city, String state, String zip) {
    return TestAwards.award("award-1", company, uei, duns, city, state, zip);
  }

  /** A recipient with the next id and source row. */
  private Recipient recipient(
      String name, String uei, String duns, String city, String state, String zip5) {
    Recipient r = new Recipient();
    int row = nextRow++;
    r.id = Integer.toString(row);
    r.legalBusinessName = name;
    r.uei = uei;
    r.duns = duns;
    r.city = city;
    r.state = state;
    r.zip5 = zip5;
    r.sourceFile = "recipients.csv";
    r.sourceRow = row;
    return r;
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void theAwardsUeiLinksExactly() {
    Award a = award("Acme Robotics Inc", "ACMERB000001", null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(
            recipient("ACME ROBOTICS INC", "ACMERB000001", null, "BOSTON", "MA", "02110"),
            recipient("ACME ROBOTIC SYSTEMS", "ACMESY000001", null, "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("uei-exact"));
    assertThat(out.reason, is(nullValue()));
    assertThat(out.recipientUei, is("ACMERB000001"));
    assertThat(out.recipientId, is("1"));
    assertThat(out.matchProbability, is(1.0));
    assertThat(out.matchFlags, is(empty()));
    assertThat(out.candidateCount, is(2));
    assertThat(out.awardId, is("award-1"));
  }

  @Test
  void theSummaryNamesTheIdentifierThatLinked() {
    Award a = award("Acme Robotics Inc", "ACMERB000001", null, "Boston", "MA", "02110");
    LinkOutcome out =
        decider()
            .decide(
                a,
                List.of(
                    recipient("ACME ROBOTICS INC", "ACMERB000001", null, "BOSTON", "MA", "02110")));
    assertThat(out.decisionSummary, is("UEI agrees; name exact, location same-zip5"));
  }

  @Test
  void theUeiWinsOverADunsPointingElsewhere() {
    Award a = award("Acme Robotics", "ACMERB000001", "987654321", "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(
            recipient("ACME ROBOTICS", "OTHERC000001", "987654321", "BOSTON", "MA", "02110"),
            recipient("ACME ROBOTICS", "ACMERB000001", "123456789", "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.matchMethod, is("uei-exact"));
    assertThat(out.recipientUei, is("ACMERB000001"));
  }

  @Test
  void withoutAUeiTheDunsLinksExactly() {
    Award a = award("Cobalt River Analytics LLC", null, "123456789", "Austin", "TX", "78701");
    List<Recipient> candidates =
        List.of(
            recipient("COBALT RIVER ANALYTICS", "CBLTRV000001", "123456789", "AUSTIN", "TX", null),
            recipient("COBALT RIVER ANALYTICS", "CBLTRV000002", "555555555", "AUSTIN", "TX", null));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("duns-exact"));
    assertThat(out.recipientDuns, is("123456789"));
    assertThat(out.recipientUei, is("CBLTRV000001"));
    assertThat(out.matchProbability, is(1.0));
  }

  @Test
  void anUnknownIdentifierFallsBackToTheName() {
    Award a = award("Zentrix Quantum Sensing, Inc.", "ZZZZZZ999999", null, "Dayton", "OH", "45402");
    List<Recipient> candidates =
        List.of(
            recipient(
                "ZENTRIX QUANTUM SENSING INCORPORATED",
                "ZNTRX0000001",
                null,
                "DAYTON",
                "OH",
                "45402"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("name-probabilistic"));
  }

  @Test
  void theSameNameAtTheSameAddressMatchesByName() throws Exception {
    Award a = award("Zentrix Quantum Sensing, Inc.", null, null, "Dayton", "OH", "45402");
    List<Recipient> candidates =
        List.of(
            recipient("ZENTRIX QUANTUM SENSING INC", "ZNTRX0000001", null, "DAYTON", "OH", "45402"),
            recipient("UNRELATED PAVING CO", "NRLTDP000001", null, "DAYTON", "OH", "45402"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("name-probabilistic"));
    assertThat(out.recipientUei, is("ZNTRX0000001"));
    assertThat(out.matchProbability, greaterThanOrEqualTo(0.9));
    assertThat(out.secondBestProbability, lessThan(0.01));
    JsonNode explanation = json(out.matchExplanation);
    assertThat(explanation.get("name").get("level").asText(), is("exact"));
    assertThat(explanation.get("location").get("level").asText(), is("same-zip5"));
    assertThat(explanation.get("uei").get("level").asText(), is("missing"));
  }

  @Test
  void twoCompaniesEquallyLikelyGoToReviewAsAmbiguous() throws Exception {
    Award a = award("Twin Harbor Robotics", null, null, "Mobile", "AL", "36602");
    List<Recipient> candidates =
        List.of(
            recipient("TWIN HARBOR ROBOTICS LLC", "TWNHRB000001", null, "MOBILE", "AL", "36602"),
            recipient("TWIN HARBOR ROBOTICS INC", "TWNHRB000002", null, "MOBILE", "AL", "36602"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.REVIEW));
    assertThat(out.reason, is("ambiguous"));
    assertThat(out.matchMethod, is(nullValue()));
    assertThat(out.matchProbability, greaterThanOrEqualTo(0.9));
    assertThat(out.secondBestProbability, greaterThanOrEqualTo(0.9));
    assertThat(out.candidateCount, is(2));
    JsonNode listed = json(out.candidates);
    assertThat(listed.size(), is(2));
    List<String> ueis = new ArrayList<>();
    listed.forEach(c -> ueis.add(c.get("uei").asText()));
    assertThat(ueis, containsInAnyOrder("TWNHRB000001", "TWNHRB000002"));
    assertThat(out.decisionSummary, startsWith("name exact, location same-zip5: p "));
    assertThat(out.decisionSummary, containsString("but another company is within 0.10"));
  }

  @Test
  void rowsSharingAUeiAreOneCompanyAndNotAmbiguous() {
    Award a = award("Twin Harbor Robotics", null, null, "Mobile", "AL", "36602");
    Recipient older =
        recipient("TWIN HARBOR ROBOTICS LLC", "TWNHRB000001", null, "MOBILE", "AL", "36602");
    older.updateDate = "2021-03-01";
    Recipient newer =
        recipient("TWIN HARBOR ROBOTICS LLC", "TWNHRB000001", null, "MOBILE", "AL", "36602");
    newer.updateDate = "2023-07-15";
    LinkOutcome out = decider().decide(a, List.of(older, newer));
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("name-probabilistic"));
    // Both rows were scored, as one company.
    assertThat(out.candidateCount, is(2));
    // Equally probable rows: the most recently updated one represents the company.
    assertThat(out.recipientId, is(newer.id));
  }

  @Test
  void equallyProbableRowsWithoutDatesAreChosenByNumericId() {
    Award a = award("Twin Harbor Robotics", "TWNHRB000001", null, "Mobile", "AL", "36602");
    Recipient ten =
        recipient("TWIN HARBOR ROBOTICS", "TWNHRB000001", null, "MOBILE", "AL", "36602");
    ten.id = "10";
    Recipient nine =
        recipient("TWIN HARBOR ROBOTICS", "TWNHRB000001", null, "MOBILE", "AL", "36602");
    nine.id = "9";
    assertThat(decider().decide(a, List.of(ten, nine)).recipientId, is("9"));
    assertThat(decider().decide(a, List.of(nine, ten)).recipientId, is("9"));
  }

  @Test
  void theDecisionDoesNotDependOnCandidateOrder() {
    Award a = award("Twin Harbor Robotics", null, null, "Mobile", "AL", "36602");
    List<Recipient> candidates = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Recipient r =
          recipient("TWIN HARBOR ROBOTICS", "TWNHRB000001", null, "MOBILE", "AL", "36602");
      r.updateDate = "2022-01-0" + (i % 2 + 1);
      candidates.add(r);
    }
    candidates.add(
        recipient("HARBOR FREIGHT TOOLS", "HRBRFT000001", null, "MOBILE", "AL", "36602"));
    LinkOutcome first = decider().decide(a, candidates);
    Random random = new Random(42);
    for (int i = 0; i < 10; i++) {
      List<Recipient> shuffled = new ArrayList<>(candidates);
      Collections.shuffle(shuffled, random);
      LinkOutcome again = decider().decide(a, shuffled);
      assertThat(again, is(first));
      assertThat(again.matchProbability, is(first.matchProbability));
    }
    // The latest update date, then the smallest id: row 2 of the four.
    assertThat(first.recipientId, is("2"));
  }

  @Test
  void aNameWithOnlyTheStateInCommonIsBetweenTheThresholds() {
    Award a = award("Acme Robotics", null, null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(recipient("ACME ROBOTICS", "ACMERB000001", null, "WORCESTER", "MA", "01608"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.REVIEW));
    assertThat(out.reason, is("between-thresholds"));
    assertThat(out.matchProbability, greaterThanOrEqualTo(0.5));
    assertThat(out.matchProbability, lessThan(0.9));
    assertThat(out.recipientUei, is("ACMERB000001"));
    assertThat(out.candidates, is(not(nullValue())));
    // A reviewer sees why at a glance: same name, another city, and what a link would need.
    assertThat(
        out.decisionSummary,
        matchesPattern(
            "name exact, location same-state \\(another city and ZIP area\\): p 0\\.\\d{3} is"
                + " below the 0\\.90 a link needs"));
  }

  @Test
  void thresholdsComeFromTheSettings() {
    Award a = award("Acme Robotics", null, null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(recipient("ACME ROBOTICS", "ACMERB000001", null, "WORCESTER", "MA", "01608"));
    LinkSettings lenient =
        new LinkSettings(0.70, 0.50, 0.10, 0.60, 300, 500, false, false, true, 0.99);
    LinkSettings strict =
        new LinkSettings(0.999, 0.95, 0.10, 0.60, 300, 500, false, false, true, 0.99);
    assertThat(decider(lenient).decide(a, candidates).outcome, is(LinkOutcome.MATCHED));
    LinkOutcome unmatched = decider(strict).decide(a, candidates);
    assertThat(unmatched.outcome, is(LinkOutcome.UNMATCHED));
    assertThat(unmatched.reason, is("below-threshold"));
  }

  @Test
  void anUnlikelyCandidateLeavesTheAwardUnmatchedBelowThreshold() throws Exception {
    Award a = award("Aspen Marine Holdings", null, null, "Reno", "NV", "89501");
    List<Recipient> candidates =
        List.of(recipient("ASPEN DENTAL GROUP", "SPNDNT000001", null, "LAS VEGAS", "NV", "89101"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.UNMATCHED));
    assertThat(out.reason, is("below-threshold"));
    assertThat(out.matchMethod, is(nullValue()));
    assertThat(out.matchProbability, lessThan(0.5));
    assertThat(out.candidateCount, is(1));
    JsonNode listed = json(out.candidates);
    assertThat(listed.size(), is(1));
    assertThat(listed.get(0).get("uei").asText(), is("SPNDNT000001"));
    assertThat(out.decisionSummary, startsWith("best candidate name "));
    assertThat(out.decisionSummary, endsWith("is below the 0.50 a review needs"));
  }

  @Test
  void atMostThreeCandidatesAreListedMostProbableFirst() throws Exception {
    Award a = award("Aspen Marine Holdings", null, null, "Reno", "NV", "89501");
    List<Recipient> candidates =
        List.of(
            recipient("UNRELATED PAVING", "CAND00000001", null, "ELKO", "NV", "89801"),
            recipient("ASPEN MARINE", "CAND00000002", null, "ELKO", "NV", "89801"),
            recipient("ASPEN DENTAL GROUP", "CAND00000003", null, "RENO", "NV", "89501"),
            recipient("BLUE RIDGE ANALYTICS", "CAND00000004", null, "RENO", "NV", "89502"),
            recipient("MARINE HOLDINGS WEST", "CAND00000005", null, "SPARKS", "NV", "89431"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.candidateCount, is(5));
    JsonNode listed = json(out.candidates);
    assertThat(listed.size(), is(LinkDecider.LISTED_CANDIDATES));
    for (int i = 1; i < listed.size(); i++) {
      assertThat(
          listed.get(i).get("probability").asDouble(),
          lessThanOrEqualTo(listed.get(i - 1).get("probability").asDouble()));
    }
    assertThat(listed.get(0).get("probability").asDouble(), closeTo(out.matchProbability, 1e-9));
  }

  @Test
  void noCandidateLeavesTheAwardUnmatchedWithNoCandidate() {
    LinkOutcome out =
        decider()
            .decide(
                award("Quixotic Vantablack Works", null, null, "Nome", "AK", "99762"), List.of());
    assertThat(out.outcome, is(LinkOutcome.UNMATCHED));
    assertThat(out.reason, is("no-candidate"));
    assertThat(out.candidateCount, is(0));
    assertThat(out.matchMethod, is(nullValue()));
    assertThat(out.recipientId, is(nullValue()));
    assertThat(out.matchProbability, is(nullValue()));
    assertThat(out.candidates, is(nullValue()));
    assertThat(out.awardId, is("award-1"));
    assertThat(
        out.decisionSummary,
        is("no recipient shares a name, address or identifier key with the award"));
  }

  @Test
  void aRenamedFirmAtTheSameAddressKeepsItsUeiLinkFlagged() {
    Award a = award("Acme Robotics", "ACMERB000001", null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(recipient("ZENITH PHOTONICS", "ACMERB000001", null, "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("uei-exact"));
    assertThat(out.matchFlags, contains("identifier_name_conflict"));
    assertThat(out.matchProbability, is(1.0));
  }

  @Test
  void anIdentifierWithNeitherNameNorAddressGoesToReview() throws Exception {
    Award a = award("Acme Robotics", "ACMERB000001", null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(recipient("ZENITH PHOTONICS", "ACMERB000001", null, "SAN DIEGO", "CA", "92101"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.REVIEW));
    assertThat(out.reason, is("identifier-conflict"));
    assertThat(out.matchMethod, is(nullValue()));
    assertThat(out.matchFlags, contains("identifier_name_conflict"));
    assertThat(out.recipientUei, is("ACMERB000001"));
    assertThat(json(out.candidates).size(), is(1));
  }

  @Test
  void aConfidentRivalOverridesAnIdentifierThatNothingElseSupports() {
    // The award's UEI is another firm's; name and address point to Acme.
    Award a = award("Acme Robotics", "ZENITH000001", null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(
            recipient("ZENITH PHOTONICS", "ZENITH000001", null, "SAN DIEGO", "CA", "92101"),
            recipient("ACME ROBOTICS", "ACMERB000001", null, "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.matchMethod, is("name-probabilistic"));
    assertThat(out.recipientUei, is("ACMERB000001"));
    assertThat(out.matchFlags, contains("identifier_overridden"));
    assertThat(out.matchProbability, lessThan(1.0));
  }

  @Test
  void aRivalDoesNotOverrideAnIdentifierTheAddressSupports() {
    Award a = award("Acme Robotics", "ZENITH000001", null, "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(
            recipient("ZENITH PHOTONICS", "ZENITH000001", null, "BOSTON", "MA", "02110"),
            recipient("ACME ROBOTICS", "ACMERB000001", null, "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    assertThat(out.outcome, is(LinkOutcome.REVIEW));
    assertThat(out.reason, is("identifier-conflict"));
    assertThat(out.recipientUei, is("ZENITH000001"));
    assertThat(out.matchFlags, contains("identifier_name_conflict"));
  }

  @Test
  void explanationWeightsSumToTheTotalBits() throws Exception {
    Award a = award("Acme Robotics", null, "123456789", "Boston", "MA", "02110");
    List<Recipient> candidates =
        List.of(
            recipient("ACME ROBOTIK", "ACMERB000001", "999999999", "BOSTON", "MA", "02215"),
            recipient("ACME ROBOTICS", "ACMERB000002", null, "WORCESTER", "MA", "01608"),
            recipient("ZENITH PHOTONICS", "ZENITH000001", null, "BOSTON", "MA", "02110"));
    LinkOutcome out = decider().decide(a, candidates);
    List<JsonNode> explanations = new ArrayList<>();
    explanations.add(json(out.matchExplanation));
    json(out.candidates).forEach(c -> explanations.add(c.get("explanation")));
    assertThat(explanations.size(), is(4));
    for (JsonNode e : explanations) {
      double sum = e.get("prior_bits").asDouble();
      for (Comparison c : Comparison.values()) {
        sum += e.get(c.label()).get("weight").asDouble();
      }
      double total = e.get("total_bits").asDouble();
      // Every part is rounded to four decimals.
      assertThat(e.toString(), sum, closeTo(total, 5e-4));
      double probability = 1 / (1 + Math.pow(2, -total));
      assertThat(e.toString(), e.get("probability").asDouble(), closeTo(probability, 1e-3));
    }
  }

  @Test
  void aMissingComparisonWeighsNothingInTheExplanation() throws Exception {
    Award a = award("Acme Robotics", null, null, null, null, null);
    List<Recipient> candidates =
        List.of(recipient("ACME ROBOTICS", "ACMERB000001", null, "BOSTON", "MA", "02110"));
    JsonNode e = json(decider().decide(a, candidates).matchExplanation);
    for (String missing : List.of("location", "uei", "duns")) {
      assertThat(missing, e.get(missing).get("level").asText(), is("missing"));
      assertThat(missing, e.get(missing).get("weight").asDouble(), is(0.0));
    }
  }

  @Test
  void theDunsOnAnyRowOfACompanyLinksExactly() {
    // A renamed firm: its old row carries the DUNS, its new row (same UEI) the new name only.
    Award a = award("New Name Robotics", null, "123456789", "Boston", "MA", "02110");
    Recipient oldRow =
        recipient("OLD NAME PHOTONICS", "ACMERB000001", "123456789", "BOSTON", "MA", "02110");
    Recipient newRow =
        recipient("NEW NAME ROBOTICS", "ACMERB000001", null, "BOSTON", "MA", "02110");
    LinkOutcome out = decider().decide(a, List.of(oldRow, newRow));
    assertThat(out.outcome, is(LinkOutcome.MATCHED));
    assertThat(out.recipientUei, is("ACMERB000001"));
    assertThat(out.matchMethod, is("duns-exact"));
  }

  @Test
  void aDecisionDoesNotDependOnEarlierDecisions() {
    Award a = award("Acme Robotics", null, null, "San Diego", "CA", "92101");
    Recipient inFirstFile = new Recipient();
    inFirstFile.legalBusinessName = "ACME ROBOTICS";
    inFirstFile.city = "BOSTON";
    inFirstFile.state = "MA";
    inFirstFile.zip5 = "02110";
    inFirstFile.sourceFile = "recipients-0.csv";
    inFirstFile.sourceRow = 7;
    Recipient inSecondFile = new Recipient();
    inSecondFile.legalBusinessName = "ACME ROBOTICS";
    inSecondFile.city = "SAN DIEGO";
    inSecondFile.state = "CA";
    inSecondFile.zip5 = "92101";
    inSecondFile.sourceFile = "recipients-1.csv";
    inSecondFile.sourceRow = 7;

    LinkOutcome fresh = decider().decide(a, List.of(inSecondFile));
    assertThat(fresh.outcome, is(LinkOutcome.MATCHED));

    LinkDecider reused = decider();
    reused.decide(a, List.of(inFirstFile));
    LinkOutcome afterwards = reused.decide(a, List.of(inSecondFile));
    assertThat(afterwards.outcome, is(fresh.outcome));
    assertThat(afterwards.matchProbability, is(fresh.matchProbability));
  }
}
