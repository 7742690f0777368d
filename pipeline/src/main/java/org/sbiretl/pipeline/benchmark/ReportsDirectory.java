package org.sbiretl.pipeline.benchmark;

import java.nio.file.Path;
import org.sbiretl.pipeline.config.Installation;
import picocli.CommandLine.Option;

/** The {@code --reports} option the benchmark commands share, and its default. */
final class ReportsDirectory {
  @Option(
      names = "--reports",
      description = "Benchmark directory (default: reports/benchmarks of the installation).")
  Path dir;

  Path get() {
    return dir != null ? dir : Installation.resolve("reports/benchmarks");
  }
}
