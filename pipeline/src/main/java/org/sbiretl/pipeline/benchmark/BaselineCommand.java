package org.sbiretl.pipeline.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baseline list | backup | restore TIMESTAMP}: the saved benchmark baselines. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, backs up or restores the benchmark baseline (REPORTS/baseline.json). Restoring",
      "backs up the current baseline first, so nothing is lost."
    })
public final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "list, backup or restore.")
  String action;

  @Parameters(index = "1", arity = "0..1", description = "restore: the backup's timestamp.")
  String timestamp;

  @Mixin ReportsDirectory reports;

  @Override
  public Integer call() throws Exception {
    Baselines baselines = new Baselines(reports.get(), Clock.systemUTC());
    PrintWriter out = spec.commandLine().getOut();
    switch (action) {
      case "list" -> {
        out.printf(
            "baseline: %s%n",
            java.nio.file.Files.isRegularFile(baselines.baseline())
                ? baselines.baseline()
                : "(none)");
        for (Path backup : baselines.list()) {
          String name = backup.getFileName().toString();
          out.printf("  %s  %s%n", name.substring("baseline_".length(), name.length() - 5), backup);
        }
      }
      case "backup" -> {
        Path backup = baselines.backup();
        out.println(backup == null ? "no baseline to back up" : "backed up to " + backup);
      }
      case "restore" -> {
        if (timestamp == null) {
          throw new IllegalArgumentException(
              "baseline restore needs a TIMESTAMP (see baseline list)");
        }
        out.println("restored " + timestamp + " to " + baselines.restore(timestamp));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown action '" + action + "'; choose list, backup or restore TIMESTAMP");
    }
    out.flush();
    return 0;
  }
}
