package org.sbiretl.pipeline.benchmark;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinesTest {
  @TempDir Path dir;

  private Baselines at(String instant) {
    return new Baselines(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private Path benchmark(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "benchmark_", ".json"), content);
  }

  @Test
  void savingBacksUpTheBaselineItReplacesAndRestoreBringsItBack() throws IOException {
    assertThat(at("2026-12-01T10:00:00Z").save(benchmark("first")), is(nullValue()));
    Path backup = at("2026-12-02T11:30:00Z").save(benchmark("second"));
    assertThat(backup.getFileName().toString(), is("baseline_20261202_113000.json"));
    assertThat(Files.readString(backup), is("first"));
    assertThat(Files.readString(dir.resolve("baseline.json")), is("second"));

    at("2026-12-02T12:00:00Z").restore("20261202_113000");
    assertThat(Files.readString(dir.resolve("baseline.json")), is("first"));
    // Restoring backed up the baseline it replaced, so "second" is not lost either.
    assertThat(at("2026-12-02T12:00:00Z").list(), hasSize(2));
    assertThat(
        Files.readString(dir.resolve("baselines/baseline_20261202_120000.json")), is("second"));
  }

  @Test
  void twoBackupsInOneSecondKeepBoth() throws IOException {
    Baselines b = at("2026-12-02T11:30:00Z");
    b.save(benchmark("one"));
    b.backup();
    b.backup();
    assertThat(b.list(), hasSize(2));
  }

  @Test
  void restoringAnUnknownTimestampSaysWhereToLook() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> at("2026-12-02T11:30:00Z").restore("1999"));
    assertThat(e.getMessage(), containsString("baseline list"));
  }
}
