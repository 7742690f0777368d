package org.sbiretl.pipeline.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {
  @TempDir Path temp;

  @AfterEach
  void restoreTestLogging() throws Exception {
    // Closes the file appender (so the temp dir can be deleted) and goes back to logback-test.xml.
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void writesToTheConfiguredFileAtTheConfiguredLevel() throws Exception {
    Path logFile = temp.resolve("nested/dir/etl.log");
    EtlConfig config = config("logging.level=DEBUG", "logging.file=" + logFile);

    assertThat(LoggingSetup.apply(config), is(true));
    Logger own = LoggerFactory.getLogger("org.sbiretl.pipeline.Something");
    Logger beam = LoggerFactory.getLogger("org.apache.beam.sdk.Something");
    own.debug("debug line");
    own.trace("trace line");
    beam.info("beam info line");
    beam.warn("beam warn line");

    String written = Files.readString(logFile);
    assertThat(written, containsString("DEBUG org.sbiretl.pipeline.Something - debug line"));
    assertThat(written, not(containsString("trace line")));
    assertThat(written, not(containsString("beam info line")));
    assertThat(written, containsString("beam warn line"));
  }

  @Test
  void stricterLevelDropsInfo() throws Exception {
    Path logFile = temp.resolve("etl.log");
    LoggingSetup.apply(config("logging.level=ERROR", "logging.file=" + logFile));

    Logger own = LoggerFactory.getLogger("org.sbiretl.pipeline.Something");
    own.warn("warn line");
    own.error("error line");
    LoggerFactory.getLogger("org.apache.flink.Something").warn("flink warn line");

    String written = Files.readString(logFile);
    assertThat(written, containsString("error line"));
    assertThat(written, not(containsString("warn line")));
  }

  @Test
  void rotationSettingsAreApplied() {
    Path logFile = temp.resolve("etl.log");
    LoggingSetup.apply(
        config(
            "logging.file=" + logFile,
            "logging.max_file_size_mb=3",
            "logging.max_history_days=4",
            "logging.total_size_cap_mb=50"));

    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    var appender =
        (ch.qos.logback.core.rolling.RollingFileAppender<?>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
    var policy =
        (ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
    assertThat(appender.getFile(), is(logFile.toString()));
    assertThat(policy.getMaxHistory(), is(4));
    assertThat(policy.getFileNamePattern(), is(logFile + ".%d{yyyy-MM-dd}.%i.gz"));
  }

  @Test
  void theLogFolderFileAndArchivesGetTheConfiguredModes() throws Exception {
    Path logFile = temp.resolve("logs/etl.log");
    LoggingSetup.apply(
        config(
            "logging.file=" + logFile,
            "logging.max_file_size_mb=1",
            "security.file_mode=rw-------",
            "security.directory_mode=rwx------"));
    assertThat(mode(temp.resolve("logs")), is("rwx------"));
    assertThat(mode(logFile), is("rw-------"));

    // Past 1 MB the file is rolled over: the archive is a new file, gzipped in the background.
    Logger own = LoggerFactory.getLogger("org.sbiretl.pipeline.Something");
    String line = "x".repeat(1000);
    for (int i = 0; i < 1500; i++) {
      own.info("{} {}", i, line);
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset(); // stops the appender, which waits for the archive

    List<Path> files;
    try (var list = Files.list(temp.resolve("logs"))) {
      files = list.toList();
    }
    assertThat(files.toString(), files.size() > 1, is(true));
    for (Path file : files) {
      assertThat(file.toString(), mode(file), is("rw-------"));
    }
  }

  @Test
  void anExistingLogFolderKeepsItsMode() throws Exception {
    Path shared = Files.createDirectories(temp.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

    LoggingSetup.apply(config("logging.file=" + shared.resolve("etl.log")));

    assertThat(mode(shared), is("rwxr-xr-x"));
    assertThat(mode(shared.resolve("etl.log")), is("rw-r-----"));
  }

  private static String mode(Path p) throws java.io.IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void unwritableLogFileIsAConfigError() throws Exception {
    Path notADirectory = Files.writeString(temp.resolve("plain-file"), "x");

    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> LoggingSetup.apply(config("logging.file=" + notADirectory.resolve("etl.log"))));

    assertThat(e.getMessage(), containsString("logging.file"));
  }

  private static EtlConfig config(String... sets) {
    return ConfigLoader.load(ConfigLoaderTest.REPO_CONFIG, null, Map.of(), List.of(sets));
  }
}
