package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkedAward;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.record.TestAwards;

/**
 * {@link LinkAwards} on the Direct runner with one award for each way an award can end: every
 * output tag is asserted, including the blocking report and the model.
 */
class LinkAwardsTest {

  @Test
  void everyAwardEndsInExactlyOneOutputWithTheRightMethodOrReason() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    List<Award> awards =
        List.of(
            award("a-uei", "Photon Forge Labs", "PHFRG0000001", null, "Boulder", "CO", "80301"),
            award(
                "a-duns", "Cobalt River Analytics LLC", null, "123456789", "Austin", "TX", "78701"),
            award("a-name", "Zentrix Quantum Sensing, Inc.", null, null, "Dayton", "OH", "45402"),
            award("a-ambiguous", "Twin Harbor Robotics", null, null, "Mobile", "AL", "36602"),
            award("a-below", "Aspen Marine Holdings", null, null, "Reno", "NV", "89501"),
            award("a-none", "Quixotic Vantablack Works", null, null, "Nome", "AK", "99762"));
    List<Recipient> recipients =
        List.of(
            recipient(
                "1",
                "PHOTON FORGE LABORATORIES INC",
                "PHFRG0000001",
                null,
                "BOULDER",
                "CO",
                "80301"),
            recipient(
                "2",
                "COBALT RIVER ANALYTICS, L.L.C.",
                "CBLTRVR00001",
                "123456789",
                "AUSTIN",
                "TX",
                "78701"),
            recipient(
                "3",
                "ZENTRIX QUANTUM SENSING INCORPORATED",
                "ZNTRX0000001",
                null,
                "DAYTON",
                "OH",
                "45402"),
            recipient(
                "4", "TWIN HARBOR ROBOTICS LLC", "TWNHRB000001", null, "MOBILE", "AL", "36602"),
            recipient(
                "5", "TWIN HARBOR ROBOTICS INC", "TWNHRB000002", null, "MOBILE", "AL", "36602"),
            recipient("6", "ASPEN DENTAL GROUP", "SPNDNT000001", null, "LAS VEGAS", "NV", "89101"),
            recipient("7", "UNRELATED PAVING CO", "NRLTDP000001", null, "ELKO", "NV", "89801"));

    PCollection<Award> a =
        p.apply("Awards", Create.of(awards).withCoder(RecordCoders.of(Award.class)));
    PCollection<Recipient> r =
        p.apply("Recipients", Create.of(recipients).withCoder(RecordCoders.of(Recipient.class)));
    PCollectionTuple out =
        PCollectionTuple.of(LinkAwards.AWARDS, a)
            .and(LinkAwards.RECIPIENTS, r)
            .apply(LinkAwards.with(LinkSettings.defaults()));

    PAssert.that(describe(out.get(LinkAwards.MATCHED), "Matched"))
        .containsInAnyOrder(
            "a-uei uei-exact PHFRG0000001",
            "a-duns duns-exact CBLTRVR00001",
            "a-name name-probabilistic ZNTRX0000001");
    PAssert.that(describe(out.get(LinkAwards.REVIEW), "Review"))
        .containsInAnyOrder("a-ambiguous ambiguous");
    PAssert.that(describe(out.get(LinkAwards.UNMATCHED), "Unmatched"))
        .containsInAnyOrder("a-below below-threshold", "a-none no-candidate");
    PAssert.that(out.get(LinkAwards.CAPPED_KEYS)).empty();
    // One count per award: both Twin Harbor rows for a-ambiguous, none for a-none, one otherwise.
    PAssert.that(out.get(LinkAwards.CANDIDATE_COUNTS)).containsInAnyOrder(1, 1, 1, 2, 1, 0);
    PAssert.thatSingleton(
            out.get(LinkAwards.CANDIDATE_COUNTS)
                .apply("SummarizeCandidateCounts", new SummarizeCandidateCounts()))
        .isEqualTo(new SummarizeCandidateCounts.Summary(6, 1, 2, 2, 2));
    PAssert.that(
            out.get(LinkAwards.MODEL)
                .apply(
                    "ModelSource",
                    MapElements.into(TypeDescriptors.strings()).via(m -> m.source())))
        .containsInAnyOrder("defaults (too few labelled or random pairs to estimate)");

    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, "matched.uei-exact"), is(1L));
    assertThat(counter(result, "review.ambiguous"), is(1L));
    assertThat(counter(result, "unmatched.no-candidate"), is(1L));
    assertThat(counter(result, "phase-I.matched"), is(3L));
    // Outcomes are counted once, after sibling linking: every award under exactly one outcome.
    assertThat(counter(result, "matched.duns-exact"), is(1L));
    assertThat(counter(result, "matched.name-probabilistic"), is(1L));
    assertThat(counter(result, "matched.sibling-award"), is(0L));
    assertThat(counter(result, "unmatched.below-threshold"), is(1L));
    assertThat(counter(result, "phase-I.review"), is(1L));
    assertThat(counter(result, "phase-I.unmatched"), is(2L));
  }

  /**
   * A firm's newer award has its UEI and DUNS; its recipient row has the UEI but no DUNS. The older
   * award, from another state under a shortened name, has only the DUNS: nothing in the recipient
   * table carries it, and the name alone is not enough across states.
   */
  private static PCollectionTuple linkFirmWithOldAward(TestPipeline p, LinkSettings settings) {
    List<Award> awards =
        List.of(
            award(
                "a-new",
                "Helio Drift Systems Inc",
                "HLDRFT000001",
                "246813579",
                "Boulder",
                "CO",
                "80301"),
            award("b-old", "Helio Drift", null, "246813579", "Tacoma", "WA", "98402"));
    List<Recipient> recipients =
        List.of(
            recipient(
                "1", "HELIO DRIFT SYSTEMS INC", "HLDRFT000001", null, "BOULDER", "CO", "80301"),
            recipient("2", "UNRELATED PAVING CO", "NRLTDP000001", null, "TACOMA", "WA", "98402"));
    PCollection<Award> a =
        p.apply("Awards", Create.of(awards).withCoder(RecordCoders.of(Award.class)));
    PCollection<Recipient> r =
        p.apply("Recipients", Create.of(recipients).withCoder(RecordCoders.of(Recipient.class)));
    return PCollectionTuple.of(LinkAwards.AWARDS, a)
        .and(LinkAwards.RECIPIENTS, r)
        .apply(LinkAwards.with(settings));
  }

  @Test
  void aFirmsAwardFromAnotherAddressIsLinkedThroughItsSiblingsDuns() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple out = linkFirmWithOldAward(p, LinkSettings.defaults());

    PAssert.that(describe(out.get(LinkAwards.MATCHED), "Matched"))
        .containsInAnyOrder("a-new uei-exact HLDRFT000001", "b-old sibling-award HLDRFT000001");
    PAssert.that(describe(out.get(LinkAwards.REVIEW), "Review")).empty();
    PAssert.that(describe(out.get(LinkAwards.UNMATCHED), "Unmatched")).empty();

    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, "matched.sibling-award"), is(1L));
    assertThat(counter(result, "matched.uei-exact"), is(1L));
    assertThat(counter(result, "phase-I.matched"), is(2L));
    assertThat(counter(result, "phase-I.review"), is(0L));
    assertThat(counter(result, "phase-I.unmatched"), is(0L));
  }

  @Test
  void siblingLinksCanBeSwitchedOff() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollectionTuple out =
        linkFirmWithOldAward(
            p, defaultsWith(LinkSettings.defaults().maxCandidatesPerAward(), false));

    PAssert.that(describe(out.get(LinkAwards.MATCHED), "Matched"))
        .containsInAnyOrder("a-new uei-exact HLDRFT000001");
    PAssert.that(describe(out.get(LinkAwards.REVIEW), "Review")).empty();
    PAssert.that(describe(out.get(LinkAwards.UNMATCHED), "Unmatched"))
        .satisfies(
            rows -> {
              List<String> all = new java.util.ArrayList<>();
              rows.forEach(all::add);
              assertThat(all.size(), is(1));
              assertThat(all.get(0), startsWith("b-old "));
              return null;
            });

    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, "matched.sibling-award"), is(0L));
    assertThat(counter(result, "phase-I.matched"), is(1L));
    assertThat(counter(result, "phase-I.unmatched"), is(1L));
  }

  @Test
  void theCapLimitsTheCandidatesKeptNotTheRowsScored() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    LinkSettings capOne = defaultsWith(1, true);
    PCollection<Award> a =
        p.apply(
            "Awards",
            Create.of(award("a-twin", "Twin Harbor Robotics", null, null, "Mobile", "AL", "36602"))
                .withCoder(RecordCoders.of(Award.class)));
    PCollection<Recipient> r =
        p.apply(
            "Recipients",
            Create.of(
                    recipient(
                        "4",
                        "TWIN HARBOR ROBOTICS LLC",
                        "TWNHRB000001",
                        null,
                        "MOBILE",
                        "AL",
                        "36602"),
                    recipient(
                        "5",
                        "TWIN HARBOR ROBOTICS INC",
                        "TWNHRB000002",
                        null,
                        "MOBILE",
                        "AL",
                        "36602"))
                .withCoder(RecordCoders.of(Recipient.class)));
    PCollectionTuple out =
        PCollectionTuple.of(LinkAwards.AWARDS, a)
            .and(LinkAwards.RECIPIENTS, r)
            .apply(LinkAwards.with(capOne));

    // Both recipients are found (the two smallest keys are kept whatever their size) and scored;
    // only the better one is kept for the decision, and the award is counted as over the cap.
    PAssert.that(out.get(LinkAwards.CANDIDATE_COUNTS)).containsInAnyOrder(2);
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertThat(counter(result, "linking.awards-over-candidate-cap"), is(1L));
  }

  /** The default settings with another candidate budget and sibling-award switch. */
  private static LinkSettings defaultsWith(int maxCandidatesPerAward, boolean linkSiblingAwards) {
    LinkSettings d = LinkSettings.defaults();
    return new LinkSettings(
        d.highThreshold(),
        d.lowThreshold(),
        d.ambiguityMargin(),
        d.nameConflictSimilarity(),
        d.maxBlockSize(),
        maxCandidatesPerAward,
        d.estimateParameters(),
        d.recordCandidates(),
        linkSiblingAwards,
        d.siblingVoucherMinProbability());
  }

  private static PCollection<String> describe(PCollection<LinkedAward> linked, String name) {
    return linked.apply(
        "Describe" + name,
        MapElements.into(TypeDescriptors.strings())
            .via(
                (LinkedAward l) ->
                    l.award.awardId
                        + " "
                        + (l.link.matchMethod != null
                            ? l.link.matchMethod + " " + l.link.recipientUei
                            : l.link.reason)));
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named("linking", name))
                    .build())
            .getCounters()) {
      total += c.getAttempted();
    }
    return total;
  }

  static Award award(
      String id, String company, String uei, String duns, String city, String state, String zip) {
    return TestAwards.award(id, company, uei, duns, city, state, zip);
  }

  static Recipient recipient(
      String id, String name, String uei, String duns, String city, String state, String zip) {
    Recipient r = new Recipient();
    r.id = id;
    r.legalBusinessName = name;
    r.uei = uei;
    r.duns = duns;
    r.city = city;
    r.state = state;
    r.zip5 = zip;
    r.sourceFile = "recipients.csv";
    r.sourceRow = Long.parseLong(id);
    return r;
  }
}
