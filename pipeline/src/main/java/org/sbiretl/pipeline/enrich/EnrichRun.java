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
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Duration;
import org.sbiretl.pipeline.cet.CetGates;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.config.Severity;
import org.sbiretl.pipeline.monitoring.AlertPublisher;
import org.sbiretl.pipeline.monitoring.PushgatewayPublisher;
import org.sbiretl.pipeline.monitoring.RunMetrics;
import org.sbiretl.pipeline.monitoring.RunOutcome;
import org.sbiretl.pipeline.output.EmptyTables;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.GateReport;
import org.sbiretl.pipeline.quality.GateSettings;
import org.sbiretl.pipeline.quality.GateStatus;
import org.sbiretl.pipeline.quality.RunCounts;
import org.sbiretl.pipeline.quality.RunQuality;
import org.sbiretl.pipeline.report.QualityReport;
import org.sbiretl.pipeline.report.ReportBuilder;
import org.sbiretl.pipeline.report.SpotCheckSampler;
import org.sbiretl.pipeline.security.FileModes;
import org.sbiretl.pipeline.security.InputRoots;
import org.sbiretl.transforms.cet.CetTables;
import org.sbiretl.transforms.link.LinkSettings;
import org.sbiretl.transforms.read.DatabaseSource;
import org.sbiretl.transforms.read.InvalidInputException;
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
    DatabaseSource named = database(request.recipients(), config);
    String recipients =
        named != null ? named.toString() : InputPreflight.absolute(request.recipients());
    String output = InputPreflight.absolute(request.output());

    try {
      // Before the files are opened, so that a file outside the roots is not even looked at.
      InputRoots roots = InputRoots.of(config);
      roots.check("--awards", awards);
      if (named == null) {
        roots.check("--recipients", recipients);
      }
      InputPreflight.checkAwards(awards);
      DatabaseSource database = named == null ? null : named.check();
      if (database == null) {
        InputPreflight.checkRecipients(recipients);
      }
      if (request.flinkMaster() != null) {
        ClusterPreflight.check(request.flinkMaster(), request.parallelism());
      }
      try (StagedOutput staged = StagedOutput.open(Path.of(output), runId, FileModes.of(config))) {
        Result result =
            run(request, runId, started, awards, recipients, database, output, staged.staging());
        staged.publish();
        LOG.info("run {} published its outputs to {}", runId, output);
        report(
            config,
            Path.of(output),
            RunMetrics.of("", runId, "", started, Instant.now(), result.counts().counters()),
            outcome(result.gates(), PeakMemory.megabytes()));
        return result;
      }
    } catch (IOException | RuntimeException | Error e) {
      // Monitoring sees the failed run too; otherwise it keeps showing the last good one.
      report(
          config,
          Path.of(output),
          RunMetrics.of("", runId, "", started, Instant.now(), Map.of()),
          RunOutcome.failed(String.valueOf(e.getMessage())));
      throw e;
    }
  }

  /** The run's metrics in Prometheus text format, beside its outputs. */
  public static final String METRICS_FILE = "metrics.prom";

  /**
   * Writes the run's metrics to {@code DIR/metrics.prom} (for node_exporter's textfile collector,
   * also after a failed run, whose outputs are left as they were) and pushes them to the configured
   * Pushgateway. Monitoring never fails the run: a problem is a warning.
   */
  private static void report(EtlConfig config, Path dir, RunMetrics run, RunOutcome outcome) {
    RunMetrics named =
        RunMetrics.of(
            config.pushgateway().job(),
            run.runId(),
            run.state(),
            run.startedAt(),
            run.finishedAt(),
            run.counters());
    if (java.nio.file.Files.isDirectory(dir)) {
      try {
        PushgatewayPublisher.writeTextFile(dir.resolve(METRICS_FILE), named, outcome);
        FileModes.of(config).applyToFile(dir.resolve(METRICS_FILE));
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not write {}: {}", dir.resolve(METRICS_FILE), e.toString());
      }
    }
    if (config.pushgateway().enabled()) {
      new PushgatewayPublisher(java.net.URI.create(config.pushgateway().url()), "enrich")
          .push(named, outcome);
    }
    if (!outcome.state().equals(RunOutcome.DONE)) {
      alert(config, dir, run.runId(), outcome);
    }
  }

  /** A failed run or a failed ERROR gate raises an alert (webhooks and the alerts file). */
  private static void alert(EtlConfig config, Path dir, String runId, RunOutcome outcome) {
    Map<String, Object> details = new java.util.LinkedHashMap<>();
    details.put("run_id", runId);
    details.put("exit_code", outcome.exitCode());
    details.put("output", dir.toString());
    if (outcome.failure() != null) {
      AlertPublisher.of(config)
          .publish(
              AlertPublisher.Kind.RUN_FAILED,
              "run " + runId + " failed: " + outcome.failure(),
              details);
      return;
    }
    List<RunOutcome.Gate> failed =
        outcome.gates().stream()
            .filter(
                g ->
                    g.status().equals(GateStatus.FAILED.label())
                        && g.severity().equals(Severity.ERROR.name()))
            .toList();
    details.put("failed_gates", failed);
    AlertPublisher.of(config)
        .publish(
            AlertPublisher.Kind.GATE_FAILED,
            "run "
                + runId
                + " failed its quality gate"
                + (failed.size() == 1 ? " " : "s ")
                + failed.stream()
                    .map(g -> g.name() + " (" + g.value() + " against " + g.threshold() + ")")
                    .collect(java.util.stream.Collectors.joining(", ")),
            details);
  }

  /**
   * The recipients' database when {@code --recipients} is a JDBC URL ({@code jdbc:...[#table]}), or
   * when it is absent and {@code database.url} is set; null for files. The user is {@code
   * database.user}, the password {@code SBIR_ETL_DATABASE_PASSWORD} only.
   */
  public static @Nullable DatabaseSource database(@Nullable String recipients, EtlConfig config) {
    String spec = recipients;
    if (spec == null || spec.isBlank()) {
      if (!config.database().enabled()) {
        throw new InvalidInputException(
            "no recipients: give --recipients FILE|jdbc:URL[#TABLE], or set database.url");
      }
      spec = config.database().url();
    }
    if (!DatabaseSource.isDatabase(spec)) {
      return null;
    }
    return DatabaseSource.parse(spec, config.database().user(), config.database().password());
  }

  /** Exit code 0 or 2, every gate and the peak memory, for monitoring. */
  static RunOutcome outcome(GateReport gates, long peakRssMb) {
    return new RunOutcome(
        gates.passed() ? 0 : 2,
        null,
        gates.gates().stream()
            .map(
                g ->
                    new RunOutcome.Gate(
                        g.name(),
                        g.value(),
                        g.threshold(),
                        g.status().label(),
                        g.severity().name()))
            .toList(),
        peakRssMb);
  }

  /** Runs the job and its checks into {@code written}, the staging directory of the run. */
  private static Result run(
      EnrichRequest request,
      String runId,
      Instant started,
      String awards,
      String recipients,
      @Nullable DatabaseSource database,
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
    EnrichAwards job = EnrichAwards.of(options, linkSettings(config), database);
    CetSetup cet = request.cet() != null && request.cet().enabled() ? request.cet() : null;
    if (cet != null) {
      job = job.withCetAreas(cet.taxonomy(), cet.scoring());
    }
    p.apply("EnrichAwards", job);
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
    fillEmptyTables(written, config, cet != null);

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
    GateReport gates =
        CetGates.with(
            RunQuality.gates(written, counts, gateSettings, peakMemoryMb),
            counts,
            cet == null ? null : cet.gates());
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
    if (cet != null) {
      summary.put(CetSetup.SUMMARY_KEY, cet.toJson());
    }
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
  private static void fillEmptyTables(Path output, EtlConfig config, boolean cet)
      throws IOException {
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
        output.resolve(EnrichAwards.RECIPIENT_ERRORS), OutputTables.errorSchema(), parquet, csv);
    if (cet) {
      EmptyTables.fill(
          output.resolve(CetTables.CLASSIFICATIONS), CetTables.CLASSIFICATION, parquet, csv);
      EmptyTables.fill(output.resolve(CetTables.PROFILES), CetTables.PROFILE, parquet, csv);
    }
  }

  /** The run itself failed (not a quality gate): exit code 1. */
  public static final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RunFailedException(String message) {
      super(message);
    }
  }
}
