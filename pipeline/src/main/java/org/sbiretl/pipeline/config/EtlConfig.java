package org.sbiretl.pipeline.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The effective, validated configuration of one run. Immutable and {@link Serializable} because
 * DoFns capture it. Obtain it from {@link ConfigLoader}; the keys, types and defaults are described
 * in docs/configuration.md.
 */
public record EtlConfig(
    int chunkSize,
    int memoryThresholdMb,
    double matchRateThreshold,
    int timeoutSeconds,
    Matching matching,
    Quality quality,
    Output output,
    Logging logging,
    Pushgateway pushgateway,
    Benchmark benchmark,
    Database database,
    Alerts alerts,
    Security security)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The effective configuration as plain nested maps, lists, strings, numbers and booleans, keyed
   * as in the YAML files, for the run summary. Secrets are masked.
   */
  public Map<String, Object> toJsonMap() {
    return ConfigBinding.toJsonMap(this);
  }

  /** Award-to-recipient matching. */
  public record Matching(
      double highThreshold,
      double lowThreshold,
      double ambiguityMargin,
      int maxBlockSize,
      int maxCandidatesPerAward,
      double nameConflictSimilarity,
      boolean estimateParameters,
      boolean recordCandidates,
      boolean linkSiblingAwards,
      double siblingVoucherMinProbability)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Quality gate thresholds and what each gate does on failure. */
  public record Quality(
      double completenessThreshold,
      double dataQualityThreshold,
      double errorRateThreshold,
      Severities severity,
      int spotCheckSampleSize)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Severity of each quality gate. */
  public record Severities(
      Severity matchRate,
      Severity completeness,
      Severity dataQuality,
      Severity errorRate,
      Severity conservation,
      Severity memory)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Output files. */
  public record Output(OutputFormat format) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Log level, file and rotation. */
  public record Logging(
      LogLevel level, String file, int maxFileSizeMb, int maxHistoryDays, int totalSizeCapMb)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * How much worse than its baseline a benchmark may be before {@code regression} warns or fails:
   * time and memory in percent of the baseline's median, rates in percentage points.
   */
  public record Benchmark(
      double timeWarningPct,
      double timeFailurePct,
      double memoryWarningPct,
      double memoryFailurePct,
      double matchRateFailurePp,
      double precisionFailurePp)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Prometheus Pushgateway; an empty URL means metrics are not pushed. */
  public record Pushgateway(String url, String job) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean enabled() {
      return !url.isEmpty();
    }
  }

  /**
   * Optional database recipient source; an empty URL means it is not used. The password comes only
   * from the environment and is masked in {@link #toString()}.
   */
  /**
   * Where alerts go: the JSON-lines file (relative to the installation), attempts per webhook, and
   * the webhooks (comma-separated; a secret, from {@code SBIR_ETL_ALERT_WEBHOOKS} only).
   */
  public record Alerts(String file, int maxAttempts, String webhooks) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The webhook URLs, blanks dropped. */
    public java.util.List<String> webhookUrls() {
      return java.util.Arrays.stream(webhooks.split(","))
          .map(String::strip)
          .filter(u -> !u.isEmpty())
          .toList();
    }

    @Override
    public String toString() {
      return "Alerts[file="
          + file
          + ", maxAttempts="
          + maxAttempts
          + ", webhooks="
          + mask(webhooks)
          + "]";
    }
  }

  public record Database(String url, String user, String password) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean enabled() {
      return !url.isEmpty();
    }

    @Override
    public String toString() {
      return "Database[url=" + url + ", user=" + user + ", password=" + mask(password) + "]";
    }
  }

  /**
   * What sbir-etl may read and how it protects what it writes (docs/configuration.md, Security).
   *
   * @param fileMode POSIX permissions of the files enrich writes under its output and of the logs
   * @param directoryMode ... of the folders it creates for them
   * @param inputRoots absolute folders every local input must resolve under; empty: anywhere
   */
  public record Security(String fileMode, String directoryMode, List<String> inputRoots)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    public Security {
      inputRoots = List.copyOf(inputRoots);
    }
  }

  /** How a secret is shown: whether it is set, never its value. */
  static String mask(String secret) {
    return secret == null || secret.isEmpty() ? "" : "****";
  }
}
