package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.block.KeyHashes;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.record.TestAwards;
import org.sbiretl.transforms.score.PairComparator;
import org.sbiretl.transforms.score.PartyFeatures;

/** The linker's compact coders give back what they were given, nulls and empty lists included. */
class CompactCodersTest {
  private static <T> T roundTrip(Coder<T> coder, T value) throws Exception {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  private static Recipient slimRecipient() {
    Recipient r = new Recipient();
    r.id = "42";
    r.legalBusinessName = "ACME ROBOTICS, INC";
    r.uei = "ACMERB000001";
    r.alternateNames = List.of("ACME BOTS", "Ä\u00df \"quoted\"");
    r.city = "BOSTON";
    r.state = "MA";
    r.zip5 = "02118";
    r.updateDate = "2024-01-02";
    r.sourceRow = 7;
    return r;
  }

  @Test
  void awardKeysRoundTrip() throws Exception {
    AwardKeys a =
        AwardKeys.of(
            TestAwards.award(
                "a-1", "Acme Robotics (USA) Inc", null, "123456789", null, "MA", "02118"));
    AwardKeys back = roundTrip(AwardKeys.CODER, a);
    assertThat(back.awardId, is(a.awardId));
    assertThat(back.features, is(a.features));
    assertThat(List.of(back.keys), is(List.of(a.keys)));
    assertThat(back.keyHashes, is(a.keyHashes));
    assertThat(back.terms, is(a.terms));
  }

  @Test
  void recipientProbesKeepTheColumnsALinkReports() throws Exception {
    Recipient r = slimRecipient();
    PartyFeatures f = PartyFeatures.ofRecipient(r);
    RecipientProbe back =
        roundTrip(RecipientProbe.CODER, new RecipientProbe(r, f, new long[] {1, -2, 3}));
    assertThat(back.recipient, is(r));
    assertThat(back.features, is(f));
    assertThat(back.keyHashes, is(new long[] {1, -2, 3}));
  }

  @Test
  void candidateSetsRoundTripWithMissingLevels() throws Exception {
    ScoredCandidate c =
        new ScoredCandidate(
            slimRecipient(),
            new PairComparator.Result(new int[] {4, -1, 1, -1}, 0.97, 2),
            new double[] {12.5, 0, 3.25, 0},
            0.999);
    CandidateSet back = roundTrip(CandidateSet.CODER, new CandidateSet(17, 1, List.of(c)));
    assertThat(back.scored, is(17));
    assertThat(back.plausible, is(1));
    ScoredCandidate d = back.kept.get(0);
    assertThat(d.recipient(), is(c.recipient()));
    assertThat(d.comparison().levels(), is(c.comparison().levels()));
    assertThat(d.comparison().nameSimilarity(), is(0.97));
    assertThat(d.comparison().recipientNameVariant(), is(2));
    assertThat(d.weights(), is(c.weights()));
    assertThat(d.probability(), is(0.999));
  }

  @Test
  void indexesAndCountsRoundTrip() throws Exception {
    AwardKeyIndex index =
        new AwardKeyIndex(
            KeyHashes.ofUnsorted(new long[] {5, 1, 5, 9}, 4),
            KeyHashes.ofUnsorted(new long[] {2}, 1));
    AwardKeyIndex back = roundTrip(AwardKeyIndex.CODER, index);
    assertThat(back.keys.sorted(), is(new long[] {1, 5, 9}));
    assertThat(back.terms.sorted(), is(new long[] {2}));
    RecipientStatistics s = new RecipientStatistics(new int[] {0, 3, 1}, new int[] {8}, 11);
    RecipientStatistics t = roundTrip(RecipientStatistics.CODER, s);
    assertThat(t.blockSizes, is(s.blockSizes));
    assertThat(t.termCounts, is(s.termCounts));
    assertThat(t.recipients, is(11L));
  }

  @Test
  void firstPassItemsRoundTripAsProbesAndSummaries() throws Exception {
    Recipient r = slimRecipient();
    PartyFeatures f = PartyFeatures.ofRecipient(r);
    FirstPassItem hit =
        roundTrip(
            FirstPassItem.CODER,
            FirstPassItem.probe(new RecipientProbe(r, f, new long[] {9}), true));
    assertThat(hit.identifierHit(), is(true));
    assertThat(hit.probe().recipient, is(r));
    assertThat(hit.probe().features, is(f));
    assertThat(hit.counts() == null, is(true));

    RecipientStatistics counts = new RecipientStatistics(new int[] {3, 0, 1}, new int[] {2}, 40);
    FirstPassItem summary =
        roundTrip(FirstPassItem.CODER, FirstPassItem.summary(counts, List.of(r, slimRecipient())));
    assertThat(summary.probe() == null, is(true));
    assertThat(summary.counts().blockSizes, is(new int[] {3, 0, 1}));
    assertThat(summary.counts().termCounts, is(new int[] {2}));
    assertThat(summary.counts().recipients, is(40L));
    assertThat(summary.sample(), is(List.of(r, r)));
  }

  /** Blocks nest: each value inside a Beam list coder is framed on its own and read back whole. */
  @Test
  void framedRecordsNestInsideOtherCoders() throws Exception {
    Recipient r = slimRecipient();
    Recipient other = slimRecipient();
    other.legalBusinessName = "x".repeat(5_000); // beyond the block's first array
    List<Recipient> back =
        roundTrip(
            org.apache.beam.sdk.coders.ListCoder.of(
                org.sbiretl.transforms.record.RecipientCoder.of()),
            List.of(r, other, r));
    assertThat(back, is(List.of(r, other, r)));
  }
}
