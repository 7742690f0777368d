package org.sbiretl.pipeline.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads and validates the configuration. Later sources override earlier ones, key by key:
 *
 * <ol>
 *   <li>{@code base.yaml} (every key's default)
 *   <li>the profile's overlay, e.g. {@code dev.yaml}
 *   <li>an explicit {@code --config FILE}
 *   <li>environment variables {@code SBIR_ETL_<KEY>}, {@code __} between section and key
 *   <li>{@code --set key=value} arguments, dotted keys
 * </ol>
 *
 * <p>{@code base.yaml} and the profiles come from the given config directory, else the {@link
 * Installation}'s {@code config/} when it holds a {@code base.yaml}, else the copy packaged in the
 * jar; never from the working directory. Every problem found is reported together in one {@link
 * ConfigException}.
 */
public final class ConfigLoader {
  /** Profiles that have an overlay file {@code <profile>.yaml} next to {@code base.yaml}. */
  public static final List<String> PROFILES = List.of("dev", "prod", "large");

  /** Searched when no config directory is given; relative to the working directory. */
  public static final Path DEFAULT_CONFIG_DIR = Path.of("config");

  private static final String BASE = "base.yaml";

  private ConfigLoader() {}

  /**
   * Loads the configuration from a config directory or an explicit file.
   *
   * @param configDirOrFile a directory holding {@code base.yaml} and the profiles; or a file used
   *     as the {@code --config} overlay over the default base; or null for the defaults
   * @param profile {@code dev}, {@code prod}, or null/blank for none
   * @param env the environment, normally {@link System#getenv()}
   * @param sets {@code key=value} strings from {@code --set}, in the order given
   * @throws ConfigException listing every problem found
   */
  public static EtlConfig load(
      Path configDirOrFile, String profile, Map<String, String> env, List<String> sets) {
    if (configDirOrFile != null && !Files.isDirectory(configDirOrFile)) {
      return load(null, configDirOrFile, profile, env, sets);
    }
    return load(configDirOrFile, null, profile, env, sets);
  }

  /**
   * Loads the configuration.
   *
   * @param configDir directory holding {@code base.yaml} and the profiles, or null to search {@link
   *     #DEFAULT_CONFIG_DIR} of the {@link Installation} and then the classpath
   * @param configFile the {@code --config} overlay, or null
   * @param profile {@code dev}, {@code prod}, or null/blank for none
   * @param env the environment, normally {@link System#getenv()}
   * @param sets {@code key=value} strings from {@code --set}, in the order given
   * @throws ConfigException listing every problem found
   */
  public static EtlConfig load(
      Path configDir, Path configFile, String profile, Map<String, String> env, List<String> sets) {
    List<String> problems = new ArrayList<>();
    ConfigDirectory dir = ConfigDirectory.resolve(configDir, problems);
    List<Layer> layers = new ArrayList<>();

    Layer base = dir == null ? null : dir.read(BASE, problems);
    if (base != null) {
      layers.add(base);
    }
    String profileName = profile == null ? "" : profile.trim().toLowerCase(Locale.ROOT);
    if (!profileName.isEmpty()) {
      if (!PROFILES.contains(profileName)) {
        problems.add(
            "unknown profile '" + profile + "'; valid profiles: " + String.join(", ", PROFILES));
      } else if (dir != null) {
        Layer overlay = dir.read(profileName + ".yaml", problems);
        if (overlay != null) {
          layers.add(overlay);
        }
      }
    }
    if (configFile != null) {
      layers.add(readFile(configFile, problems));
    }
    layers.add(OverrideLayers.fromEnvironment(env, problems));
    layers.add(OverrideLayers.fromSetArguments(sets == null ? List.of() : sets, problems));
    layers.add(OverrideLayers.secrets(env, problems));

    Map<String, Setting> merged = new LinkedHashMap<>();
    for (Layer layer : layers) {
      merged.putAll(layer.settings());
    }
    // Missing keys only mean something when base.yaml itself was read; otherwise its own problem
    // has been reported and a list of every key would bury it.
    boolean complete = base != null && !base.failed();
    Map<String, JsonNode> values = validate(merged, complete, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return ConfigBinding.bind(values);
  }

  /** The packaged defaults ({@code base.yaml} from the classpath) with no overrides. */
  public static EtlConfig defaults() {
    List<String> problems = new ArrayList<>();
    Layer base = ConfigDirectory.classpath().read(BASE, problems);
    Map<String, JsonNode> values =
        validate(base == null ? Map.of() : base.settings(), true, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return ConfigBinding.bind(values);
  }

  private static Layer readFile(Path file, List<String> problems) {
    try (InputStream in = Files.newInputStream(file)) {
      return YamlLayerReader.read(file.toString(), in, problems);
    } catch (IOException e) {
      Layer layer = Layer.forFile(problems);
      layer.fail("cannot read config file " + file + ": " + describe(e));
      return layer;
    }
  }

  /** Checks each key's type and range, then the rules between keys; returns canonical values. */
  private static Map<String, JsonNode> validate(
      Map<String, Setting> merged, boolean requireAll, List<String> problems) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    Map<String, Setting> canonical = new LinkedHashMap<>();
    for (ConfigKey key : ConfigSchema.KEYS) {
      Setting setting = merged.get(key.path());
      if (setting == null) {
        if (key.isSecret()) {
          setting = new Setting(key.path(), TextNode.valueOf(""), "default");
        } else {
          if (requireAll) {
            problems.add("missing key " + key.path() + " (base.yaml must define every key)");
          }
          continue;
        }
      }
      try {
        JsonNode value = key.type().coerce(setting.value());
        values.put(key.path(), value);
        canonical.put(key.path(), new Setting(key.path(), value, setting.source()));
      } catch (ValueType.InvalidValueException e) {
        problems.add(setting.source() + ": " + key.path() + " " + e.getMessage());
      }
    }
    for (var check : ConfigSchema.CROSS_CHECKS) {
      String problem = check.apply(canonical);
      if (problem != null) {
        problems.add(problem);
      }
    }
    return values;
  }

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
