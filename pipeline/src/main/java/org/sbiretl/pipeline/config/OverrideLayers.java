package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the layers given outside files: environment variables and --set arguments. */
final class OverrideLayers {
  private OverrideLayers() {}

  /**
   * {@code SBIR_ETL_<KEY>} with {@code __} between section and key, e.g. {@code
   * SBIR_ETL_MATCHING__HIGH_THRESHOLD}. Secrets' own variables are left to {@link #secrets}.
   */
  static Layer fromEnvironment(Map<String, String> env, List<String> problems) {
    Layer layer = new Layer("come from this variable", OverrideLayers::envVarFor, problems);
    // Sorted so that problems are reported in a stable order.
    for (Map.Entry<String, String> entry : new TreeMap<>(env).entrySet()) {
      String name = entry.getKey();
      if (!name.startsWith(ConfigSchema.ENV_PREFIX) || isSecretVariable(name)) {
        continue;
      }
      String key =
          name.substring(ConfigSchema.ENV_PREFIX.length())
              .toLowerCase(Locale.ROOT)
              .replace("__", ".");
      layer.add(key, TextNode.valueOf(entry.getValue()), "environment variable " + name);
    }
    return layer;
  }

  /** {@code key=value} with a dotted key, e.g. {@code matching.high_threshold=0.95}. */
  static Layer fromSetArguments(List<String> sets, List<String> problems) {
    Layer layer = new Layer("be given with --set", key -> key, problems);
    for (String set : sets) {
      int equals = set.indexOf('=');
      if (equals <= 0) {
        // Only the part before any '=' is shown in case a secret was passed by mistake.
        String shown = equals < 0 ? set : "";
        problems.add("--set " + shown + ": expected key=value, e.g. --set chunk_size=5000");
        continue;
      }
      String key = set.substring(0, equals).trim();
      layer.add(key, TextNode.valueOf(set.substring(equals + 1)), "--set " + key);
    }
    return layer;
  }

  /** Secrets, each from its one environment variable; unset secrets are left out. */
  static Layer secrets(Map<String, String> env, List<String> problems) {
    Layer layer = new Layer("", key -> key, problems);
    for (ConfigKey key : ConfigSchema.KEYS) {
      String value = key.isSecret() ? env.get(key.secretEnv()) : null;
      if (value != null) {
        layer
            .settings()
            .put(
                key.path(),
                new Setting(
                    key.path(),
                    TextNode.valueOf(value),
                    "environment variable " + key.secretEnv()));
      }
    }
    return layer;
  }

  private static boolean isSecretVariable(String name) {
    return ConfigSchema.KEYS.stream().anyMatch(key -> name.equals(key.secretEnv()));
  }

  private static String envVarFor(String key) {
    ConfigKey declared = ConfigSchema.key(key);
    return declared != null
        ? declared.envVar()
        : ConfigSchema.ENV_PREFIX + key.replace(".", "__").toUpperCase(Locale.ROOT);
  }
}
