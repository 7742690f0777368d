package org.sbiretl.pipeline.cet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sbiretl.pipeline.config.Severity;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateResult;
import org.sbiretl.pipeline.quality.GateStatus;
import org.sbiretl.pipeline.quality.RunCounts;
import org.sbiretl.transforms.cet.ClassifyCetAreas;

class CetGatesTest {
  private static final CetGateSettings SETTINGS =
      new CetGateSettings(0.5, Severity.ERROR, 0.6, Severity.WARN);

  private static RunCounts counts(long awards, long withoutText, long classified, long evidenced) {
    return new RunCounts(
        new TreeMap<>(
            Map.of(
                ClassifyCetAreas.AWARDS, awards,
                ClassifyCetAreas.WITHOUT_TEXT, withoutText,
                ClassifyCetAreas.CLASSIFIED, classified,
                ClassifyCetAreas.EVIDENCED, evidenced)));
  }

  @Test
  void coverageCountsOnlyAwardsWithTextAndEvidenceOnlyClassifiedOnes() {
    List<GateResult> g = CetGates.evaluate(counts(100, 20, 40, 30), SETTINGS);
    assertEquals(0.5, g.get(0).value());
    assertEquals(GateStatus.PASSED, g.get(0).status());
    assertEquals(0.75, g.get(1).value());
    assertEquals(GateStatus.PASSED, g.get(1).status());
  }

  @Test
  void aFailedErrorGateFailsTheRunAndAWarnGateOnlyReports() {
    GateReport report = CetGates.with(new GateReport(List.of()), counts(100, 0, 30, 10), SETTINGS);
    assertEquals(2, report.gates().size());
    assertTrue(report.gates().get(0).failsRun());
    assertEquals(GateStatus.FAILED, report.gates().get(1).status());
    assertFalse(report.gates().get(1).failsRun());
    assertFalse(report.passed());
    assertEquals(
        List.of(CetGates.COVERAGE_GATE), report.failing().stream().map(GateResult::name).toList());
  }

  @Test
  void noTextOrNoStageIsNoData() {
    List<GateResult> g = CetGates.evaluate(counts(10, 10, 0, 0), SETTINGS);
    assertEquals(GateStatus.NO_DATA, g.get(0).status());
    assertEquals(GateStatus.NO_DATA, g.get(1).status());
    GateReport core = new GateReport(List.of());
    assertEquals(core, CetGates.with(core, counts(0, 0, 0, 0), null));
  }
}
