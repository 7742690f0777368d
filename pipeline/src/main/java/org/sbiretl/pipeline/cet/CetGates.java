package org.sbiretl.pipeline.cet;

import java.util.ArrayList;
import java.util.List;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateResult;
import org.sbiretl.pipeline.quality.QualityGates;
import org.sbiretl.pipeline.quality.RunCounts;
import org.sbiretl.transforms.cet.ClassifyCetAreas;

/**
 * The two CET gates, from the stage's counters: {@value #COVERAGE} (awards given an area among
 * those with a title or abstract) and {@value #EVIDENCE_COVERAGE} (classified awards whose primary
 * area rests on at least {@code min_evidence_phrases} distinct phrases).
 */
public final class CetGates {
  public static final String COVERAGE = "coverage";
  public static final String EVIDENCE_COVERAGE = "evidence_coverage";

  /** The gates' names in the run's gate list. */
  public static final String COVERAGE_GATE = "cet_coverage";

  public static final String EVIDENCE_GATE = "cet_evidence_coverage";

  private CetGates() {}

  /** {@code core} followed by the CET gates; {@code core} alone when the run had no CET stage. */
  public static GateReport with(GateReport core, RunCounts counts, CetGateSettings settings) {
    if (settings == null) {
      return core;
    }
    List<GateResult> all = new ArrayList<>(core.gates());
    all.addAll(evaluate(counts, settings));
    return new GateReport(all);
  }

  public static List<GateResult> evaluate(RunCounts counts, CetGateSettings s) {
    long withText = counts.get(ClassifyCetAreas.AWARDS) - counts.get(ClassifyCetAreas.WITHOUT_TEXT);
    long classified = counts.get(ClassifyCetAreas.CLASSIFIED);
    return List.of(
        QualityGates.rate(
            COVERAGE_GATE,
            classified,
            withText,
            QualityGates.AT_LEAST,
            s.coverageThreshold(),
            s.coverageSeverity(),
            "%,d of %,d awards with a title or abstract given a CET area",
            "no award with a title or abstract"),
        QualityGates.rate(
            EVIDENCE_GATE,
            counts.get(ClassifyCetAreas.EVIDENCED),
            classified,
            QualityGates.AT_LEAST,
            s.evidenceThreshold(),
            s.evidenceSeverity(),
            "%,d of %,d classified awards with min_evidence_phrases or more distinct phrases of their area",
            "no classified award"));
  }
}
