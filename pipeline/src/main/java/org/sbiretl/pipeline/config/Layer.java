package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The settings one source (a file, the environment or the --set arguments) contributes, keyed by
 * dotted key. Layers are applied in precedence order, so merging them is a deep merge of the YAML
 * sections. Unknown keys and misplaced secrets are reported here, where the source is known.
 */
final class Layer {
  private final String secretRule;
  private final UnaryOperator<String> spelling;
  private final List<String> problems;
  private final Map<String, Setting> settings = new LinkedHashMap<>();
  private boolean failed;

  /**
   * @param secretRule completes "KEY must not ..." for a secret found in this layer
   * @param spelling how a dotted key is written in this layer, for suggestions
   * @param problems where problems are reported
   */
  Layer(String secretRule, UnaryOperator<String> spelling, List<String> problems) {
    this.secretRule = secretRule;
    this.spelling = spelling;
    this.problems = problems;
  }

  static Layer forFile(List<String> problems) {
    return new Layer("be set in a config file", key -> key, problems);
  }

  /** Adds a value for a key, or reports why it is not accepted. */
  void add(String key, JsonNode value, String source) {
    ConfigKey declared = ConfigSchema.key(key);
    if (declared == null) {
      String problem =
          ConfigSchema.isSection(key)
              ? "'" + key + "' is a section; set its keys instead"
              : "unknown key '" + key + "'" + hint(key);
      problem(source, problem);
    } else if (declared.isSecret()) {
      // The value is deliberately left out of the message.
      problem(
          source,
          key
              + " must not "
              + secretRule
              + "; set the environment variable "
              + declared.secretEnv()
              + " instead");
    } else {
      settings.put(key, new Setting(key, value, source));
    }
  }

  void problem(String source, String problem) {
    problems.add(source + ": " + problem);
  }

  /** Marks the layer unusable (e.g. a file that does not parse); its settings are dropped. */
  void fail(String problem) {
    problems.add(problem);
    failed = true;
    settings.clear();
  }

  boolean failed() {
    return failed;
  }

  Map<String, Setting> settings() {
    return settings;
  }

  private String hint(String key) {
    String suggestion = KeySuggester.suggest(key, ConfigSchema.paths());
    return suggestion == null ? "" : " (did you mean '" + spelling.apply(suggestion) + "'?)";
  }
}
