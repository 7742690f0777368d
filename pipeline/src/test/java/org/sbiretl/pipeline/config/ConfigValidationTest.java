package org.sbiretl.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigValidationTest {
  @TempDir Path temp;

  @Test
  void unknownKeyInFileNamesFileLineAndSuggestion() throws IOException {
    Path file = write("matching:\n  low_threshold: 0.4\n  hihg_threshold: 0.9\n");

    String message = failFile(file);

    assertThat(
        message,
        allOf(
            containsString(file + " line 3"),
            containsString("unknown key 'matching.hihg_threshold'"),
            containsString("did you mean 'matching.high_threshold'?")));
  }

  @Test
  void unknownKeySuggestionFindsTheRightSection() {
    assertThat(
        failSet("high_threshold=0.9"), containsString("did you mean 'matching.high_threshold'?"));
  }

  @Test
  void unknownKeyFarFromAnyHasNoSuggestion() {
    assertThat(failSet("colour_scheme=dark"), not(containsString("did you mean")));
  }

  @Test
  void unknownEnvironmentVariableIsSuggestedInEnvironmentSpelling() {
    String message = fail(Map.of("SBIR_ETL_CHUNK_SIZ", "5"), List.of());

    assertThat(
        message,
        allOf(
            containsString("environment variable SBIR_ETL_CHUNK_SIZ: unknown key 'chunk_siz'"),
            containsString("did you mean 'SBIR_ETL_CHUNK_SIZE'?")));
  }

  @Test
  void wrongTypeNamesKeyAndValue() throws IOException {
    String message = failFile(write("chunk_size: abc\n"));

    assertThat(
        message, allOf(containsString("chunk_size must be an integer"), containsString("\"abc\"")));
  }

  @Test
  void wrongTypeFromSetNamesTheArgument() {
    assertThat(
        failSet("matching.estimate_parameters=maybe"),
        allOf(
            containsString("--set matching.estimate_parameters"),
            containsString("must be true or false")));
  }

  @Test
  void probabilityOutsideUnitInterval() {
    assertThat(
        fail(Map.of("SBIR_ETL_MATCH_RATE_THRESHOLD", "1.5"), List.of()),
        allOf(
            containsString("environment variable SBIR_ETL_MATCH_RATE_THRESHOLD"),
            containsString("match_rate_threshold must be a probability in [0, 1], got 1.5")));
  }

  @Test
  void negativeCountsAndNonPositiveSizes() {
    assertThat(
        failSet("timeout_seconds=-1"), containsString("timeout_seconds must be an integer >= 0"));
    assertThat(failSet("chunk_size=0"), containsString("chunk_size must be an integer >= 1"));
    assertThat(
        failSet("matching.ambiguity_margin=-0.5"), containsString("matching.ambiguity_margin"));
  }

  @Test
  void lowThresholdAboveHighThreshold() {
    assertThat(
        failSet("matching.low_threshold=0.95"),
        allOf(
            containsString("matching.low_threshold (0.95, from --set matching.low_threshold)"),
            containsString("must not exceed matching.high_threshold (0.9")));
  }

  @Test
  void rulesBetweenKeysAreCheckedAlongsideOtherProblems() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    ConfigLoaderTest.REPO_CONFIG,
                    null,
                    Map.of(),
                    List.of("chunk_size=x", "logging.max_file_size_mb=2000")));

    assertThat(e.problems(), hasSize(2));
    assertThat(
        e.problems().get(1),
        containsString("logging.max_file_size_mb (2000, from --set logging.max_file_size_mb)"));
  }

  @Test
  void invalidEnumValuesListTheChoices() {
    assertThat(
        failSet("output.format=xml"),
        containsString("output.format must be one of parquet, csv, both, got \"xml\""));
    assertThat(
        failSet("quality.severity.match_rate=FATAL"),
        containsString("quality.severity.match_rate must be one of ERROR, WARN"));
    assertThat(
        failSet("logging.level=VERBOSE"), containsString("logging.level must be one of TRACE"));
  }

  @Test
  void malformedYamlNamesFileAndLine() throws IOException {
    Path file = write("chunk_size: 5\nmatching:\n  high_threshold: [0.9\n  low_threshold: 0.5\n");

    String message = failFile(file);

    assertThat(message, allOf(containsString("cannot parse " + file), containsString("line ")));
  }

  @Test
  void duplicateKeyInOneFileIsAnError() throws IOException {
    assertThat(failFile(write("chunk_size: 5\nchunk_size: 6\n")), containsString("chunk_size"));
  }

  @Test
  void missingConfigFile() {
    assertThat(failFile(temp.resolve("nope.yaml")), containsString("nope.yaml: no such file"));
  }

  @Test
  void unknownProfileListsValidOnes() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(ConfigLoaderTest.REPO_CONFIG, "staging", Map.of(), List.of()));

    assertThat(
        e.getMessage(), containsString("unknown profile 'staging'; valid profiles: dev, prod"));
  }

  @Test
  void sectionGivenAValue() {
    assertThat(failSet("matching=1"), containsString("'matching' is a section"));
  }

  @Test
  void setWithoutEqualsSign() {
    assertThat(failSet("chunk_size"), containsString("expected key=value"));
  }

  @Test
  void allProblemsAreReportedTogether() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    ConfigLoaderTest.REPO_CONFIG,
                    "staging",
                    Map.of("SBIR_ETL_CHUNK_SIZE", "x"),
                    List.of("output.format=xml", "nonsense=1")));

    assertThat(e.problems(), hasSize(4));
    assertThat(e.getMessage(), containsString("invalid configuration (4 problems):"));
  }

  @Test
  void passwordInFileIsRejectedWithoutEchoingIt() throws IOException {
    String message = failFile(write("database:\n  url: jdbc:h2:mem:x\n  password: hunter2\n"));

    assertThat(
        message,
        allOf(
            containsString("database.password must not be set in a config file"),
            containsString("SBIR_ETL_DATABASE_PASSWORD"),
            not(containsString("hunter2"))));
  }

  @Test
  void passwordFromSetIsRejectedWithoutEchoingIt() {
    assertThat(
        failSet("database.password=hunter2"),
        allOf(
            containsString("database.password must not be given with --set"),
            containsString("SBIR_ETL_DATABASE_PASSWORD"),
            not(containsString("hunter2"))));
  }

  @Test
  void passwordOnlyFromItsOwnVariable() {
    assertThat(
        fail(Map.of("SBIR_ETL_DATABASE__PASSWORD", "hunter2"), List.of()),
        allOf(
            containsString("set the environment variable SBIR_ETL_DATABASE_PASSWORD"),
            not(containsString("hunter2"))));

    EtlConfig config =
        ConfigLoader.load(
            ConfigLoaderTest.REPO_CONFIG,
            null,
            Map.of("SBIR_ETL_DATABASE_PASSWORD", "hunter2"),
            List.of());
    assertThat(config.database().password(), is("hunter2"));
  }

  @Test
  void urlsAreChecked() {
    assertThat(
        failSet("pushgateway.url=localhost:9091"),
        containsString("pushgateway.url must be empty or a URL"));
    assertThat(
        failSet("database.url=postgres://x"),
        containsString("database.url must be empty or a URL"));
  }

  @Test
  void permissionModesMustBePosixPermissionStrings() {
    assertThat(
        failSet("security.file_mode=rw-r--r"),
        allOf(
            containsString("--set security.file_mode: security.file_mode must be a POSIX"),
            containsString("e.g. rw-r-----, got \"rw-r--r\"")));
    assertThat(
        failSet("security.file_mode=0640"),
        containsString("security.file_mode must be a POSIX permission string"));
    assertThat(
        failSet("security.directory_mode=rwxr-x--w-"),
        containsString("security.directory_mode must be a POSIX permission string"));
  }

  @Test
  void permissionModesMustLeaveTheOwnerWhatTheRunNeeds() throws IOException {
    assertThat(
        failSet("security.file_mode=r--r-----"),
        containsString("security.file_mode must give the owner rw"));
    String message = failFile(write("security:\n  directory_mode: rw-r-x---\n"));
    assertThat(
        message,
        allOf(
            containsString("overlay.yaml line 2: security.directory_mode must give the owner rwx"),
            containsString("got \"rw-r-x---\"")));
  }

  @Test
  void inputRootsMustBeAbsolutePaths() throws IOException {
    assertThat(
        failSet("security.input_roots=data/in"),
        containsString(
            "security.input_roots must be a list of absolute paths, got \"data/in\" (not an"
                + " absolute path)"));
    assertThat(
        failFile(write("security:\n  input_roots:\n    - /data/in\n    - relative\n")),
        containsString("got \"relative\""));
    assertThat(
        failFile(write("security:\n  input_roots:\n    - {a: 1}\n")),
        containsString("security.input_roots must be a list of absolute paths, got a section"));
  }

  private String failSet(String set) {
    return fail(Map.of(), List.of(set));
  }

  private String failFile(Path file) {
    return assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(ConfigLoaderTest.REPO_CONFIG, file, null, Map.of(), List.of()))
        .getMessage();
  }

  private String fail(Map<String, String> env, List<String> sets) {
    return assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(ConfigLoaderTest.REPO_CONFIG, null, env, sets))
        .getMessage();
  }

  private Path write(String yaml) throws IOException {
    return Files.writeString(temp.resolve("overlay.yaml"), yaml);
  }
}
