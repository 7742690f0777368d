package org.sbiretl.pipeline.monitoring;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the counters of a finished run to a Prometheus Pushgateway.
 *
 * <p>Flink's Prometheus reporter does not show Beam's counters of a batch job (they travel in one
 * accumulator and the operators are gone before a scrape), so the run pushes them itself once it
 * has finished. The group is {@code job=<jobName>, instance=<instance>} and is replaced on every
 * push (HTTP PUT), so the gateway always holds the last run; the run id is a label of {@code
 * sbir_etl_run_info} only, to keep one series per counter across runs.
 *
 * <p>Monitoring must never fail the run: a push that fails is logged as a warning and reported by
 * the return value.
 */
public final class PushgatewayPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(PushgatewayPublisher.class);

  static final String COUNTER_METRIC = "sbir_etl_counter";
  static final String TIMESTAMP_METRIC = "sbir_etl_last_run_timestamp_seconds";
  static final String DURATION_METRIC = "sbir_etl_run_duration_seconds";
  static final String INFO_METRIC = "sbir_etl_run";
  static final String EXIT_CODE_METRIC = "sbir_etl_run_exit_code";
  static final String GATE_VALUE_METRIC = "sbir_etl_gate_value";
  static final String GATE_STATUS_METRIC = "sbir_etl_gate_status";
  static final String GATE_THRESHOLD_METRIC = "sbir_etl_gate_threshold";
  static final String PEAK_RSS_METRIC = "sbir_etl_run_peak_rss_megabytes";

  private final URI url;
  private final String instance;

  /**
   * @param url the Pushgateway base URL, e.g. {@code http://localhost:9091}
   * @param instance the {@code instance} grouping key, e.g. the environment or host name
   */
  public PushgatewayPublisher(URI url, String instance) {
    this.url = Objects.requireNonNull(url, "url");
    this.instance = requireNonBlank(instance, "instance");
    if (url.getHost() == null) {
      throw new IllegalArgumentException("Pushgateway URL needs a host: " + url);
    }
  }

  /**
   * Replaces this job's group on the gateway with the run and how it ended; returns false (after a
   * WARN) if that failed. The run's state label is the outcome's ({@code DONE}, {@code
   * GATE_FAILED}, {@code FAILED}), not the runner's: a run whose gate failed finished as a job but
   * not as a run.
   */
  public boolean push(RunMetrics run, RunOutcome outcome) {
    try {
      gateway(run.jobName(), registryOf(run, outcome)).push();
      LOG.info("Pushed {} counters of run {} to {}", run.counters().size(), run.runId(), url);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not push run metrics to Pushgateway {}: {}", url, e.toString());
      return false;
    }
  }

  private PushGateway gateway(String job, PrometheusRegistry registry) {
    int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    return PushGateway.builder()
        .scheme("https".equals(url.getScheme()) ? Scheme.HTTPS : Scheme.HTTP)
        .address(url.getHost() + ":" + port)
        .job(requireNonBlank(job, "jobName"))
        .groupingKey("instance", instance)
        // Text rather than the default protobuf: readable in captures and by any gateway version.
        .format(Format.PROMETHEUS_TEXT)
        .registry(registry)
        .build();
  }

  /**
   * Writes what {@link #push} would send to {@code file} in Prometheus text format, for
   * node_exporter's textfile collector: through a temporary file and a rename, so the collector
   * never reads half a file.
   */
  public static void writeTextFile(java.nio.file.Path file, RunMetrics run, RunOutcome outcome)
      throws IOException {
    java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
      io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter.create()
          .write(out, registryOf(run, outcome).scrape());
    }
    java.nio.file.Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** A fresh registry per push: nothing leaks between runs or into the JVM-wide default. */
  static PrometheusRegistry registryOf(RunMetrics run, RunOutcome outcome) {
    PrometheusRegistry registry = new PrometheusRegistry();
    Gauge counters =
        Gauge.builder()
            .name(COUNTER_METRIC)
            .help("Value of a Beam counter at the end of the last run")
            .labelNames("name")
            .register(registry);
    for (Map.Entry<String, Long> counter : run.counters().entrySet()) {
      counters.labelValues(labelValue(counter.getKey())).set(counter.getValue());
    }
    Gauge.builder()
        .name(TIMESTAMP_METRIC)
        .help("Unix time at which the last run finished")
        .register(registry)
        .set(run.finishedAt().toEpochMilli() / 1000.0);
    Gauge.builder()
        .name(DURATION_METRIC)
        .help("Wall-clock duration of the last run")
        .register(registry)
        .set(run.duration().toMillis() / 1000.0);
    Info.builder()
        .name(INFO_METRIC)
        .help("Identity and final state of the last run")
        .labelNames("run_id", "state")
        .register(registry)
        .setLabelValues(labelValue(run.runId()), outcome.state());
    Gauge.builder()
        .name(EXIT_CODE_METRIC)
        .help("Exit code of the last run: 0 success, 1 failed, 2 a quality gate failed")
        .register(registry)
        .set(outcome.exitCode());
    Gauge values =
        Gauge.builder()
            .name(GATE_VALUE_METRIC)
            .help("Measure of each quality gate in the last run (absent when it had no data)")
            .labelNames("gate")
            .register(registry);
    Gauge thresholds =
        Gauge.builder()
            .name(GATE_THRESHOLD_METRIC)
            .help("Threshold each quality gate's measure was compared with in the last run")
            .labelNames("gate")
            .register(registry);
    if (outcome.peakRssMb() >= 0) {
      Gauge.builder()
          .name(PEAK_RSS_METRIC)
          .help("Peak resident memory of the last run's process")
          .register(registry)
          .set(outcome.peakRssMb());
    }
    Gauge statuses =
        Gauge.builder()
            .name(GATE_STATUS_METRIC)
            .help("1 for each quality gate's status (passed, failed, no data) in the last run")
            .labelNames("gate", "status", "severity")
            .register(registry);
    for (RunOutcome.Gate gate : outcome.gates()) {
      if (gate.value() != null) {
        values.labelValues(gate.name()).set(gate.value());
      }
      thresholds.labelValues(gate.name()).set(gate.threshold());
      statuses.labelValues(gate.name(), gate.status(), gate.severity()).set(1);
    }
    return registry;
  }

  /**
   * Label values may hold any UTF-8 (the text format escapes quotes and backslashes), but control
   * characters and surrounding blanks only make series hard to select, so they go.
   */
  static String labelValue(String raw) {
    String cleaned = raw.replaceAll("\\p{Cntrl}", " ").strip();
    return cleaned.isEmpty() ? "_" : cleaned;
  }

  private static String requireNonBlank(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
