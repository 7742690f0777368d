package org.sbiretl.pipeline.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * security.input_roots through the commands: enrich, evaluate and doctor read under the roots and
 * refuse, in one line naming the path and the roots, what resolves outside them.
 */
class InputRootsCommandsTest {
  @TempDir Path dir;
  private Path inputs;
  private Path elsewhere;
  private CommandRun command;

  @BeforeEach
  void layout() throws IOException {
    command = new CommandRun(dir);
    inputs = Files.createDirectories(dir.resolve("inputs"));
    elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    for (String name : List.of("awards-extremes.csv", "recipients.csv")) {
      Files.copy(edge(name), inputs.resolve(name));
    }
    Files.copy(edge("awards-extremes.csv"), elsewhere.resolve("awards.csv"));
    Files.writeString(elsewhere.resolve("truth.csv"), "agency_tracking_number,expected_uei\n");
  }

  @Test
  void enrichReadsInputsUnderTheRoots() {
    int code = enrich(inputs.resolve("awards-extremes.csv"));

    assertThat(command.err(), code, is(ExitCodes.OK));
  }

  @Test
  void enrichRefusesAnAwardsFileOutsideTheRootsInOneLine() {
    Path awards = elsewhere.resolve("awards.csv");

    int code = enrich(awards);

    assertThat(code, is(ExitCodes.RUN_FAILED));
    String first = command.err().lines().findFirst().orElse("");
    assertThat(
        first,
        allOf(
            startsWith("error: --awards " + awards + " is outside the input roots"),
            containsString("security.input_roots: " + inputs)));
    assertThat(command.err(), not(containsString("\tat ")));
    assertThat(Files.exists(dir.resolve("out")), is(false));
  }

  @Test
  void enrichRefusesALinkInsideTheRootsThatLeadsOut() throws IOException {
    Path link =
        Files.createSymbolicLink(inputs.resolve("awards.csv"), elsewhere.resolve("awards.csv"));

    assertThat(enrich(link), is(ExitCodes.RUN_FAILED));
    assertThat(
        command.err(),
        containsString("it resolves to " + elsewhere.resolve("awards.csv").toRealPath()));
  }

  @Test
  void enrichRefusesDotDotOutOfTheRoots() {
    assertThat(enrich(inputs.resolve("../elsewhere/awards.csv")), is(ExitCodes.RUN_FAILED));
    assertThat(command.err(), containsString("is outside the input roots"));
  }

  @Test
  void evaluateRefusesATruthFileOutsideTheRoots() {
    Path truth = elsewhere.resolve("truth.csv");

    int code =
        command(
            "evaluate",
            "--enriched",
            inputs.resolve("out").toString(),
            "--truth",
            truth.toString(),
            "--set",
            "security.input_roots=" + inputs);

    assertThat(code, is(ExitCodes.RUN_FAILED));
    assertThat(
        command.err(),
        startsWith("error: --truth " + truth + " is outside the input roots (security"));
  }

  @Test
  void doctorFailsAnInputOutsideTheRootsOnItsLine() {
    int code =
        command(
            "doctor",
            "--awards",
            elsewhere.resolve("awards.csv").toString(),
            "--recipients",
            inputs.resolve("recipients.csv").toString(),
            "--set",
            command.logSetting(),
            "--set",
            "security.input_roots=" + inputs);

    assertThat(code, is(ExitCodes.RUN_FAILED));
    assertThat(command.out(), matchesPattern("(?s).*FAIL  awards +--awards .* is outside .*"));
    assertThat(command.out(), matchesPattern("(?s).*PASS  recipients .*"));
  }

  private int enrich(Path awards) {
    return command.enrich(
        awards,
        inputs.resolve("recipients.csv"),
        dir.resolve("out"),
        "--set",
        "security.input_roots=" + inputs);
  }

  private int command(String... args) {
    return command.run(args);
  }

  private static Path edge(String name) {
    return CommandRun.edge(name);
  }
}
