package org.sbiretl.pipeline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.cet.CetGateSettings;
import org.sbiretl.pipeline.cet.CetGates;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.pipeline.enrich.RunSummary;
import org.sbiretl.pipeline.enrich.StagedOutput;
import org.sbiretl.pipeline.evaluate.Evaluator;
import org.sbiretl.pipeline.evaluate.Truth;
import org.sbiretl.pipeline.quality.GateInputs;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateSettings;
import org.sbiretl.pipeline.quality.GateTable;
import org.sbiretl.pipeline.quality.RunCounts;
import org.sbiretl.pipeline.quality.RunQuality;
import org.sbiretl.pipeline.report.QualityReport;
import org.sbiretl.pipeline.report.ReportBuilder;
import org.sbiretl.pipeline.report.SpotCheckSampler;
import org.sbiretl.pipeline.security.InputRoots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code validate-quality}: rebuilds the quality report of an existing output directory from its
 * outputs and run-summary.json, judging the gates by the configuration the run used.
 */
@Command(
    name = "validate-quality",
    mixinStandardHelpOptions = true,
    description = {
      "Re-checks the quality gates of an enrich output directory and writes the quality report",
      "(HTML, optional JSON and spot-check CSV). Exits 2 when an ERROR gate fails. The gates",
      "are judged by the configuration the run used; the configuration given here is read for",
      "security.input_roots only: the files read must be under them."
    })
public final class ValidateQualityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--enriched", required = true, description = "Output directory of enrich.")
  Path enriched;

  @Option(names = "--output", required = true, description = "HTML report to write.")
  Path output;

  @Option(names = "--json", description = "Also write the report's JSON here.")
  Path json;

  @Option(names = "--spot-check-csv", description = "Also write the spot-check sheet CSV here.")
  Path spotCheckCsv;

  @Option(
      names = "--truth",
      description = "agency_tracking_number,expected_uei CSV: adds precision and recall.")
  Path truth;

  @Option(
      names = "--show",
      defaultValue = "20",
      description = "False positives/negatives listed with --truth (default: ${DEFAULT-VALUE}).")
  int show;

  @Mixin ConfigOptions configOptions;

  @Override
  public Integer call() throws Exception {
    InputRoots roots = InputRoots.of(configOptions.load(List.of()));
    roots.check("--enriched", enriched);
    if (truth != null) {
      roots.check("--truth", truth);
    }
    StagedOutput.requireComplete(enriched);
    Map<String, Object> summary = RunSummary.read(enriched);
    GateSettings settings = GateSettings.fromConfigJson((Map<?, ?>) summary.get("config"));
    RunCounts counts = countsOf(summary);
    GateReport gates =
        CetGates.with(
            RunQuality.gates(
                enriched,
                counts,
                settings,
                summary.get(RunSummary.PEAK_RSS_MB) instanceof Number n
                    ? n.longValue()
                    : GateInputs.UNKNOWN),
            counts,
            summary.get(CetSetup.SUMMARY_KEY) instanceof Map<?, ?> cet
                ? CetGateSettings.fromJson(cet.get("gates"))
                : null);
    Map<String, Object> evaluation =
        truth == null ? null : Evaluator.evaluate(enriched, Truth.read(truth), show);
    Map<String, Object> report =
        ReportBuilder.build(
            enriched,
            summary,
            gates,
            settings.spotCheckSampleSize(),
            SpotCheckSampler.DEFAULT_SEED,
            evaluation);
    QualityReport.writeHtml(report, output);
    if (json != null) {
      QualityReport.writeJson(report, json);
    }
    if (spotCheckCsv != null) {
      QualityReport.writeSpotCheckCsv(report, spotCheckCsv);
    }
    var out = spec.commandLine().getOut();
    GateTable.print(out, gates);
    out.printf("%nReport: %s%n", output.toAbsolutePath());
    for (Path p : new Path[] {json, spotCheckCsv}) {
      if (p != null) {
        out.printf("        %s%n", p.toAbsolutePath());
      }
    }
    out.flush();
    return GateExit.code(spec.commandLine().getErr(), gates);
  }

  /** The run's counters, as recorded in run-summary.json. */
  static RunCounts countsOf(Map<String, Object> summary) {
    java.util.SortedMap<String, Long> counters = new java.util.TreeMap<>();
    Object recorded = summary.get("counters");
    if (!(recorded instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("run-summary.json has no counters section");
    }
    m.forEach((k, v) -> counters.put(String.valueOf(k), ((Number) v).longValue()));
    return new RunCounts(counters);
  }
}
