package org.sbiretl.pipeline.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Duration;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.monitoring.PushgatewayPublisher;
import org.sbiretl.pipeline.monitoring.RunMetrics;
import org.sbiretl.pipeline.monitoring.RunOutcome;
import org.sbiretl.pipeline.output.EmptyTables;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateSettings;
import org.sbiretl.pipeline.quality.RunQuality;
import org.sbiretl.pipeline.report.QualityReport;
import org.sbiretl.pipeline.report.ReportBuilder;
import org.sbiretl.pipeline.report.SpotCheckSampler;
import org.sbiretl.transforms.link.LinkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrichment job end to end: preflight, pipeline, metrics, summary, conservation. */
public final class EnrichRun {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichRun.class);

  private EnrichRun() {}

  /** What a finished run produced. */
  public record Result(
      RunCounts counts, GateReport gates, Map<String, Object> summary, Path summaryFile) {}

  public static Result run(EnrichRequest request) throws IOException {
    Instant started = Instant.now();
    String runId = RunIds.next(started);
    EtlConfig config = request.config();
    String awards = InputPreflight.absolute(request.awards());
    String recipients = InputPreflight.absolute(request.recipients());
    String output = InputPreflight.absolute(request.output());

    try {
      InputPreflight.checkAwards(awards);
      InputPreflight.checkRecipients(recipients);
      if (request.flinkMaster() != null) {
        ClusterPreflight.check(request.flinkMaster(), request.parallelism());
      }
      try (StagedOutput staged = StagedOutput.open(Path.of(output), runId)) {
        Result result = run(request, runId, started, awards, recipients, output, staged.staging());
        staged.publish();
        LOG.info("run {} published its outputs to {}", runId, output);
        push(
            config,
            RunMetrics.of("", runId, "", started, Instant.now(), result.counts().counters()),
            outcome(result.gates()));
        return result;
      }
    } catch (IOException | RuntimeException | Error e) {
      // Monitoring sees the failed run too; otherwise the gateway keeps showing the last good one.
      push(
          config,
          RunMetrics.of("", runId, "", started, Instant.now(), Map.of()),
          RunOutcome.failed(String.valueOf(e.getMessage())));
      throw e;
    }
  }

  /** Pushes the run to the configured Pushgateway, under the configured job name. */
  private static void push(EtlConfig config, RunMetrics run, RunOutcome outcome) {
    if (!config.pushgateway().enabled()) {
      return;
    }
    new PushgatewayPublisher(java.net.URI.create(config.pushgateway().url()), "enrich")
        .push(
            RunMetrics.of(
                config.pushgateway().job(),
                run.runId(),
                run.state(),
                run.startedAt(),
                run.finishedAt(),
                run.counters()),
            outcome);
  }

  /** Exit code 0 or 2 and every gate, for monitoring. */
  static RunOutcome outcome(GateReport gates) {
    return new RunOutcome(
        gates.passed() ? 0 : 2,
        null,
        gates.gates().stream()
            .map(
                g ->
                    new RunOutcome.Gate(
                        g.name(), g.value(), g.status().label(), g.severity().name()))
            .toList());
  }

  /** Runs the job and its checks into {@code written}, the staging directory of the run. */
  private static Result run(
      EnrichRequest request,
      String runId,
      Instant started,
      String awards,
      String recipients,
      String output,
      Path written)
      throws IOException {
    EtlConfig config = request.config();
    List<String> args =
        new ArrayList<>(
            request
                .runner()
                .beamArgs(request.flinkMaster(), request.parallelism(), request.modelChecks()));
    // One name per run, so a run can be found in the Flink UI and in the Pushgateway by its id.
    args.add("--jobName=sbir-etl-enrich-" + runId);
    EnrichOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(EnrichOptions.class);
    options.setAwards(awards);
    options.setRecipients(recipients);
    options.setOutput(written.toString());
    options.setChunkSize(config.chunkSize());
    options.setWriteParquet(config.output().format().writesParquet());
    options.setWriteCsv(config.output().format().writesCsv());
    FileSystems.setDefaultPipelineOptions(options);

    Pipeline p = Pipeline.create(options);
    EnrichPipeline.build(p, options, linkSettings(config));
    LOG.info(
        "run {} on {}: awards {} recipients {} → {}",
        runId,
        request.runner(),
        awards,
        recipients,
        output);
    PipelineResult result = p.run();
    PipelineResult.State state = waitForRun(result, config.timeoutSeconds());
    Instant finished = Instant.now();
    fillEmptyTables(written, config);

    RunMetrics metrics =
        RunMetrics.of(
            "sbir-etl-enrich",
            runId,
            state.toString(),
            started,
            finished,
            RunMetrics.attemptedCounters(result));
    RunCounts counts = new RunCounts(metrics.counters());
    GateSettings gateSettings = GateSettings.of(config);
    long peakMemoryMb = PeakMemory.megabytes();
    GateReport gates = RunQuality.gates(written, counts, gateSettings, peakMemoryMb);
    Map<String, Object> summary =
        RunSummary.withGates(
            RunSummary.build(
                runId,
                request,
                awards,
                recipients,
                output,
                written,
                counts,
                result,
                started,
                finished),
            gates.toJson());
    summary.put("peak_heap_mb", PeakHeap.megabytes());
    summary.put(RunSummary.PEAK_RSS_MB, peakMemoryMb);
    RunSummary.write(written, summary);
    writeReport(written, summary, gates, gateSettings);
    return new Result(counts, gates, summary, Path.of(output).resolve(RunSummary.FILE));
  }

  /** The quality report under DIR/report/; its content is rebuilt by validate-quality too. */
  private static void writeReport(
      Path output, Map<String, Object> summary, GateReport gates, GateSettings settings)
      throws IOException {
    Map<String, Object> report =
        ReportBuilder.build(
            output,
            summary,
            gates,
            settings.spotCheckSampleSize(),
            SpotCheckSampler.DEFAULT_SEED,
            null);
    Path dir = output.resolve(RunSummary.REPORT_DIR);
    QualityReport.writeHtml(report, dir.resolve(QualityReport.HTML));
    QualityReport.writeJson(report, dir.resolve(QualityReport.JSON_FILE));
    QualityReport.writeSpotCheckCsv(report, dir.resolve(QualityReport.SPOT_CHECK_CSV));
  }

  static LinkSettings linkSettings(EtlConfig config) {
    EtlConfig.Matching m = config.matching();
    return new LinkSettings(
        m.highThreshold(),
        m.lowThreshold(),
        m.ambiguityMargin(),
        m.nameConflictSimilarity(),
        m.maxBlockSize(),
        m.maxCandidatesPerAward(),
        m.estimateParameters(),
        m.recordCandidates(),
        m.linkSiblingAwards(),
        m.siblingVoucherMinProbability());
  }

  /** Waits for the run, enforcing the configured timeout; failures surface as exceptions. */
  private static PipelineResult.State waitForRun(PipelineResult result, int timeoutSeconds)
      throws IOException {
    if (timeoutSeconds <= 0) {
      return result.waitUntilFinish();
    }
    PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(timeoutSeconds));
    if (state == null || !state.isTerminal()) {
      try {
        result.cancel();
      } catch (IOException | UnsupportedOperationException e) {
        LOG.warn("could not cancel the timed-out run: {}", e.toString());
      }
      throw new RunFailedException(
          "the run did not finish within timeout_seconds=" + timeoutSeconds + " and was cancelled");
    }
    if (state != PipelineResult.State.DONE) {
      throw new RunFailedException("the run ended in state " + state);
    }
    return state;
  }

  /** Every output table exists after a run, with a header or schema even when it has no rows. */
  private static void fillEmptyTables(Path output, EtlConfig config) throws IOException {
    boolean parquet = config.output().format().writesParquet();
    boolean csv = config.output().format().writesCsv();
    for (String table : OutputTables.ALL) {
      EmptyTables.fill(
          output.resolve(table),
          table.equals(OutputTables.ERRORS)
              ? OutputTables.errorSchema()
              : OutputTables.linkedSchema(),
          parquet,
          csv);
    }
    EmptyTables.fill(
        output.resolve(EnrichPipeline.RECIPIENT_ERRORS), OutputTables.errorSchema(), parquet, csv);
  }

  /** The run itself failed (not a quality gate): exit code 1. */
  public static final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
      super(message);
    }
  }
}
