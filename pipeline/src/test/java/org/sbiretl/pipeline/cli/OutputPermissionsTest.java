package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.enrich.StagedOutput;

/**
 * enrich end to end on the Direct runner with tiny inputs: every file and folder it leaves under
 * its output, and the log file and folder, have exactly the configured permissions, with the
 * defaults and with an override. Runs as any user, root included: it reads modes, it does not rely
 * on being refused.
 */
class OutputPermissionsTest {
  @TempDir Path dir;
  private CommandRun command;

  @BeforeEach
  void command() {
    command = new CommandRun(dir);
  }

  @Test
  void theDefaultModesAreGivenToEverythingTheRunWrites() throws Exception {
    EtlConfig defaults = ConfigLoader.defaults();

    int code = enrich();

    assertThat(command.err(), code, is(ExitCodes.OK));
    assertModes(defaults.security().fileMode(), defaults.security().directoryMode());
  }

  @Test
  void configuredModesReplaceTheDefaults() throws Exception {
    int code = enrich("--format", "both", "--set", "security.file_mode=rw-------");

    assertThat(command.err(), code, is(ExitCodes.OK));
    assertModes("rw-------", ConfigLoader.defaults().security().directoryMode());
  }

  @Test
  void aSecondRunIntoTheSameOutputKeepsTheModes() throws Exception {
    assertThat(command.err(), enrich("--set", "security.directory_mode=rwx------"), is(0));
    assertThat(command.err(), enrich("--set", "security.directory_mode=rwx------"), is(0));

    assertModes(ConfigLoader.defaults().security().fileMode(), "rwx------");
  }

  private int enrich(String... extra) {
    return command.enrich(
        CommandRun.edge("awards-extremes.csv"),
        CommandRun.edge("recipients.csv"),
        dir.resolve("out"),
        extra);
  }

  private void assertModes(String fileMode, String directoryMode) throws IOException {
    Path output = dir.resolve("out");
    StagedOutput.requireComplete(output);
    List<String> wrong = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (Stream<Path> all = Files.walk(output)) {
      for (Path p : all.toList()) {
        seen.add(output.relativize(p).toString());
        check(p, fileMode, directoryMode, wrong);
      }
    }
    // The walk saw the outputs, the marker, the lock and the metrics, not an empty folder.
    assertThat(seen, hasItem(StagedOutput.SUCCESS_MARKER));
    assertThat(seen, hasItem(".lock"));
    assertThat(seen, hasItem("metrics.prom"));
    assertThat(seen, hasItem("report/quality-report.html"));
    assertThat(seen.stream().filter(s -> s.startsWith("matched/")).toList(), is(not(empty())));
    check(dir.resolve("log"), fileMode, directoryMode, wrong);
    check(dir.resolve("log/sbir-etl.log"), fileMode, directoryMode, wrong);
    assertThat(wrong, is(empty()));
  }

  private static void check(Path p, String fileMode, String directoryMode, List<String> wrong)
      throws IOException {
    boolean directory = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    String expected = directory ? directoryMode : fileMode;
    String actual =
        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    if (!actual.equals(expected)) {
      wrong.add(p + " is " + actual + ", expected " + expected);
    }
  }
}
