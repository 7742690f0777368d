package org.sbiretl.pipeline.config;

import static org.sbiretl.pipeline.config.ValueType.absolutePaths;
import static org.sbiretl.pipeline.config.ValueType.bool;
import static org.sbiretl.pipeline.config.ValueType.choice;
import static org.sbiretl.pipeline.config.ValueType.integer;
import static org.sbiretl.pipeline.config.ValueType.number;
import static org.sbiretl.pipeline.config.ValueType.optionalUrl;
import static org.sbiretl.pipeline.config.ValueType.permissions;
import static org.sbiretl.pipeline.config.ValueType.probability;
import static org.sbiretl.pipeline.config.ValueType.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every configuration key with its type and range, in one place. Defaults live in {@code
 * config/base.yaml}, which must define every key declared here except secrets (a test holds the two
 * in step). To add a key: declare it here, give it a default in base.yaml, add the component to
 * {@link EtlConfig} and describe it in docs/configuration.md.
 */
final class ConfigSchema {
  static final String ENV_PREFIX = "SBIR_ETL_";

  private static final String[] SEVERITIES = {"ERROR", "WARN"};

  static final List<ConfigKey> KEYS =
      List.of(
          ConfigKey.of("chunk_size", integer(1)),
          ConfigKey.of("memory_threshold_mb", integer(0)),
          ConfigKey.of("match_rate_threshold", probability()),
          ConfigKey.of("timeout_seconds", integer(0)),
          ConfigKey.of("matching.high_threshold", probability()),
          ConfigKey.of("matching.low_threshold", probability()),
          ConfigKey.of("matching.ambiguity_margin", probability()),
          ConfigKey.of("matching.max_block_size", integer(1)),
          ConfigKey.of("matching.max_candidates_per_award", integer(1)),
          ConfigKey.of("matching.name_conflict_similarity", probability()),
          ConfigKey.of("matching.estimate_parameters", bool()),
          ConfigKey.of("matching.record_candidates", bool()),
          ConfigKey.of("matching.link_sibling_awards", bool()),
          ConfigKey.of("matching.sibling_voucher_min_probability", probability()),
          ConfigKey.of("quality.completeness_threshold", probability()),
          ConfigKey.of("quality.data_quality_threshold", probability()),
          ConfigKey.of("quality.error_rate_threshold", probability()),
          ConfigKey.of("quality.severity.match_rate", choice(SEVERITIES)),
          ConfigKey.of("quality.severity.completeness", choice(SEVERITIES)),
          ConfigKey.of("quality.severity.data_quality", choice(SEVERITIES)),
          ConfigKey.of("quality.severity.error_rate", choice(SEVERITIES)),
          ConfigKey.of("quality.severity.conservation", choice(SEVERITIES)),
          ConfigKey.of("quality.severity.memory", choice(SEVERITIES)),
          ConfigKey.of("quality.spot_check_sample_size", integer(0)),
          ConfigKey.of("output.format", choice("parquet", "csv", "both")),
          ConfigKey.of("logging.level", choice("TRACE", "DEBUG", "INFO", "WARN", "ERROR")),
          ConfigKey.of("logging.file", text(false)),
          ConfigKey.of("logging.max_file_size_mb", integer(1)),
          ConfigKey.of("logging.max_history_days", integer(0)),
          ConfigKey.of("logging.total_size_cap_mb", integer(1)),
          ConfigKey.of("pushgateway.url", optionalUrl("http", "https")),
          ConfigKey.of("pushgateway.job", text(false)),
          ConfigKey.of("benchmark.time_warning_pct", number(0, Double.MAX_VALUE)),
          ConfigKey.of("benchmark.time_failure_pct", number(0, Double.MAX_VALUE)),
          ConfigKey.of("benchmark.memory_warning_pct", number(0, Double.MAX_VALUE)),
          ConfigKey.of("benchmark.memory_failure_pct", number(0, Double.MAX_VALUE)),
          ConfigKey.of("benchmark.match_rate_failure_pp", number(0, 100)),
          ConfigKey.of("benchmark.precision_failure_pp", number(0, 100)),
          ConfigKey.of("database.url", optionalUrl("jdbc")),
          ConfigKey.of("database.user", text(true)),
          ConfigKey.secret("database.password", "SBIR_ETL_DATABASE_PASSWORD"),
          ConfigKey.of("alerts.file", text(false)),
          ConfigKey.of("alerts.max_attempts", integer(1)),
          ConfigKey.secret("alerts.webhooks", "SBIR_ETL_ALERT_WEBHOOKS"),
          ConfigKey.of(
              "security.file_mode", permissions("rw", "sbir-etl rewrites the files it wrote")),
          ConfigKey.of(
              "security.directory_mode",
              permissions("rwx", "sbir-etl creates, moves and deletes inside its folders")),
          ConfigKey.of("security.input_roots", absolutePaths()));

  /**
   * Rules between keys. Each takes the canonical values of the keys that are valid on their own and
   * returns a problem, or null; a rule whose keys are not all valid says nothing.
   */
  static final List<Function<Map<String, Setting>, String>> CROSS_CHECKS =
      List.of(
          values -> notAbove(values, "matching.low_threshold", "matching.high_threshold"),
          values -> notAbove(values, "logging.max_file_size_mb", "logging.total_size_cap_mb"),
          values -> notAbove(values, "benchmark.time_warning_pct", "benchmark.time_failure_pct"),
          values ->
              notAbove(values, "benchmark.memory_warning_pct", "benchmark.memory_failure_pct"));

  private static final Map<String, ConfigKey> BY_PATH = index();
  private static final Set<String> SECTIONS = sections();

  private ConfigSchema() {}

  static ConfigKey key(String path) {
    return BY_PATH.get(path);
  }

  static boolean isSection(String path) {
    return SECTIONS.contains(path);
  }

  static List<String> paths() {
    return new ArrayList<>(BY_PATH.keySet());
  }

  private static String notAbove(Map<String, Setting> values, String lowKey, String highKey) {
    Setting low = values.get(lowKey);
    Setting high = values.get(highKey);
    if (low == null || high == null || low.value().asDouble() <= high.value().asDouble()) {
      return null;
    }
    return String.format(
        "%s (%s, from %s) must not exceed %s (%s, from %s)",
        lowKey, low.value().asText(), low.source(), highKey, high.value().asText(), high.source());
  }

  private static Map<String, ConfigKey> index() {
    Map<String, ConfigKey> byPath = new LinkedHashMap<>();
    for (ConfigKey key : KEYS) {
      byPath.put(key.path(), key);
    }
    return byPath;
  }

  private static Set<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    for (ConfigKey key : KEYS) {
      String path = key.path();
      for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
        sections.add(path.substring(0, dot));
      }
    }
    return sections;
  }
}
