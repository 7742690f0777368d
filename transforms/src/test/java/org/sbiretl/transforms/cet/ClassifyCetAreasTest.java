package org.sbiretl.transforms.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.read.PipelineMetrics;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.LinkedAward;

/**
 * The CET stage on five linked awards: each award's row (area, confidence, the link it carries) and
 * the company profiles, keyed by the linked UEI or, for awards without a link, by the normalised
 * name; and the counters the gates read.
 */
class ClassifyCetAreasTest {
  private static final class AwardOf extends SimpleFunction<LinkedAward, Award> {
    @Override
    public Award apply(LinkedAward linked) {
      return linked.award;
    }
  }

  private static LinkedAward award(
      String id,
      String outcome,
      String uei,
      String company,
      String title,
      String text,
      double amount,
      int year) {
    Award a = new Award();
    a.awardId = id;
    a.company = company;
    a.awardTitle = title;
    a.abstractText = text;
    a.awardAmount = amount;
    a.awardYear = year;
    LinkOutcome l = new LinkOutcome();
    l.awardId = id;
    l.outcome = outcome;
    l.recipientUei = uei;
    return LinkedAward.of(a, l);
  }

  @Test
  void classifiesEachAwardAndProfilesEachCompany() {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    PCollection<LinkedAward> awards =
        p.apply(
            Create.of(
                award(
                    "A1",
                    LinkOutcome.MATCHED,
                    "UEI000000001",
                    "Qubitworks Inc",
                    "Trapped ion quantum computing",
                    "A trapped ion processor with 32 qubits and entanglement between modules.",
                    100_000,
                    2019),
                award(
                    "A2",
                    LinkOutcome.MATCHED,
                    "UEI000000001",
                    "QUBIT WORKS",
                    "Entangled qubit networks",
                    "Qubits entangled over fibre.",
                    50_000,
                    2021),
                award(
                    "A3",
                    LinkOutcome.UNMATCHED,
                    null,
                    "Orbital Widgets LLC",
                    "Cubesat spacecraft bus",
                    "A satellite bus for low orbit.",
                    75_000,
                    2020),
                award(
                    "A4",
                    LinkOutcome.REVIEW,
                    "UEI000000002",
                    "Orbital Widgets, L.L.C.",
                    "Wound dressing",
                    "A hydrogel dressing for burns.",
                    10_000,
                    2018),
                award("A5", LinkOutcome.UNMATCHED, null, "Nobody", null, null, 0, 2017)));
    PCollection<Row> rows =
        PCollectionTuple.of(
                ClassifyCetAreas.READ_AWARDS,
                awards.apply("AwardsAsRead", MapElements.via(new AwardOf())))
            .and(ClassifyCetAreas.LINKED_AWARDS, awards)
            .apply(ClassifyCetAreas.with(CetFixtures.taxonomy(), CetFixtures.settings()));
    PAssert.that(
            rows.apply(
                "Describe",
                MapElements.into(TypeDescriptors.strings())
                    .via(
                        r ->
                            r.getString("award_id")
                                + " "
                                + r.getString("cet_area")
                                + " "
                                + r.getString("confidence")
                                + " "
                                + r.getString("recipient_uei")
                                + " "
                                + r.getString("taxonomy_version"))))
        .containsInAnyOrder(
            "A1 quantum high UEI000000001 test.1",
            "A2 quantum medium UEI000000001 test.1",
            "A3 space medium null test.1",
            "A4 none none null test.1",
            "A5 none none null test.1");
    PAssert.that(
            rows.apply(BuildCetProfiles.of(CetFixtures.taxonomy()))
                .apply(
                    "DescribeProfiles",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            r ->
                                String.join(
                                    " ",
                                    r.getString("company_key"),
                                    r.getString("company"),
                                    r.getInt64("awards") + "/" + r.getInt64("classified_awards"),
                                    String.valueOf(r.getDouble("total_dollars")),
                                    r.getString("dominant_area"),
                                    String.valueOf(r.getDouble("specialisation")),
                                    r.getInt32("first_year") + "-" + r.getInt32("last_year"),
                                    r.getString("area_awards"),
                                    r.getString("area_dollars")))))
        .containsInAnyOrder(
            "uei:UEI000000001 QUBIT WORKS 2/2 150000.0 quantum 1.0 2019-2021 quantum=2"
                + " quantum=150000",
            "name:orbital widget Orbital Widgets LLC 2/1 85000.0 space 1.0 2018-2020 space=1"
                + " space=75000",
            "name:nobody Nobody 1/0 0.0 none 0.0 2017-2017  ");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(5, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.AWARDS));
    assertEquals(3, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.CLASSIFIED));
    assertEquals(1, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.WITHOUT_TEXT));
    assertEquals(3, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.EVIDENCED));
    assertEquals(
        2, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.areaCounter("quantum")));
    assertEquals(
        75_000, PipelineMetrics.counter(result, "cet", ClassifyCetAreas.dollarsCounter("space")));
  }
}
