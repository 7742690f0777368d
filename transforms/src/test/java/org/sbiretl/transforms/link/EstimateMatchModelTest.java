package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.Award;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.RecipientCoder;
import org.sbiretl.transforms.record.RecordCoders;
import org.sbiretl.transforms.record.TestAwards;
import org.sbiretl.transforms.score.Comparison;
import org.sbiretl.transforms.score.MatchModel;

/**
 * {@link EstimateMatchModel} on the Direct runner, fed by the stages that feed it in {@link
 * LinkAwards}: m from the pairs an identifier links, u from random pairs, or the defaults.
 */
class EstimateMatchModelTest {
  private static final int FIRMS = 60;

  /** Sixty firms, each an award and a recipient sharing UEI, name and ZIP. */
  private static PCollection<MatchModel> estimate(boolean estimate) {
    TestPipeline p = TestPipeline.create().enableAbandonedNodeEnforcement(false);
    List<Award> awards = new ArrayList<>();
    List<Recipient> recipients = new ArrayList<>();
    for (int i = 0; i < FIRMS; i++) {
      String uei = String.format("FIRM%08d", i);
      String name = "Firm " + (char) ('A' + i % 26) + (char) ('A' + i / 26) + " Dynamics";
      String zip = String.format("%05d", 10000 + i * 97);
      awards.add(TestAwards.award("a" + i, name, uei, null, "Springfield", "IL", zip));
      Recipient r = new Recipient();
      r.id = String.valueOf(i);
      r.legalBusinessName = name.toUpperCase() + " INC";
      r.uei = uei;
      r.city = "SPRINGFIELD";
      r.state = "IL";
      r.zip5 = zip;
      r.sourceRow = i + 1;
      recipients.add(r);
    }
    PCollection<AwardKeys> keys =
        p.apply("Awards", Create.of(awards).withCoder(RecordCoders.of(Award.class)))
            .apply("Describe", ParDo.of(new LinkAwards.DescribeAwardFn()))
            .setCoder(AwardKeys.CODER);
    PCollectionView<AwardKeyIndex> index =
        keys.apply("Index", Combine.globally(new AwardKeyIndex.IndexFn()).asSingletonView());
    PCollectionTuple counted =
        p.apply("Recipients", Create.of(recipients).withCoder(RecipientCoder.of()))
            .apply("Count", new CountRecipientKeys(index));
    PCollectionView<RecipientStatistics> statistics =
        counted
            .get(CountRecipientKeys.STATISTICS)
            .setCoder(RecipientStatistics.CODER)
            .apply("StatisticsView", View.asSingleton());
    PCollection<MatchModel> model =
        PCollectionTuple.of(EstimateMatchModel.AWARD_KEYS, keys)
            .and(
                EstimateMatchModel.IDENTIFIER_HITS, counted.get(CountRecipientKeys.IDENTIFIER_HITS))
            .and(EstimateMatchModel.RECIPIENT_SAMPLE, counted.get(CountRecipientKeys.SAMPLE))
            .apply(new EstimateMatchModel(index, statistics, estimate));
    return model;
  }

  @Test
  void identifierLinkedPairsGiveMAndRandomPairsGiveU() {
    PCollection<MatchModel> model = estimate(true);
    PAssert.thatSingleton(model)
        .satisfies(
            m -> {
              assertThat(m.source(), startsWith("estimated ("));
              assertThat(m.source(), containsString("m:name"));
              assertThat(m.source(), containsString("m:location"));
              // Every award's UEI found its recipient.
              assertThat(m.prior(), closeTo(0.999 / FIRMS, 1e-9));
              // All sixty linked pairs agree exactly on name and ZIP: m says so.
              assertThat(m.m(Comparison.NAME, 4), greaterThan(0.9));
              assertThat(m.m(Comparison.LOCATION, 4), greaterThan(0.9));
              assertThat(m.recipients(), is((long) FIRMS));
              return null;
            });
    model.getPipeline().run().waitUntilFinish();
  }

  @Test
  void withoutEstimationTheDefaultsAreUsed() {
    PCollection<MatchModel> model = estimate(false);
    PAssert.thatSingleton(model)
        .satisfies(
            m -> {
              assertThat(m.source(), startsWith("defaults"));
              assertThat(
                  m.m(Comparison.NAME, 4),
                  is(MatchModel.defaults(FIRMS, 0.5).m(Comparison.NAME, 4)));
              return null;
            });
    model.getPipeline().run().waitUntilFinish();
  }
}
