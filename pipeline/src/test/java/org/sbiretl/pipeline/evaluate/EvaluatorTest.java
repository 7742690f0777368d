package org.sbiretl.pipeline.evaluate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.output.OutputDirs;

/**
 * A hand-made case: six truth awards with a recipient (T1-T4, T6, T7) and one without (T5). T1 and
 * T3 are matched correctly, T2 is matched to the wrong recipient, T4 is in review with the right
 * best candidate, T6 has no candidate and T7 never reached a link output. So precision is 2/3 and
 * recall 2/6.
 */
class EvaluatorTest {
  @TempDir Path dir;
  private Truth truth;

  @BeforeEach
  void outputs() throws IOException {
    List<String> cols = OutputDirs.LINK_COLUMNS;
    OutputDirs.table(
        dir,
        "matched",
        cols,
        List.of(
            OutputDirs.linked(
                "a1",
                "Acme",
                "DOD",
                "I",
                "T1",
                "2020",
                "1",
                "AAAAAAAAAAAA",
                "",
                "",
                "uei-exact",
                "",
                "1.0",
                "AAAAAAAAAAAA",
                "ACME"),
            OutputDirs.linked(
                "a2",
                "Beta",
                "DOD",
                "I",
                "T2",
                "2020",
                "1",
                "",
                "987654321",
                "",
                "duns-exact",
                "",
                "0.4",
                "BBBBBBBBBBBB",
                "BETA"),
            OutputDirs.linked(
                "a3",
                "Gamma",
                "DOD",
                "I",
                "T3",
                "2020",
                "1",
                "",
                "",
                "",
                "name-probabilistic",
                "",
                "0.93",
                "CCCCCCCCCCCC",
                "GAMMA")));
    OutputDirs.table(
        dir,
        "review",
        cols,
        List.of(
            OutputDirs.linked(
                "a4",
                "Delta",
                "DOD",
                "I",
                "T4",
                "2020",
                "1",
                "",
                "",
                "",
                "",
                "between-thresholds",
                "0.72",
                "DDDDDDDDDDDD",
                "DELTA")));
    OutputDirs.table(
        dir,
        "unmatched",
        cols,
        List.of(
            OutputDirs.linked(
                "a5",
                "Eps",
                "DOD",
                "I",
                "T5",
                "2020",
                "1",
                "",
                "",
                "",
                "",
                "below-threshold",
                "0.02",
                "EEEEEEEEEEEE",
                "EPS"),
            OutputDirs.linked(
                "a6",
                "Zeta",
                "DOD",
                "I",
                "T6",
                "2020",
                "1",
                "",
                "",
                "",
                "",
                "no-candidate",
                "",
                "",
                "")));
    Path truthFile = dir.resolve("truth.csv");
    Files.writeString(
        truthFile,
        "agency_tracking_number,expected_uei\nT1,AAAAAAAAAAAA\nT2,XXXXXXXXXXXX\nT3,CCCCCCCCCCCC\n"
            + "T4,DDDDDDDDDDDD\nT5,\nT6,FFFFFFFFFFFF\nT7,GGGGGGGGGGGG\n");
    truth = Truth.read(truthFile);
  }

  private static Map<?, ?> byKey(Object rows, String key, Object value) {
    for (Object r : (List<?>) rows) {
      if (value.equals(((Map<?, ?>) r).get(key))) {
        return (Map<?, ?>) r;
      }
    }
    throw new AssertionError("no " + key + "=" + value);
  }

  @Test
  void precisionRecallAndF1() throws IOException {
    Map<String, Object> e = Evaluator.evaluate(dir, truth, 10);
    Map<?, ?> all = (Map<?, ?>) e.get("overall");
    assertThat(all.get("true_positives"), equalTo(2L));
    assertThat(all.get("false_positives"), equalTo(1L));
    assertThat(all.get("false_negatives"), equalTo(4L));
    assertThat((Double) all.get("precision"), closeTo(2.0 / 3, 1e-4));
    assertThat((Double) all.get("recall"), closeTo(1.0 / 3, 1e-4));
    assertThat((Double) all.get("f1"), closeTo(4.0 / 9, 1e-4));
    assertThat(e.get("truth_awards_with_recipient"), equalTo(6L));
    assertThat(e.get("truth_awards_not_in_link_outputs"), equalTo(1L));
    Map<?, ?> duns = byKey(e.get("by_method"), "method", "duns-exact");
    assertThat(duns.get("precision"), equalTo(0.0));
    Map<?, ?> uei = byKey(e.get("by_method"), "method", "uei-exact");
    assertThat((Double) uei.get("recall"), closeTo(1.0 / 6, 1e-4));
  }

  @Test
  void reviewAndUnmatchedAreSplitByWhetherATrueRecipientExists() throws IOException {
    Map<String, Object> e = Evaluator.evaluate(dir, truth, 10);
    Map<?, ?> unmatched = byKey(e.get("by_outcome"), "outcome", "unmatched");
    assertThat(unmatched.get("with_true_recipient"), equalTo(1L));
    assertThat(unmatched.get("without_true_recipient"), equalTo(1L));
    assertThat(
        byKey(e.get("by_outcome"), "outcome", "review").get("with_true_recipient"), equalTo(1L));
  }

  @Test
  void thresholdTableMovesOnlyTheNonIdentifierDecisions() throws IOException {
    Map<String, Object> e = Evaluator.evaluate(dir, truth, 10);
    Map<?, ?> at70 = byKey(e.get("thresholds"), "threshold", 0.70);
    assertThat(at70.get("predicted"), equalTo(4L)); // T1, T2 (identifiers), T3 0.93, T4 0.72
    assertThat(at70.get("true_positives"), equalTo(3L));
    assertThat(at70.get("precision"), equalTo(0.75));
    assertThat(at70.get("recall"), equalTo(0.5));
    Map<?, ?> at95 = byKey(e.get("thresholds"), "threshold", 0.95);
    assertThat(at95.get("predicted"), equalTo(2L)); // the duns-exact 0.4 still counts
    assertThat(at95.get("true_positives"), equalTo(1L));
  }

  @Test
  void listsFalsePositivesAndNegativesInTrackingNumberOrder() throws IOException {
    Map<String, Object> e = Evaluator.evaluate(dir, truth, 2);
    List<?> fp = (List<?>) e.get("false_positives");
    assertThat(fp.size(), is(1));
    assertThat(((Map<?, ?>) fp.get(0)).get("agency_tracking_number"), equalTo("T2"));
    List<?> fn = (List<?>) e.get("false_negatives");
    assertThat(fn.size(), is(2));
    assertThat(((Map<?, ?>) fn.get(1)).get("agency_tracking_number"), equalTo("T4"));
    assertThat(((Map<?, ?>) fn.get(1)).get("explanation").toString(), containsString("p=0.7200"));
  }

  @Test
  void blockingCompletenessIsNotRecordedUnlessCandidatesWere() throws IOException {
    Map<?, ?> b = (Map<?, ?>) Evaluator.evaluate(dir, truth, 10).get("blocking");
    assertThat(b.get("status"), equalTo("not recorded"));
    assertThat(b.get("pair_completeness"), nullValue());

    OutputDirs.table(
        dir.resolve("_diagnostics"),
        "candidates",
        List.of("award_id", "recipient_uei"),
        List.of(
            List.of("a1", "AAAAAAAAAAAA"),
            List.of("a2", "XXXXXXXXXXXX"),
            List.of("a3", "ZZZZZZZZZZZZ")));
    b = (Map<?, ?>) Evaluator.evaluate(dir, truth, 10).get("blocking");
    assertThat(b.get("awards_with_true_candidate"), equalTo(2));
    assertThat((Double) b.get("pair_completeness"), closeTo(2.0 / 6, 1e-4));
  }

  @Test
  void aTruthFileWithoutTheColumnsIsRejectedClearly() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "atn,uei\nT1,A\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Truth.read(bad));
    assertThat(e.getMessage(), containsString("agency_tracking_number,expected_uei"));
  }
}
