package org.sbiretl.pipeline.cli;

import org.sbiretl.pipeline.benchmark.BaselineCommand;
import org.sbiretl.pipeline.benchmark.BenchmarkCommand;
import org.sbiretl.pipeline.benchmark.HistoryCommand;
import org.sbiretl.pipeline.benchmark.RegressionCommand;
import org.sbiretl.pipeline.calibrate.PairProfileCommand;
import org.sbiretl.pipeline.config.LoggingSetup;
import org.sbiretl.pipeline.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sbir-etl} command line: {@code enrich}, {@code generate}, and the quality tools. */
@Command(
    name = "sbir-etl",
    mixinStandardHelpOptions = true,
    version = "sbir-etl 0.1.0",
    description = "Links SBIR/STTR awards to their USAspending recipients.",
    subcommands = {
      EnrichCommand.class,
      DoctorCommand.class,
      GenerateCommand.class,
      ValidateQualityCommand.class,
      EvaluateCommand.class,
      BenchmarkCommand.class,
      RegressionCommand.class,
      BaselineCommand.class,
      HistoryCommand.class,
      PairProfileCommand.class,
      CetEvaluateCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (every ERROR quality gate passed)",
      "1:the run failed: bad arguments, bad configuration, unreadable input",
      "2:a quality gate with severity ERROR failed"
    })
public final class SbirEtlCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; usage errors exit 1 (2 is reserved for failed gates). */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new SbirEtlCommand());
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("error: " + ex.getMessage());
          c.usage(c.getErr());
          return ExitCodes.RUN_FAILED;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          // The whole trace goes to the log file only (logback.xml: sbir-etl.failure), the
          // terminal gets one line.
          org.slf4j.LoggerFactory.getLogger("sbir-etl.failure").error("the command failed", ex);
          c.getErr().println("error: " + Errors.describe(ex));
          c.getErr().println("(details in the log: " + LoggingSetup.currentFile() + ")");
          return ExitCodes.RUN_FAILED;
        });
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
