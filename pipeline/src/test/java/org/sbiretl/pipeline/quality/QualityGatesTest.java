package org.sbiretl.pipeline.quality;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.config.Severity;

class QualityGatesTest {
  static final GateSettings DEFAULTS =
      new GateSettings(
          0.70,
          0.95,
          0.95,
          0.05,
          Map.of(
              QualityGates.MATCH_RATE, Severity.ERROR,
              QualityGates.COMPLETENESS, Severity.ERROR,
              QualityGates.DATA_QUALITY, Severity.ERROR,
              QualityGates.ERROR_RATE, Severity.WARN,
              QualityGates.CONSERVATION, Severity.ERROR,
              QualityGates.MEMORY, Severity.WARN),
          50,
          2048);

  /** Counts whose every valid award is in exactly one output by id; peak memory unknown. */
  static GateInputs conserved(
      long read,
      long valid,
      long matched,
      long review,
      long unmatched,
      long errors,
      Completeness completeness) {
    return new GateInputs(
        read,
        valid,
        valid,
        matched,
        review,
        unmatched,
        errors,
        completeness,
        new GateInputs.ById(valid, 0, 0, 0),
        GateInputs.UNKNOWN);
  }

  static Completeness complete(long rows) {
    return new Completeness(rows, rows * Completeness.REQUIRED.size(), Map.of());
  }

  private static GateResult gate(GateReport r, String name) {
    return r.gates().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aHealthyRunPassesEveryGate() {
    GateReport r = QualityGates.evaluate(conserved(100, 98, 80, 5, 13, 2, complete(80)), DEFAULTS);
    assertThat(r.passed(), is(true));
    assertThat(gate(r, "match_rate").value(), equalTo(80.0 / 98));
    assertThat(gate(r, "data_quality").value(), equalTo(1.0));
    assertThat(gate(r, "error_rate").value(), equalTo(0.02));
    assertThat(gate(r, "conservation").status(), is(GateStatus.PASSED));
  }

  @Test
  void reviewRowsDoNotCountAsMatched() {
    GateReport r =
        QualityGates.evaluate(conserved(100, 100, 60, 30, 10, 0, complete(60)), DEFAULTS);
    assertThat(gate(r, "match_rate").status(), is(GateStatus.FAILED));
    assertThat(r.failing().stream().map(GateResult::name).toList(), contains("match_rate"));
  }

  @Test
  void aFailedWarnGateIsReportedButDoesNotFailTheRun() {
    // 10% errors: error_rate fails, and is only a warning in these settings.
    GateReport r = QualityGates.evaluate(conserved(100, 90, 80, 0, 10, 10, complete(80)), DEFAULTS);
    assertThat(gate(r, "error_rate").status(), is(GateStatus.FAILED));
    assertThat(gate(r, "error_rate").failsRun(), is(false));
    assertThat(gate(r, "data_quality").status(), is(GateStatus.PASSED));
    assertThat(r.failing(), empty());
  }

  @Test
  void flaggedFieldsFailDataQualityThoughNoRowWasRejected() {
    // 100 valid awards, 12 of them with an unreadable date, amount or identifier.
    GateReport r =
        QualityGates.evaluate(
            new GateInputs(
                100,
                100,
                88,
                90,
                0,
                10,
                0,
                complete(90),
                new GateInputs.ById(100, 0, 0, 0),
                GateInputs.UNKNOWN),
            DEFAULTS);
    GateResult g = gate(r, "data_quality");
    assertThat(g.value(), equalTo(0.88));
    assertThat(g.note(), containsString("88 of 100 valid awards had no field-level flag"));
    assertThat(gate(r, "error_rate").value(), equalTo(0.0));
    assertThat(r.failing().stream().map(GateResult::name).toList(), contains("data_quality"));
  }

  @Test
  void anOutputFromBeforeFlagsWereCountedHasNoDataQualityFigure() {
    GateReport r =
        QualityGates.evaluate(
            new GateInputs(
                10,
                10,
                -1,
                10,
                0,
                0,
                0,
                complete(10),
                new GateInputs.ById(10, 0, 0, 0),
                GateInputs.UNKNOWN),
            DEFAULTS);
    assertThat(gate(r, "data_quality").status(), is(GateStatus.NO_DATA));
    assertThat(gate(r, "data_quality").note(), containsString("not recorded"));
  }

  @Test
  void incompleteMatchedRowsFailCompletenessAndNameTheMissingField() {
    Completeness c = new Completeness(10, 40, Map.of("recipient_state", 10L));
    GateReport r = QualityGates.evaluate(conserved(10, 10, 10, 0, 0, 0, c), DEFAULTS);
    GateResult g = gate(r, "completeness");
    assertThat(g.value(), equalTo(0.8));
    assertThat(g.status(), is(GateStatus.FAILED));
    assertThat(g.note(), containsString("recipient_state 10"));
  }

  @Test
  void anEmptyInputHasNoDataButConservationHolds() {
    GateReport r = QualityGates.evaluate(conserved(0, 0, 0, 0, 0, 0, Completeness.NONE), DEFAULTS);
    for (String name : new String[] {"match_rate", "completeness", "data_quality", "error_rate"}) {
      assertThat(name, gate(r, name).status(), is(GateStatus.NO_DATA));
      assertThat(name, gate(r, name).value(), nullValue());
    }
    assertThat(gate(r, "conservation").status(), is(GateStatus.PASSED));
    assertThat(r.failing(), empty());
  }

  @Test
  void invalidRowsOnlyFailTheErrorRateAndLeaveTheRatesOfValidAwardsNotApplicable() {
    GateReport r = QualityGates.evaluate(conserved(5, 0, 0, 0, 0, 5, Completeness.NONE), DEFAULTS);
    assertThat(gate(r, "match_rate").status(), is(GateStatus.NO_DATA));
    assertThat(gate(r, "match_rate").note(), containsString("not applicable"));
    assertThat(gate(r, "data_quality").status(), is(GateStatus.NO_DATA));
    assertThat(gate(r, "error_rate").status(), is(GateStatus.FAILED));
    assertThat(gate(r, "error_rate").value(), equalTo(1.0));
  }

  @Test
  void brokenConservationFails() {
    GateReport r = QualityGates.evaluate(conserved(100, 100, 90, 0, 9, 0, complete(90)), DEFAULTS);
    assertThat(gate(r, "conservation").status(), is(GateStatus.FAILED));
    assertThat(gate(r, "conservation").note(), containsString("= 99"));
  }

  @Test
  void anAwardInTwoOutputsAndAnotherInNoneFailsConservationThoughTheSumsAgree() {
    // 100 read = 90 + 0 + 10 + 0 by count, but one award is in two outputs and one in none.
    GateReport r =
        QualityGates.evaluate(
            new GateInputs(
                100,
                100,
                100,
                90,
                0,
                10,
                0,
                complete(90),
                new GateInputs.ById(98, 1, 2, 0, List.of("a7 (repeated)", "a9 (missing)")),
                GateInputs.UNKNOWN),
            DEFAULTS);
    GateResult g = gate(r, "conservation");
    assertThat(g.status(), is(GateStatus.FAILED));
    assertThat(g.note(), containsString("= 100; by id: 98 of 100 valid awards once, 1 missing"));
    // The ids are named, and where the rest are.
    assertThat(
        g.note(),
        containsString(
            "first: a7 (repeated), a9 (missing) (all in _diagnostics/conservation-violations.csv)"));
  }

  @Test
  void theViolationRowsTheRunWroteNameTheFirstIds(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    assertThat(RunQuality.violations(dir), is(List.of()));
    Path file =
        java.nio.file.Files.createDirectories(dir.resolve("_diagnostics"))
            .resolve("conservation-violations.csv");
    StringBuilder rows = new StringBuilder(CheckEachAwardOnce.HEADER + "\n");
    for (int i = 1; i <= 7; i++) {
      rows.append("\"a,").append(i).append("\",repeated,1,2\n");
    }
    java.nio.file.Files.writeString(file, rows);
    assertThat(
        RunQuality.violations(dir),
        is(
            List.of(
                "a,1 (repeated)",
                "a,2 (repeated)",
                "a,3 (repeated)",
                "a,4 (repeated)",
                "a,5 (repeated)")));
  }

  @Test
  void anOutputRowOfAnAwardNeverReadFailsConservation() {
    GateReport r =
        QualityGates.evaluate(
            new GateInputs(
                10,
                10,
                10,
                10,
                0,
                0,
                0,
                complete(10),
                new GateInputs.ById(10, 0, 0, 1),
                GateInputs.UNKNOWN),
            DEFAULTS);
    assertThat(gate(r, "conservation").status(), is(GateStatus.FAILED));
  }

  /** Ten awards, all matched and conserved, in a process that peaked at {@code mb}. */
  private static GateInputs tenAwardsPeakingAt(long mb) {
    return new GateInputs(
        10, 10, 10, 10, 0, 0, 0, complete(10), new GateInputs.ById(10, 0, 0, 0), mb);
  }

  @Test
  void theMemoryGateComparesThePeakWithTheThreshold() {
    GateReport under = QualityGates.evaluate(tenAwardsPeakingAt(1742), DEFAULTS);
    assertThat(gate(under, "memory").status(), is(GateStatus.PASSED));
    assertThat(gate(under, "memory").value(), equalTo(1742.0));
    GateReport over = QualityGates.evaluate(tenAwardsPeakingAt(2500), DEFAULTS);
    GateResult g = gate(over, "memory");
    assertThat(g.status(), is(GateStatus.FAILED));
    assertThat(g.note(), containsString("2,500 MB (limit 2,048 MB)"));
    // WARN by default: reported, the run does not fail for it.
    assertThat(g.failsRun(), is(false));
    assertThat(over.failing(), empty());
  }

  @Test
  void anUnknownPeakOrAThresholdOfZeroIsNotChecked() {
    GateReport unknown = QualityGates.evaluate(tenAwardsPeakingAt(GateInputs.UNKNOWN), DEFAULTS);
    assertThat(gate(unknown, "memory").status(), is(GateStatus.NO_DATA));
    GateSettings off =
        new GateSettings(
            DEFAULTS.matchRateThreshold(),
            DEFAULTS.completenessThreshold(),
            DEFAULTS.dataQualityThreshold(),
            DEFAULTS.errorRateThreshold(),
            DEFAULTS.severities(),
            DEFAULTS.spotCheckSampleSize(),
            0);
    GateResult g = gate(QualityGates.evaluate(tenAwardsPeakingAt(99_999), off), "memory");
    assertThat(g.status(), is(GateStatus.NO_DATA));
    assertThat(g.note(), containsString("not checked"));
  }

  @Test
  void gatesRoundTripThroughTheSummaryJson() {
    GateReport r = QualityGates.evaluate(conserved(0, 0, 0, 0, 0, 0, Completeness.NONE), DEFAULTS);
    GateReport back = GateReport.fromJson(r.toJson());
    assertThat(back.gates().get(0).status(), is(GateStatus.NO_DATA));
    assertThat(back.gates().get(0).severity(), is(Severity.ERROR));
    assertThat(r.toJson().get(0).get("passed"), nullValue());
  }

  @Test
  void settingsAreReadFromTheRecordedConfiguration() {
    Map<String, Object> config =
        Map.of(
            "match_rate_threshold",
            0.99,
            "quality",
            Map.of(
                "completeness_threshold",
                0.9,
                "data_quality_threshold",
                0.8,
                "error_rate_threshold",
                0.1,
                "spot_check_sample_size",
                5,
                "severity",
                Map.of(
                    "match_rate", "WARN",
                    "completeness", "ERROR",
                    "data_quality", "ERROR",
                    "error_rate", "ERROR",
                    "conservation", "ERROR")));
    GateSettings s = GateSettings.fromConfigJson(config);
    assertThat(s.matchRateThreshold(), equalTo(0.99));
    assertThat(s.severity("match_rate"), is(Severity.WARN));
    assertThat(s.spotCheckSampleSize(), is(5));
  }
}
