package org.sbiretl.pipeline.config;

import java.util.Locale;

/**
 * Declaration of one configuration key.
 *
 * @param path dotted key, e.g. {@code matching.high_threshold}; sections are the prefixes
 * @param type the value's type and allowed range
 * @param secretEnv for a secret, the only environment variable it may come from; else null
 */
record ConfigKey(String path, ValueType type, String secretEnv) {

  static ConfigKey of(String path, ValueType type) {
    return new ConfigKey(path, type, null);
  }

  /** A secret: never read from files or --set, never printed; defaults to "". */
  static ConfigKey secret(String path, String envVar) {
    return new ConfigKey(path, ValueType.text(true), envVar);
  }

  boolean isSecret() {
    return secretEnv != null;
  }

  /** The environment variable that overrides this key, e.g. SBIR_ETL_MATCHING__HIGH_THRESHOLD. */
  String envVar() {
    return isSecret()
        ? secretEnv
        : ConfigSchema.ENV_PREFIX + path.replace(".", "__").toUpperCase(Locale.ROOT);
  }
}
