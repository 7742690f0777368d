package org.sbiretl.pipeline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.config.EtlConfig;
import picocli.CommandLine.Option;

/** The configuration options every command that reads the configuration takes, and the loading. */
final class ConfigOptions {
  @Option(names = "--config", description = "A YAML file overlaid on the configuration.")
  Path configFile;

  @Option(names = "--config-dir", description = "Directory with base.yaml and the profiles.")
  Path configDir;

  @Option(names = "--profile", description = "dev, prod or large.")
  String profile;

  @Option(
      names = "--set",
      description =
          "key=value configuration override, repeatable (e.g. matching.high_threshold=0.95).")
  List<String> sets = new ArrayList<>();

  /** The configuration with these options, the environment, and {@code extra} overrides last. */
  EtlConfig load(List<String> extra) {
    List<String> overrides = new ArrayList<>(sets);
    overrides.addAll(extra);
    return ConfigLoader.load(configDir, configFile, profile, System.getenv(), overrides);
  }
}
