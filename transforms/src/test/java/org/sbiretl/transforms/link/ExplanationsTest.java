package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.MatchModel;
import org.sbiretl.transforms.score.PairComparator;

/** The review candidates' JSON reads back as the contenders it names, or fails loudly. */
class ExplanationsTest {
  @Test
  void candidatesReadBackWithTheirIdentifiersAndProbability() {
    Recipient r = new Recipient();
    r.id = "7";
    r.legalBusinessName = "ACME ROBOTICS INC";
    r.uei = "ACMERB000001";
    r.duns = "123456789";
    ScoredCandidate c =
        new ScoredCandidate(
            r,
            new PairComparator.Result(new int[] {4, 4, -1, -1}, 1.0),
            new double[] {11.9, 9.6, 0, 0},
            0.9873);
    String json = Explanations.candidates(List.of(c), MatchModel.defaults(1000, 0.8));
    List<LinkOutcome> back = Explanations.candidatesOf(json);
    assertThat(back.size(), is(1));
    assertThat(back.get(0).recipientId, is("7"));
    assertThat(back.get(0).recipientUei, is("ACMERB000001"));
    assertThat(back.get(0).recipientDuns, is("123456789"));
    assertThat(back.get(0).matchProbability, is(0.9873));
  }

  @Test
  void noCandidatesAreNone() {
    assertThat(Explanations.candidatesOf(null), is(empty()));
  }

  @Test
  void textThatIsNotTheirJsonIsADefectNotAnEmptyList() {
    assertThrows(IllegalStateException.class, () -> Explanations.candidatesOf("[{\"uei\": "));
  }
}
