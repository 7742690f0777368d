package org.sbiretl.pipeline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The command line run in-process the way the tests run it: what it prints is captured, its log
 * file is in the test's own folder, and {@code enrich} runs on the Direct runner. Each call adds to
 * the same captured text.
 */
public final class CommandRun {
  private final Path logFile;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Logs go to {@code dir/log/sbir-etl.log}. */
  public CommandRun(Path dir) {
    this.logFile = dir.resolve("log/sbir-etl.log");
  }

  /** Runs one command line and returns its exit code. */
  public int run(String... args) {
    CommandLine cmd = SbirEtlCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  /** {@code enrich} on the Direct runner, then the further options given. */
  public int enrich(Path awards, Path recipients, Path output, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "enrich",
                "--runner",
                "direct",
                "--awards",
                awards.toString(),
                "--recipients",
                recipients.toString(),
                "--output",
                output.toString(),
                "--set",
                logSetting()));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** The {@code --set} value that sends the log into the test's folder. */
  public String logSetting() {
    return "logging.file=" + logFile;
  }

  /** Everything printed to standard output so far. */
  public String out() {
    return out.toString();
  }

  /** Everything printed to standard error so far. */
  public String err() {
    return err.toString();
  }

  /** A fixture of {@code src/test/resources/edge}. */
  public static Path edge(String name) {
    return Path.of("src/test/resources/edge", name).toAbsolutePath();
  }
}
