package org.sbiretl.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  /** The repository's config/ folder; tests run from the pipeline module directory. */
  static final Path REPO_CONFIG = Path.of("..", "config");

  @TempDir Path temp;

  @Test
  void baseDefaultsLoad() {
    EtlConfig config = ConfigLoader.load(REPO_CONFIG, null, Map.of(), List.of());

    assertThat(config.chunkSize(), is(10000));
    assertThat(config.memoryThresholdMb(), is(2048));
    assertThat(config.matchRateThreshold(), is(0.70));
    assertThat(config.timeoutSeconds(), is(3600));
    assertThat(config.matching().highThreshold(), is(0.90));
    assertThat(config.matching().lowThreshold(), is(0.50));
    assertThat(config.matching().maxBlockSize(), is(300));
    assertThat(config.matching().estimateParameters(), is(true));
    assertThat(config.matching().recordCandidates(), is(false));
    assertThat(config.quality().severity().matchRate(), is(Severity.ERROR));
    assertThat(config.quality().severity().errorRate(), is(Severity.ERROR));
    assertThat(config.quality().severity().memory(), is(Severity.WARN));
    assertThat(config.quality().spotCheckSampleSize(), is(50));
    assertThat(config.output().format(), is(OutputFormat.PARQUET));
    assertThat(config.logging().level(), is(LogLevel.INFO));
    assertThat(config.logging().file(), is("logs/sbir-etl.log"));
    assertThat(config.pushgateway().enabled(), is(false));
    assertThat(config.pushgateway().job(), is("sbir-etl"));
    assertThat(config.database().enabled(), is(false));
    assertThat(config.database().password(), is(""));
    assertThat(config.security().fileMode(), is("rw-r-----"));
    assertThat(config.security().directoryMode(), is("rwxr-x---"));
    assertThat(config.security().inputRoots(), is(List.of()));
  }

  @Test
  void inputRootsAreAYamlListOrPathSeparatedText() throws IOException {
    Path file =
        Files.writeString(
            temp.resolve("site.yaml"), "security:\n  input_roots: [/data/in, /ref]\n");
    assertThat(
        ConfigLoader.load(REPO_CONFIG, file, null, Map.of(), List.of()).security().inputRoots(),
        is(List.of("/data/in", "/ref")));

    String joined = String.join(java.io.File.pathSeparator, "/data/in", "/ref");
    assertThat(
        load(null, null, Map.of("SBIR_ETL_SECURITY__INPUT_ROOTS", joined), null)
            .security()
            .inputRoots(),
        is(List.of("/data/in", "/ref")));
    assertThat(
        load(null, null, Map.of(), List.of("security.input_roots=")).security().inputRoots(),
        is(List.of()));
  }

  @Test
  void packagedDefaultsMatchRepositoryDefaults() {
    assertThat(
        ConfigLoader.defaults(), equalTo(ConfigLoader.load(REPO_CONFIG, null, Map.of(), null)));
  }

  @Test
  void devProfileOverlaysOnlyWhatItChanges() {
    EtlConfig config = ConfigLoader.load(REPO_CONFIG, "dev", Map.of(), List.of());

    assertThat(config.chunkSize(), is(1000));
    assertThat(config.logging().level(), is(LogLevel.DEBUG));
    assertThat(config.output().format(), is(OutputFormat.BOTH));
    assertThat(config.matching().highThreshold(), is(0.90)); // from base
  }

  @Test
  void prodProfileMakesEveryGateAnError() {
    EtlConfig config = ConfigLoader.load(REPO_CONFIG, "prod", Map.of(), List.of());

    assertThat(config.quality().severity().errorRate(), is(Severity.ERROR));
    assertThat(config.quality().severity().memory(), is(Severity.ERROR));
    assertThat(config.logging().maxHistoryDays(), is(30));
    assertThat(config.quality().severity().matchRate(), is(Severity.ERROR)); // from base
  }

  @Test
  void eachLayerOverridesTheOnesBeforeIt() throws IOException {
    Path file = write("override.yaml", "chunk_size: 2000\nmemory_threshold_mb: 99\n");
    Map<String, String> env =
        Map.of("SBIR_ETL_CHUNK_SIZE", "3000", "SBIR_ETL_TIMEOUT_SECONDS", "77");
    List<String> sets = List.of("chunk_size=4000");

    assertThat(load(null, "dev", Map.of(), List.of()).chunkSize(), is(1000));
    assertThat(load(file, "dev", Map.of(), List.of()).chunkSize(), is(2000));
    assertThat(load(file, "dev", env, List.of()).chunkSize(), is(3000));
    EtlConfig all = load(file, "dev", env, sets);
    assertThat(all.chunkSize(), is(4000));
    // Keys set lower down survive higher layers that do not mention them.
    assertThat(all.memoryThresholdMb(), is(99));
    assertThat(all.timeoutSeconds(), is(77));
    assertThat(all.logging().level(), is(LogLevel.DEBUG));
    assertThat(all.quality().spotCheckSampleSize(), is(10));
    assertThat(all.quality().completenessThreshold(), is(0.95));
  }

  @Test
  void nestedSectionsAreMergedKeyByKey() throws IOException {
    Path file = write("override.yaml", "matching:\n  low_threshold: 0.4\n");

    EtlConfig config = load(file, null, Map.of(), List.of());

    assertThat(config.matching().lowThreshold(), is(0.4));
    assertThat(config.matching().highThreshold(), is(0.90));
    assertThat(config.matching().recordCandidates(), is(false));
  }

  @Test
  void environmentVariablesUseDoubleUnderscoreForSections() {
    Map<String, String> env =
        Map.of(
            "SBIR_ETL_MATCHING__HIGH_THRESHOLD", "0.95",
            "SBIR_ETL_MATCH_RATE_THRESHOLD", "0.8",
            "SBIR_ETL_QUALITY__SEVERITY__ERROR_RATE", "error",
            "SBIR_ETL_MATCHING__ESTIMATE_PARAMETERS", "FALSE",
            "PATH", "/usr/bin");

    EtlConfig config = load(null, null, env, List.of());

    assertThat(config.matching().highThreshold(), is(0.95));
    assertThat(config.matchRateThreshold(), is(0.8));
    assertThat(config.quality().severity().errorRate(), is(Severity.ERROR));
    assertThat(config.matching().estimateParameters(), is(false));
  }

  @Test
  void setArgumentsUseDottedKeysAndApplyInOrder() {
    EtlConfig config =
        load(
            null,
            null,
            Map.of(),
            List.of(
                "matching.high_threshold=0.95",
                "output.format=CSV",
                "pushgateway.url=http://localhost:9091",
                "chunk_size=5",
                "chunk_size=6"));

    assertThat(config.matching().highThreshold(), is(0.95));
    assertThat(config.output().format(), is(OutputFormat.CSV));
    assertThat(config.pushgateway().enabled(), is(true));
    assertThat(config.chunkSize(), is(6));
  }

  @Test
  void aFilePathIsTakenAsTheConfigOverlay() throws IOException {
    Path file = write("mine.yaml", "output:\n  format: csv\n");

    EtlConfig config = ConfigLoader.load(file, null, Map.of(), List.of());

    assertThat(config.output().format(), is(OutputFormat.CSV));
    assertThat(config.chunkSize(), is(10000));
  }

  @Test
  void configIsSerializable() throws Exception {
    EtlConfig config = load(null, "prod", Map.of("SBIR_ETL_DATABASE_PASSWORD", "s3cret"), null);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject(), equalTo(config));
    }
  }

  @Test
  void jsonMapIsTheEffectiveConfigWithTheSecretMasked() {
    EtlConfig config =
        load(
            null,
            null,
            Map.of("SBIR_ETL_DATABASE_PASSWORD", "s3cret"),
            List.of("database.url=jdbc:postgresql://db/usaspending"));

    Map<String, Object> json = config.toJsonMap();

    assertThat(json.get("chunk_size"), is(10000));
    assertThat(json.get("match_rate_threshold"), is(0.70));
    Map<?, ?> matching = (Map<?, ?>) json.get("matching");
    assertThat(matching.get("high_threshold"), is(0.90));
    assertThat(matching.get("estimate_parameters"), is(true));
    assertThat(((Map<?, ?>) json.get("output")).get("format"), is("parquet"));
    Map<?, ?> severity = (Map<?, ?>) ((Map<?, ?>) json.get("quality")).get("severity");
    assertThat(severity.get("error_rate"), is("ERROR"));
    Map<?, ?> database = (Map<?, ?>) json.get("database");
    assertThat(database.get("password"), is("****"));
    assertThat(database.get("url"), instanceOf(String.class));
    assertThat(config.database().password(), is("s3cret"));
    assertThat(json.toString(), not(containsString("s3cret")));
    assertThat(config.toString(), not(containsString("s3cret")));
  }

  private EtlConfig load(Path file, String profile, Map<String, String> env, List<String> sets) {
    return ConfigLoader.load(REPO_CONFIG, file, profile, env, sets);
  }

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(temp.resolve(name), yaml);
  }
}
