package org.sbiretl.pipeline.enrich;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sbiretl.pipeline.config.ConfigLoader;
import org.sbiretl.pipeline.security.FileModes;
import org.sbiretl.transforms.read.InvalidInputException;

class StagedOutputTest {
  private static final FileModes MODES = FileModes.of(ConfigLoader.defaults());

  @TempDir Path dir;

  private void writeRun(Path where, String content) throws IOException {
    Files.createDirectories(where.resolve("matched"));
    Files.writeString(where.resolve("matched/matched-00000-of-00001.csv"), content);
    Files.writeString(where.resolve(RunSummary.FILE), "{\"run\":\"" + content + "\"}");
  }

  private String matched() throws IOException {
    return Files.readString(dir.resolve("matched/matched-00000-of-00001.csv"));
  }

  private List<String> hidden() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".partial") || n.startsWith(".previous"))
          .toList();
    }
  }

  private void publish(String content, String runId) throws IOException {
    try (StagedOutput staged = StagedOutput.open(dir, runId, MODES)) {
      writeRun(staged.staging(), content);
      staged.publish();
    }
  }

  @Test
  void aPublishedRunReplacesThePreviousOutputsAndIsMarkedComplete() throws IOException {
    publish("first", "r1");
    Files.createDirectories(dir.resolve("someone-elses"));
    publish("second", "r2");
    assertThat(matched(), is("second"));
    assertThat(Files.readString(dir.resolve(RunSummary.FILE)), containsString("second"));
    assertThat(Files.readString(dir.resolve(StagedOutput.SUCCESS_MARKER)), containsString("r2"));
    assertThat(Files.isDirectory(dir.resolve("someone-elses")), is(true));
    assertThat(hidden(), is(empty()));
    StagedOutput.requireComplete(dir);
  }

  @Test
  void aRunThatFailsBeforePublishingLeavesThePreviousOutputUntouched() throws IOException {
    publish("good", "r1");
    try (StagedOutput staged = StagedOutput.open(dir, "r2", MODES)) {
      writeRun(staged.staging(), "half-written");
      // the run fails here: no publish()
    }
    assertThat(matched(), is("good"));
    assertThat(hidden(), is(empty()));
    StagedOutput.requireComplete(dir);
  }

  @Test
  void aSecondRunIntoTheSameDirectoryIsRefusedWhileTheFirstHoldsIt() throws IOException {
    try (StagedOutput first = StagedOutput.open(dir, "r1", MODES)) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> StagedOutput.open(dir, "r2", MODES));
      assertThat(e.getMessage(), containsString("is in use by another run"));
      assertThat(Files.isDirectory(first.staging()), is(true));
    }
    StagedOutput.open(dir, "r3", MODES).close();
  }

  @Test
  void aRunThatDiedWhilePublishingIsRolledBackToThePreviousOutput() throws IOException {
    publish("good", "r1");
    // What a run killed half-way through publish() leaves behind: the old marker and one table
    // moved aside, a new table already in place, and its staging directory.
    Path previous = dir.resolve(".previous-r2");
    Files.createDirectories(previous);
    Files.move(
        dir.resolve(StagedOutput.SUCCESS_MARKER), previous.resolve(StagedOutput.SUCCESS_MARKER));
    Files.move(dir.resolve("matched"), previous.resolve("matched"));
    writeRun(dir.resolve(".partial-r2"), "unused");
    Files.createDirectories(dir.resolve("matched"));
    Files.writeString(dir.resolve("matched/matched-00000-of-00001.csv"), "new");
    assertThrows(InvalidInputException.class, () -> StagedOutput.requireComplete(dir));

    StagedOutput.open(dir, "r3", MODES).close();

    assertThat(matched(), is("good"));
    assertThat(hidden(), is(empty()));
    StagedOutput.requireComplete(dir);
  }

  @Test
  void aRunThatDiedAfterWritingItsMarkerKeepsItsOutput() throws IOException {
    publish("old", "r1");
    publish("new", "r2");
    Files.createDirectories(dir.resolve(".previous-r2/matched"));
    Files.writeString(dir.resolve(".previous-r2/matched/matched-00000-of-00001.csv"), "old");

    StagedOutput.open(dir, "r3", MODES).close();

    assertThat(matched(), is("new"));
    assertThat(hidden(), is(empty()));
  }

  @Test
  void aDirectoryThatIsAFileIsOneClearMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StagedOutput.open(file, "r1", MODES));
    assertThat(e.getMessage(), containsString("plain-file"));
  }
}
