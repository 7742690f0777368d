package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * The saved baseline of a reports directory ({@code baseline.json}) and its timestamped backups
 * ({@code baselines/baseline_YYYYMMDD_HHMMSS.json}). Saving, restoring or backing up never loses
 * the baseline it replaces: that one is backed up first.
 */
final class Baselines {
  static final String BASELINE = "baseline.json";
  static final String BACKUPS = "baselines";
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

  private final Path reports;
  private final Clock clock;

  Baselines(Path reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  Path baseline() {
    return reports.resolve(BASELINE);
  }

  /**
   * Makes {@code benchmark} the baseline, after backing up the current one.
   *
   * @return the backup of the replaced baseline, or null when there was none
   */
  Path save(Path benchmark) throws IOException {
    Path backup = backup();
    Files.createDirectories(reports);
    Files.copy(benchmark, baseline(), StandardCopyOption.REPLACE_EXISTING);
    return backup;
  }

  /** Copies the baseline to a timestamped backup; null when there is no baseline. */
  Path backup() throws IOException {
    if (!Files.isRegularFile(baseline())) {
      return null;
    }
    Path dir = Files.createDirectories(reports.resolve(BACKUPS));
    String stamp = STAMP.format(clock.instant());
    Path target = dir.resolve("baseline_" + stamp + ".json");
    for (int i = 2; Files.exists(target); i++) {
      target = dir.resolve("baseline_" + stamp + "_" + i + ".json");
    }
    Files.copy(baseline(), target);
    return target;
  }

  /** Backups, oldest first. */
  List<Path> list() throws IOException {
    Path dir = reports.resolve(BACKUPS);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches("baseline_.*\\.json"))
          .sorted()
          .toList();
    }
  }

  /** Makes the backup {@code baseline_<timestamp>.json} the baseline again, after a backup. */
  Path restore(String timestamp) throws IOException {
    Path source = reports.resolve(BACKUPS).resolve("baseline_" + timestamp + ".json");
    if (!Files.isRegularFile(source)) {
      throw new IllegalArgumentException(
          "no baseline backup "
              + source.getFileName()
              + " in "
              + source.getParent()
              + "; `baseline list` shows the timestamps");
    }
    backup();
    Files.copy(source, baseline(), StandardCopyOption.REPLACE_EXISTING);
    return baseline();
  }
}
