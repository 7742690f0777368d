package org.sbiretl.transforms.link;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.transforms.record.LinkOutcome;
import org.sbiretl.transforms.record.Recipient;
import org.sbiretl.transforms.score.Comparison;
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
  void aMatchThroughAnAlternateNameNamesIt() {
    Recipient r = new Recipient();
    r.id = "9";
    r.legalBusinessName = "NORTHWEST WEATHER OPTICS LLC";
    r.alternateNames = List.of("SENSOR THERAPEUTICS");
    MatchModel model = MatchModel.defaults(1000, 0.8);
    ScoredCandidate viaAlternate =
        new ScoredCandidate(
            r,
            new PairComparator.Result(new int[] {4, 4, -1, -1}, 1.0, 1),
            new double[] {13.87, 9.6, 0, 0},
            0.99);
    Map<String, Object> name = nameOf(Explanations.of(viaAlternate, model));
    assertThat(name.get("matched_name"), is("SENSOR THERAPEUTICS"));
    ScoredCandidate viaLegalName =
        new ScoredCandidate(
            r,
            new PairComparator.Result(new int[] {4, 4, -1, -1}, 1.0, 0),
            new double[] {13.87, 9.6, 0, 0},
            0.99);
    assertThat(nameOf(Explanations.of(viaLegalName, model)).containsKey("matched_name"), is(false));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> nameOf(Map<String, Object> explanation) {
    return (Map<String, Object>) explanation.get(Comparison.NAME.label());
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
