package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.record.TestAwards;

/**
 * {@link LinkSiblingAwards} on the Direct runner, fed the {@link DecideLinks} tuple directly. Every
 * output tag is asserted in every test, and every award must leave in exactly one of them.
 */
class LinkSiblingAwardsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MARGIN = 0.1;
  private static final double NAME_VOUCHER_MIN = 0.99;

  // Recipients, each built afresh from its id so that assertions inside pipelines capture nothing.
  private static final String ACME = "r-acme";
  private static final String ACME_SYSTEMS = "r-acme-systems";
  private static final String OTHER = "r-other";
  private static final String BETA = "r-beta";
  private static final String GAMMA = "r-gamma";
  private static final String DELTA_1 = "r-delta-1";
  private static final String DELTA_2 = "r-delta-2";
  private static final String NO_UEI_1 = "r-no-uei-1";
  private static final String NO_UEI_2 = "r-no-uei-2";

  static Recipient recipient(String id) {
    return switch (id) {
      case ACME -> recipient(id, "ACME ROBOTICS INC", "ACMERB000001", null, "02110");
      case ACME_SYSTEMS -> recipient(id, "ACME ROBOTIC SYSTEMS", "ACMESY000001", null, "02139");
      case OTHER -> recipient(id, "ACME ROBOTIC SYS CORP", "OTHERC000001", null, "98101");
      case BETA -> recipient(id, "BETA OPTICS LLC", "BETAOP000001", null, "30301");
      case GAMMA -> recipient(id, "GAMMA OPTICS LLC", "GAMMAO000001", null, "30301");
      // Two rows of one company: same UEI, different ids and DUNS.
      case DELTA_1 -> recipient(id, "DELTA FAB INC", "DELTAF000001", "333333333", "60601");
      case DELTA_2 -> recipient(id, "DELTA FABRICATION INC", "DELTAF000001", null, "60602");
      case NO_UEI_1 -> recipient(id, "EPSILON WORKS", null, "444444444", "73301");
      case NO_UEI_2 -> recipient(id, "EPSILON WORKS", null, "555555555", "73301");
      default -> throw new IllegalArgumentException(id);
    };
  }

  private static Recipient recipient(
      String id, String name, @Nullable String uei, @Nullable String duns, String zip) {
    Recipient r = new Recipient();
    r.id = id;
    r.legalBusinessName = name;
    r.uei = uei;
    r.duns = duns;
    r.parentUei = "PARENT" + id.length();
    r.parentLegalBusinessName = name + " HOLDINGS";
    r.addressLine1 = "1 " + id + " Way";
    r.city = "Boston";
    r.state = "MA";
    r.zip5 = zip;
    r.businessTypesCodes = "{2X,27}";
    r.sourceFile = "recipients.csv";
    return r;
  }

  static Award award(
      String id, String company, @Nullable String uei, @Nullable String duns, String zip) {
    return TestAwards.award(id, company, uei, duns, "Boston", "MA", zip);
  }

  /** A match as {@link LinkDecider} makes it. */
  static LinkedAward matched(Award a, MatchMethod method, String recipientId, String... flags) {
    LinkOutcome link = new LinkOutcome();
    link.awardId = a.awardId;
    link.outcome = LinkOutcome.MATCHED;
    link.matchMethod = method.code();
    link.matchProbability = method == MatchMethod.NAME_PROBABILISTIC ? 0.995 : 1.0;
    link.secondBestProbability = 0.05;
    link.candidateCount = 2;
    link.matchExplanation = "{\"anchor\":true}";
    link.matchFlags = new ArrayList<>(List.of(flags));
    link.setRecipient(recipient(recipientId));
    return LinkedAward.of(a, link);
  }

  /**
   * A review or unmatched award, with the name model's best candidate when there is one; the
   * candidates JSON names it as {@link Explanations#candidates} does.
   */
  static LinkedAward open(
      Award a,
      String outcome,
      OutcomeReason reason,
      @Nullable String bestRecipientId,
      @Nullable Double probability,
      @Nullable Double second) {
    LinkOutcome link = new LinkOutcome();
    link.awardId = a.awardId;
    link.outcome = outcome;
    link.reason = reason.code();
    link.matchProbability = probability;
    link.secondBestProbability = second;
    link.candidateCount = bestRecipientId == null ? 0 : 4;
    link.candidates = bestRecipientId == null ? null : candidatesJson(bestRecipientId);
    if (bestRecipientId != null) {
      link.setRecipient(recipient(bestRecipientId));
    }
    return LinkedAward.of(a, link);
  }

  /** Candidates as {@link Explanations#candidates} writes them, each with probability 0.5. */
  static String candidatesJson(String... recipientIds) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (String id : recipientIds) {
      probabilities.put(id, 0.5);
    }
    return candidatesJson(probabilities);
  }

  static String candidatesJson(Map<String, Double> probabilityPerRecipient) {
    List<Map<String, Object>> out = new ArrayList<>();
    probabilityPerRecipient.forEach(
        (id, probability) -> {
          Recipient r = recipient(id);
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("recipient_id", r.id);
          m.put("uei", r.uei);
          m.put("duns", r.duns);
          m.put("name", r.legalBusinessName);
          m.put("probability", probability);
          out.add(m);
        });
    return Explanations.json(out);
  }

  static Award withPeople(Award a, @Nullable String contact, @Nullable String pi) {
    a.contactName = contact;
    a.piName = pi;
    return a;
  }

  static LinkedAward unmatched(Award a) {
    return open(a, LinkOutcome.UNMATCHED, OutcomeReason.NO_CANDIDATE, null, null, null);
  }

  /** Runs {@link LinkSiblingAwards} on the three collections; asserts each award leaves once. */
  private static PCollectionTuple link(
      TestPipeline p,
      List<LinkedAward> matched,
      List<LinkedAward> review,
      List<LinkedAward> unmatched) {
    Coder<LinkedAward> coder = RecordCoders.of(LinkedAward.class);
    PCollectionTuple in =
        PCollectionTuple.of(
                DecideLinks.MATCHED, p.apply("Matched", Create.of(matched).withCoder(coder)))
            .and(DecideLinks.REVIEW, p.apply("Review", Create.of(review).withCoder(coder)))
            .and(
                DecideLinks.UNMATCHED, p.apply("Unmatched", Create.of(unmatched).withCoder(coder)));
    PCollectionTuple out = in.apply(new LinkSiblingAwards(MARGIN, NAME_VOUCHER_MIN));
    List<String> ids = new ArrayList<>();
    for (List<LinkedAward> input : List.of(matched, review, unmatched)) {
      input.forEach(l -> ids.add(l.award.awardId));
    }
    PAssert.that(
            PCollectionList.of(out.get(DecideLinks.MATCHED))
                .and(out.get(DecideLinks.REVIEW))
                .and(out.get(DecideLinks.UNMATCHED))
                .apply("FlattenOutputs", Flatten.pCollections())
                .apply(
                    "AwardIds",
                    MapElements.into(TypeDescriptors.strings())
                        .via((LinkedAward l) -> l.award.awardId)))
        .containsInAnyOrder(ids);
    return out;
  }

  /** {@code award-id outcome method-or-reason recipient-id} of each element of one output. */
  private static void expect(PCollectionTuple out, TupleTag<LinkedAward> tag, String... described) {
    PCollection<String> d =
        out.get(tag)
            .apply(
                "Describe" + tag.getId(),
                MapElements.into(TypeDescriptors.strings()).via(LinkSiblingAwardsTest::describe));
    if (described.length == 0) {
      PAssert.that(d).empty();
    } else {
      PAssert.that(d).containsInAnyOrder(described);
    }
  }

  static String describe(LinkedAward l) {
    return l.award.awardId
        + " "
        + l.link.outcome
        + " "
        + (l.link.matchMethod != null ? l.link.matchMethod : l.link.reason)
        + " "
        + l.link.recipientId;
  }

  static LinkedAward only(Iterable<LinkedAward> all, String awardId) {
    LinkedAward found = null;
    for (LinkedAward l : all) {
      if (l.award.awardId.equals(awardId)) {
        if (found != null) {
          throw new AssertionError("award " + awardId + " twice");
        }
        found = l;
      }
    }
    if (found == null) {
      throw new AssertionError("award " + awardId + " missing");
    }
    return found;
  }

  /** Every recipient column of the link is the given recipient's. */
  static void assertRecipient(LinkOutcome link, String recipientId) {
    Recipient r = recipient(recipientId);
    assertThat(link.recipientId, is(r.id));
    assertThat(link.recipientUei, is(r.uei));
    assertThat(link.recipientDuns, is(r.duns));
    assertThat(link.recipientName, is(r.legalBusinessName));
    assertThat(link.recipientParentUei, is(r.parentUei));
    assertThat(link.recipientParentName, is(r.parentLegalBusinessName));
    assertThat(link.recipientAddressLine1, is(r.addressLine1));
    assertThat(link.recipientCity, is(r.city));
    assertThat(link.recipientState, is(r.state));
    assertThat(link.recipientZip5, is(r.zip5));
    assertThat(link.recipientBusinessTypesCodes, is(r.businessTypesCodes));
  }

  static JsonNode json(@Nullable String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(false);
  }

  @Test
  void anUnmatchedAwardWithTheDunsOfAUeiMatchIsLinkedToItsRecipient() {
    TestPipeline p = pipeline();
    // The firm's newer award carries its UEI and DUNS; its older one, filed from another address
    // under a shorter name, only the DUNS, which the recipient table no longer has.
    Award a = award("a-uei", "Acme Robotics Inc", "ACMERB000001", "123456789", "02110");
    Award b = award("b-duns", "Acme Robotic Sys", null, "123456789", "98101");
    PCollectionTuple out =
        link(
            p,
            List.of(matched(a, MatchMethod.UEI_EXACT, ACME)),
            List.of(),
            List.of(
                open(b, LinkOutcome.UNMATCHED, OutcomeReason.BELOW_THRESHOLD, OTHER, 0.3, 0.1)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a-uei matched uei-exact " + ACME,
        "b-duns matched sibling-award " + ACME);
    expect(out, DecideLinks.REVIEW);
    expect(out, DecideLinks.UNMATCHED);
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "b-duns").link;
              assertRecipient(link, ACME);
              assertThat(link.awardId, is("b-duns"));
              assertThat(link.reason, is(nullValue()));
              assertThat(link.matchFlags, is(empty()));
              assertThat(link.matchProbability, is(1.0));
              // The name model's best was another company: it is the best other company now.
              assertThat(link.secondBestProbability, is(0.3));
              assertThat(link.candidateCount, is(4));
              JsonNode why = json(link.matchExplanation);
              assertThat(why.get("sibling_award_id").asText(), is("a-uei"));
              assertThat(why.get("sibling_method").asText(), is("uei-exact"));
              assertThat(why.get("shared").asText(), is(SiblingKeys.DUNS));
              assertThat(why.get("outcome_before").asText(), is(LinkOutcome.UNMATCHED));
              assertThat(why.get("reason_before").asText(), is("below-threshold"));
              assertThat(
                  link.decisionSummary,
                  is("award a-uei of the same company is linked (uei-exact) and shares its DUNS"));

              // The sibling that vouches leaves as it came.
              LinkOutcome anchor = only(all, "a-uei").link;
              assertRecipient(anchor, ACME);
              assertThat(anchor.matchExplanation, is("{\"anchor\":true}"));
              assertThat(anchor.secondBestProbability, is(0.05));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void theSameNameAtTheSameZipLinksButNotAtAnotherZip() {
    TestPipeline p = pipeline();
    Award a = award("a-duns", "Acme Robotics, Inc.", null, "123456789", "02110");
    Award sameZip = award("b-same-zip", "ACME ROBOTICS LLC", null, null, "02110");
    Award otherZip = award("c-other-zip", "Acme Robotics, Inc.", null, null, "10001");
    PCollectionTuple out =
        link(
            p,
            List.of(matched(a, MatchMethod.DUNS_EXACT, ACME)),
            List.of(),
            List.of(unmatched(sameZip), unmatched(otherZip)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a-duns matched duns-exact " + ACME,
        "b-same-zip matched sibling-award " + ACME);
    expect(out, DecideLinks.REVIEW);
    expect(out, DecideLinks.UNMATCHED, "c-other-zip unmatched no-candidate null");
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "b-same-zip").link;
              assertRecipient(link, ACME);
              // No candidate before: there is no other company's probability to report.
              assertThat(link.secondBestProbability, is(nullValue()));
              assertThat(link.candidateCount, is(0));
              JsonNode why = json(link.matchExplanation);
              assertThat(why.get("sibling_award_id").asText(), is("a-duns"));
              assertThat(why.get("sibling_method").asText(), is("duns-exact"));
              assertThat(why.get("shared").asText(), is(SiblingKeys.NAME_AND_ZIP));
              assertThat(why.get("reason_before").asText(), is("no-candidate"));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void aReviewAwardBetweenThresholdsIsLinkedButAnIdentifierConflictStaysInReview() {
    TestPipeline p = pipeline();
    Award a = award("a-uei", "Acme Robotics Inc", "ACMERB000001", "123456789", "02110");
    Award between = award("b-between", "Acme Robotics", null, "123456789", "02111");
    // Its DUNS found Acme's row, but its name is another firm's: a conflict a person must settle.
    Award conflict = award("c-conflict", "Zentrix Quantum Sensing", null, "123456789", "02111");
    LinkedAward conflictBefore =
        open(conflict, LinkOutcome.REVIEW, OutcomeReason.IDENTIFIER_CONFLICT, ACME, 0.2, 0.1);
    conflictBefore.link.matchFlags.add(LinkDecider.IDENTIFIER_NAME_CONFLICT);
    PCollectionTuple out =
        link(
            p,
            List.of(matched(a, MatchMethod.UEI_EXACT, ACME)),
            List.of(
                open(between, LinkOutcome.REVIEW, OutcomeReason.BETWEEN_THRESHOLDS, ACME, 0.7, 0.2),
                conflictBefore),
            List.of());

    expect(
        out,
        DecideLinks.MATCHED,
        "a-uei matched uei-exact " + ACME,
        "b-between matched sibling-award " + ACME);
    expect(out, DecideLinks.REVIEW, "c-conflict review identifier-conflict " + ACME);
    expect(out, DecideLinks.UNMATCHED);
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "b-between").link;
              assertThat(link.matchProbability, is(1.0));
              // The name model's best was this very company: its runner-up stays the best other.
              assertThat(link.secondBestProbability, is(0.2));
              JsonNode why = json(link.matchExplanation);
              assertThat(why.get("outcome_before").asText(), is(LinkOutcome.REVIEW));
              assertThat(why.get("reason_before").asText(), is("between-thresholds"));
              assertThat(why.get("shared").asText(), is(SiblingKeys.DUNS));
              return null;
            });
    PAssert.that(out.get(DecideLinks.REVIEW))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "c-conflict").link;
              assertThat(link.matchMethod, is(nullValue()));
              assertThat(link.matchProbability, is(0.2));
              assertThat(link.secondBestProbability, is(0.1));
              assertThat(link.matchFlags, contains(LinkDecider.IDENTIFIER_NAME_CONFLICT));
              assertThat(link.candidates, is(candidatesJson(ACME)));
              assertThat(link.matchExplanation, is(nullValue()));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void siblingsPointingToTwoCompaniesLinkNothing() {
    TestPipeline p = pipeline();
    // One DUNS on two awards that were linked by UEI to different companies.
    Award a1 = award("a1", "Acme Robotics", "ACMERB000001", "111111111", "02110");
    Award a2 = award("a2", "Acme Robotic Systems", "ACMESY000001", "111111111", "02139");
    Award b = award("b-one-key", "Acme Robotics", null, "111111111", "98101");
    // Two keys, each agreeing within itself: the DUNS says Beta, the name and ZIP say Gamma.
    Award a3 = award("a3", "Beta Optics", "BETAOP000001", "222222222", "30302");
    Award a4 = award("a4", "Beta Optics", "GAMMAO000001", null, "30301");
    Award c = award("c-two-keys", "Beta Optics", null, "222222222", "30301");
    PCollectionTuple out =
        link(
            p,
            List.of(
                matched(a1, MatchMethod.UEI_EXACT, ACME),
                matched(a2, MatchMethod.UEI_EXACT, ACME_SYSTEMS),
                matched(a3, MatchMethod.UEI_EXACT, BETA),
                matched(a4, MatchMethod.UEI_EXACT, GAMMA)),
            List.of(),
            List.of(unmatched(b), unmatched(c)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a1 matched uei-exact " + ACME,
        "a2 matched uei-exact " + ACME_SYSTEMS,
        "a3 matched uei-exact " + BETA,
        "a4 matched uei-exact " + GAMMA);
    expect(out, DecideLinks.REVIEW);
    expect(
        out,
        DecideLinks.UNMATCHED,
        "b-one-key unmatched no-candidate null",
        "c-two-keys unmatched no-candidate null");
    p.run().waitUntilFinish();
  }

  @Test
  void companiesWithoutUeiAreToldApartByRecipientId() {
    TestPipeline p = pipeline();
    Award a1 = award("a1", "Epsilon Works", null, "444444444", "73302");
    Award a2 = award("a2", "Epsilon Works Co", null, "555555555", "73303");
    Award b = award("b", "Epsilon Works", null, null, "73302");
    Award c = award("c", "Epsilon Works", null, null, "73304");
    Award a5 = award("a5", "Epsilon Works", null, "555555555", "73304");
    // At this ZIP the name was linked to both companies.
    Award a6 = award("a6", "Epsilon Works", null, "444444444", "73305");
    Award a7 = award("a7", "Epsilon Works", null, "555555555", "73305");
    Award f = award("f", "Epsilon Works", null, null, "73305");
    PCollectionTuple out =
        link(
            p,
            List.of(
                matched(a1, MatchMethod.DUNS_EXACT, NO_UEI_1),
                matched(a2, MatchMethod.DUNS_EXACT, NO_UEI_2),
                matched(a5, MatchMethod.DUNS_EXACT, NO_UEI_2),
                matched(a6, MatchMethod.DUNS_EXACT, NO_UEI_1),
                matched(a7, MatchMethod.DUNS_EXACT, NO_UEI_2)),
            List.of(),
            List.of(unmatched(b), unmatched(c), unmatched(f)));

    // b shares only a1's name and ZIP; c only a5's. Each is linked to its own sibling's company.
    expect(
        out,
        DecideLinks.MATCHED,
        "a1 matched duns-exact " + NO_UEI_1,
        "a2 matched duns-exact " + NO_UEI_2,
        "a5 matched duns-exact " + NO_UEI_2,
        "a6 matched duns-exact " + NO_UEI_1,
        "a7 matched duns-exact " + NO_UEI_2,
        "b matched sibling-award " + NO_UEI_1,
        "c matched sibling-award " + NO_UEI_2);
    expect(out, DecideLinks.REVIEW);
    expect(out, DecideLinks.UNMATCHED, "f unmatched no-candidate null");
    p.run().waitUntilFinish();
  }

  @Test
  void siblingsAgreeingOnOneCompanyLinkThroughTheSmallestAwardId() {
    TestPipeline p = pipeline();
    // Two rows of one company (one UEI) vouch under the same DUNS; the smallest award id wins.
    Award second = award("d-anchor-2", "Delta Fab Inc", "DELTAF000001", "333333333", "60602");
    Award first = award("d-anchor-1", "Delta Fabrication", "DELTAF000001", "333333333", "60601");
    Award open = award("d-open", "Delta Fab", null, "333333333", "60699");
    PCollectionTuple out =
        link(
            p,
            List.of(
                matched(second, MatchMethod.UEI_EXACT, DELTA_2),
                matched(first, MatchMethod.UEI_EXACT, DELTA_1)),
            List.of(),
            List.of(unmatched(open)));

    expect(
        out,
        DecideLinks.MATCHED,
        "d-anchor-2 matched uei-exact " + DELTA_2,
        "d-anchor-1 matched uei-exact " + DELTA_1,
        "d-open matched sibling-award " + DELTA_1);
    expect(out, DecideLinks.REVIEW);
    expect(out, DecideLinks.UNMATCHED);
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "d-open").link;
              assertRecipient(link, DELTA_1);
              assertThat(
                  json(link.matchExplanation).get("sibling_award_id").asText(), is("d-anchor-1"));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void anAwardWhoseOwnIdentifierContradictsTheCompanyIsNotLinked() {
    TestPipeline p = pipeline();
    // Acme's row has a DUNS; the anchor award itself carries only the UEI.
    Award a = award("a-uei", "Acme Robotics Inc", "ACMERB000001", null, "02110");
    Award b = award("b-other-duns", "Acme Robotics LLC", null, "999999999", "02110");
    Award c = award("c-other-uei", "Acme Robotics", "OTHERU000001", null, "02110");
    Award d = award("d-same-duns", "ACME ROBOTICS", null, "123456789", "02110");
    Recipient acmeWithDuns = recipient(ACME);
    acmeWithDuns.duns = "123456789";
    LinkedAward anchor = matched(a, MatchMethod.UEI_EXACT, ACME);
    anchor.link.setRecipient(acmeWithDuns);
    PCollectionTuple out =
        link(
            p,
            List.of(anchor),
            List.of(open(b, LinkOutcome.REVIEW, OutcomeReason.BETWEEN_THRESHOLDS, ACME, 0.8, 0.1)),
            List.of(unmatched(c), unmatched(d)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a-uei matched uei-exact " + ACME,
        "d-same-duns matched sibling-award " + ACME);
    expect(out, DecideLinks.REVIEW, "b-other-duns review between-thresholds " + ACME);
    expect(out, DecideLinks.UNMATCHED, "c-other-uei unmatched no-candidate null");
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "d-same-duns").link;
              assertThat(link.recipientDuns, is("123456789"));
              assertThat(json(link.matchExplanation).get("shared").asText(), is("name_zip"));
              return null;
            });
    p.run().waitUntilFinish();
  }

  /**
   * Documents a suspected bug: an award's own DUNS is checked only against the recipient row of the
   * sibling that vouches (the smallest award id), not against the company. When two siblings were
   * linked to different rows of one company, one row with the company's DUNS and one without, an
   * award whose DUNS contradicts the company's is linked or not depending on which sibling has the
   * smaller award id. Here both groups are the same but for the order of their siblings' ids.
   */
  @Test
  void anAwardWhoseDunsContradictsAnyRowOfTheCompanyIsNotLinked() {
    TestPipeline p = pipeline();
    // Group 1: the sibling linked to the row without a DUNS has the smaller id.
    Award x1 = award("x1", "Delta Fab", "DELTAF000001", null, "60611");
    Award x2 = award("x2", "Delta Fab", "DELTAF000001", null, "60611");
    Award xOpen = award("x-open", "Delta Fab", null, "999999999", "60611");
    // Group 2: the sibling linked to the row with the company's DUNS has the smaller id.
    Award y1 = award("y1", "Delta Fab", "DELTAF000001", null, "60622");
    Award y2 = award("y2", "Delta Fab", "DELTAF000001", null, "60622");
    Award yOpen = award("y-open", "Delta Fab", null, "999999999", "60622");
    PCollectionTuple out =
        link(
            p,
            List.of(
                matched(x1, MatchMethod.UEI_EXACT, DELTA_2),
                matched(x2, MatchMethod.UEI_EXACT, DELTA_1),
                matched(y1, MatchMethod.UEI_EXACT, DELTA_1),
                matched(y2, MatchMethod.UEI_EXACT, DELTA_2)),
            List.of(),
            List.of(unmatched(xOpen), unmatched(yOpen)));

    expect(
        out,
        DecideLinks.MATCHED,
        "x1 matched uei-exact " + DELTA_2,
        "x2 matched uei-exact " + DELTA_1,
        "y1 matched uei-exact " + DELTA_1,
        "y2 matched uei-exact " + DELTA_2);
    expect(out, DecideLinks.REVIEW);
    // The company's DUNS is 333333333 (row r-delta-1): 999999999 contradicts it in both groups.
    expect(
        out,
        DecideLinks.UNMATCHED,
        "x-open unmatched no-candidate null",
        "y-open unmatched no-candidate null");
    p.run().waitUntilFinish();
  }

  @Test
  void flaggedMatchesSiblingLinksUndecidedAwardsAndLessThanNearCertainNameMatchesNeverVouch() {
    TestPipeline p = pipeline();
    // Above the matching threshold, below the voucher's.
    LinkedAward likelyByName =
        matched(
            award("h-likely", "Delta Fab", null, null, "60601"),
            MatchMethod.NAME_PROBABILISTIC,
            DELTA_1);
    likelyByName.link.matchProbability = 0.98;
    Award likelySibling = award("i-likely-sibling", "DELTA FAB INC", null, null, "60601");
    Award flagged = award("a-flagged", "Beta Optics", "BETAOP000001", "222222222", "30301");
    Award flaggedSibling = award("c-flagged-sibling", "Beta Optical", null, "222222222", "30302");
    Award inReview = award("d-review", "Gamma Optics", "GAMMAO000001", null, "30309");
    Award reviewSibling = award("e-review-sibling", "Gamma Optics", null, null, "30309");
    // A sibling link in the input (as if from an earlier pass) does not pass its evidence on.
    LinkedAward siblingLink =
        matched(
            award("f-sib", "Acme Robotics", null, null, "02110"), MatchMethod.SIBLING_AWARD, ACME);
    Award chained = award("g-chained", "Acme Robotics LLC", null, null, "02110");
    PCollectionTuple out =
        link(
            p,
            List.of(
                matched(flagged, MatchMethod.UEI_EXACT, BETA, LinkDecider.IDENTIFIER_NAME_CONFLICT),
                siblingLink,
                likelyByName),
            List.of(open(inReview, LinkOutcome.REVIEW, OutcomeReason.AMBIGUOUS, GAMMA, 0.92, 0.88)),
            List.of(
                unmatched(flaggedSibling),
                unmatched(reviewSibling),
                unmatched(chained),
                unmatched(likelySibling)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a-flagged matched uei-exact " + BETA,
        "f-sib matched sibling-award " + ACME,
        "h-likely matched name-probabilistic " + DELTA_1);
    expect(out, DecideLinks.REVIEW, "d-review review ambiguous " + GAMMA);
    expect(
        out,
        DecideLinks.UNMATCHED,
        "c-flagged-sibling unmatched no-candidate null",
        "e-review-sibling unmatched no-candidate null",
        "g-chained unmatched no-candidate null",
        "i-likely-sibling unmatched no-candidate null");
    p.run().waitUntilFinish();
  }

  @Test
  void aNameMatchVouchesForTheSameNameWithTheSameContactOrInvestigatorAnywhere() {
    TestPipeline p = pipeline();
    // The firm's current address matched by name; its older awards show the address it left.
    Award current =
        withPeople(
            award("a-name", "Acme Robotics Inc", null, null, "02110"), "Sharon Y Spencer", null);
    Award sameContact =
        withPeople(
            award("b-same-contact", "ACME ROBOTICS LLC", null, null, "98101"),
            "Dr. Sharon Spencer",
            "Wei Chen");
    Award samePi =
        withPeople(
            award("c-same-pi", "Acme Robotics", null, null, "98101"), "Ann Lee", "Sharon Spencer");
    // The same name elsewhere with other people: a namesake as far as anyone can tell.
    Award namesake =
        withPeople(
            award("d-namesake", "Acme Robotics", null, null, "98101"), "Ann Lee", "Wei Chen");
    // Another name with the same person: not evidence of the same firm.
    Award otherName =
        withPeople(
            award("e-other-name", "Acme Robotic Systems", null, null, "98101"),
            "Sharon Spencer",
            null);
    PCollectionTuple out =
        link(
            p,
            List.of(matched(current, MatchMethod.NAME_PROBABILISTIC, ACME)),
            List.of(),
            List.of(
                open(
                    sameContact,
                    LinkOutcome.UNMATCHED,
                    OutcomeReason.BELOW_THRESHOLD,
                    OTHER,
                    0.3,
                    0.1),
                unmatched(samePi),
                unmatched(namesake),
                unmatched(otherName)));

    expect(
        out,
        DecideLinks.MATCHED,
        "a-name matched name-probabilistic " + ACME,
        "b-same-contact matched sibling-award " + ACME,
        "c-same-pi matched sibling-award " + ACME);
    expect(out, DecideLinks.REVIEW);
    expect(
        out,
        DecideLinks.UNMATCHED,
        "d-namesake unmatched no-candidate null",
        "e-other-name unmatched no-candidate null");
    PAssert.that(out.get(DecideLinks.MATCHED))
        .satisfies(
            all -> {
              LinkOutcome link = only(all, "b-same-contact").link;
              assertRecipient(link, ACME);
              // As certain as the name match that vouches, not more.
              assertThat(link.matchProbability, is(0.995));
              assertThat(link.secondBestProbability, is(0.3));
              JsonNode why = json(link.matchExplanation);
              assertThat(why.get("sibling_award_id").asText(), is("a-name"));
              assertThat(why.get("sibling_method").asText(), is("name-probabilistic"));
              assertThat(why.get("shared").asText(), is(SiblingKeys.NAME_AND_PERSON));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void aReviewIsSettledOnlyForOneOfItsOwnContenders() {
    TestPipeline p = pipeline();
    Award anchor = award("a-uei", "Acme Robotics Inc", "ACMERB000001", null, "02110");
    // All share the anchor's name and ZIP. The first's review has Acme within the margin of its
    // best; the second's has Acme far behind its best; the third's names only Gamma.
    LinkedAward among =
        open(
            award("b-among", "Acme Robotics", null, null, "02110"),
            LinkOutcome.REVIEW,
            OutcomeReason.AMBIGUOUS,
            GAMMA,
            0.92,
            0.9);
    among.link.candidates = candidatesJson(Map.of(GAMMA, 0.92, ACME, 0.9));
    LinkedAward behind =
        open(
            award("c-behind", "Acme Robotics Corp", null, null, "02110"),
            LinkOutcome.REVIEW,
            OutcomeReason.BETWEEN_THRESHOLDS,
            GAMMA,
            0.7,
            0.3);
    behind.link.candidates = candidatesJson(Map.of(GAMMA, 0.7, ACME, 0.3));
    LinkedAward elsewhere =
        open(
            award("d-elsewhere", "ACME ROBOTICS LLC", null, null, "02110"),
            LinkOutcome.REVIEW,
            OutcomeReason.BETWEEN_THRESHOLDS,
            GAMMA,
            0.7,
            0.1);
    PCollectionTuple out =
        link(
            p,
            List.of(matched(anchor, MatchMethod.UEI_EXACT, ACME)),
            List.of(among, behind, elsewhere),
            List.of());

    expect(
        out,
        DecideLinks.MATCHED,
        "a-uei matched uei-exact " + ACME,
        "b-among matched sibling-award " + ACME);
    expect(
        out,
        DecideLinks.REVIEW,
        "c-behind review between-thresholds " + GAMMA,
        "d-elsewhere review between-thresholds " + GAMMA);
    expect(out, DecideLinks.UNMATCHED);
    p.run().waitUntilFinish();
  }

  @Test
  void everyAwardLeavesInExactlyOneOutput() {
    TestPipeline p = pipeline();
    Award a = award("a-uei", "Acme Robotics Inc", "ACMERB000001", "123456789", "02110");
    // Shares the DUNS and the name and ZIP with the anchor: two proposals, one link.
    Award twoKeys = award("b-two-keys", "ACME ROBOTICS LLC", null, "123456789", "02110");
    Award reviewed = award("c-review", "Acme Robotics", null, "123456789", "02199");
    Award conflict = award("d-conflict", "Acme Robotics", null, "123456789", "02198");
    Award lonely = award("e-lonely", "Quixotic Vantablack Works", null, null, "99762");
    Award ambiguous = award("f-ambiguous", "Twin Harbor Robotics", null, null, "36602");
    Award byName = award("g-name", "Zentrix Quantum Sensing", null, null, "45402");
    List<LinkedAward> matched =
        List.of(
            matched(a, MatchMethod.UEI_EXACT, ACME),
            matched(byName, MatchMethod.NAME_PROBABILISTIC, OTHER));
    List<LinkedAward> review =
        List.of(
            open(reviewed, LinkOutcome.REVIEW, OutcomeReason.BETWEEN_THRESHOLDS, ACME, 0.6, 0.1),
            open(conflict, LinkOutcome.REVIEW, OutcomeReason.IDENTIFIER_CONFLICT, ACME, 0.1, 0.0),
            open(ambiguous, LinkOutcome.REVIEW, OutcomeReason.AMBIGUOUS, GAMMA, 0.91, 0.9));
    List<LinkedAward> unmatched =
        List.of(
            unmatched(twoKeys),
            unmatched(lonely),
            open(
                award("h-below", "Aspen Marine", null, null, "89501"),
                LinkOutcome.UNMATCHED,
                OutcomeReason.BELOW_THRESHOLD,
                BETA,
                0.2,
                0.1));
    PCollectionTuple out = link(p, matched, review, unmatched);

    PAssert.thatSingleton(out.get(DecideLinks.MATCHED).apply("CountMatched", Count.globally()))
        .isEqualTo(4L);
    PAssert.thatSingleton(out.get(DecideLinks.REVIEW).apply("CountReview", Count.globally()))
        .isEqualTo(2L);
    PAssert.thatSingleton(out.get(DecideLinks.UNMATCHED).apply("CountUnmatched", Count.globally()))
        .isEqualTo(2L);
    expect(
        out,
        DecideLinks.MATCHED,
        "a-uei matched uei-exact " + ACME,
        "g-name matched name-probabilistic " + OTHER,
        "b-two-keys matched sibling-award " + ACME,
        "c-review matched sibling-award " + ACME);
    expect(
        out,
        DecideLinks.REVIEW,
        "d-conflict review identifier-conflict " + ACME,
        "f-ambiguous review ambiguous " + GAMMA);
    expect(
        out,
        DecideLinks.UNMATCHED,
        "e-lonely unmatched no-candidate null",
        "h-below unmatched below-threshold " + BETA);
    p.run().waitUntilFinish();
  }

  @Test
  void emptyInputsGiveEmptyOutputs() {
    TestPipeline p = pipeline();
    PCollectionTuple out = link(p, List.of(), List.of(), List.of());
    expect(out, DecideLinks.MATCHED);
    expect(out, DecideLinks.REVIEW);
    expect(out, DecideLinks.UNMATCHED);
    p.run().waitUntilFinish();
  }
}
