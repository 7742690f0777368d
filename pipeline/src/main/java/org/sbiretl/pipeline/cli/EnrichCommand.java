package org.sbiretl.pipeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.cet.CetFiles;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.config.LoggingSetup;
import org.sbiretl.pipeline.enrich.EnrichRequest;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.RunSummary;
import org.sbiretl.pipeline.enrich.RunnerChoice;
import org.sbiretl.pipeline.output.OutputTables;
import org.sbiretl.pipeline.quality.GateTable;
import org.sbiretl.pipeline.report.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code enrich}: links awards to recipients and writes the four outputs and the summary. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = {
      "Links SBIR awards to USAspending recipients by UEI, DUNS and name + location, and writes",
      "DIR/matched, DIR/review, DIR/unmatched, DIR/errors, DIR/run-summary.json and the quality",
      "report DIR/report/. Exits 2 when a quality gate with severity ERROR fails."
    })
public final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--awards", required = true, description = "SBIR.gov award CSV (file or glob).")
  String awards;

  @Option(
      names = "--recipients",
      description = {
        "recipient_lookup: CSV with or without header, .parquet, or a database table:",
        "jdbc:postgresql://HOST:PORT/DB[#TABLE] or jdbc:duckdb:FILE[#TABLE] (default table",
        "recipient_lookup; user database.user, password from SBIR_ETL_DATABASE_PASSWORD).",
        "Default: database.url."
      })
  String recipients;

  @Option(names = "--output", required = true, description = "Output directory.")
  String output;

  @Option(
      names = "--format",
      description = "parquet, csv or both (default: output.format from the config).")
  String format;

  @Option(
      names = "--runner",
      defaultValue = "flink",
      description = {
        "flink (embedded unless --flink-master is given) or direct (default: ${DEFAULT-VALUE}).",
        "The Direct runner checks more but runs ~100x slower: use it for small inputs."
      })
  String runner;

  @Option(
      names = "--flink-master",
      description = "host:port of a Flink cluster's REST endpoint; embedded Flink when absent.")
  String flinkMaster;

  @Option(names = "--parallelism", defaultValue = "0", description = "Runner parallelism.")
  int parallelism;

  @Option(
      names = "--cet-config",
      description = "CET classification settings (default: cet/classification.yaml of the config).")
  Path cetConfig;

  @Option(
      names = "--cet-taxonomy",
      description = {
        "CET taxonomy YAML (default: the one classification.yaml names, cet/taxonomy.yaml);",
        "how an earlier taxonomy version is run again (docs/deployment/cet-assets-deployment.md)."
      })
  Path cetTaxonomy;

  @Mixin ConfigOptions configOptions;

  @Override
  public Integer call() throws Exception {
    EtlConfig config =
        configOptions.load(
            format == null
                ? List.of()
                : List.of("output.format=" + format.toLowerCase(Locale.ROOT)));
    LoggingSetup.apply(config);
    if (flinkMaster != null && !runner.equalsIgnoreCase("flink")) {
      runner = "flink";
    }
    RunnerChoice choice;
    try {
      choice = RunnerChoice.parse(runner);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExitCodes.RUN_FAILED;
    }
    CetSetup cet = CetFiles.load(configOptions.configDir, cetConfig, cetTaxonomy);
    EnrichRun.Result result =
        EnrichRun.run(
            new EnrichRequest(
                awards, recipients, output, choice, flinkMaster, parallelism, config, false, cet));
    printSummary(spec.commandLine().getOut(), result);
    return GateExit.code(spec.commandLine().getErr(), result.gates());
  }

  private static void printSummary(PrintWriter out, EnrichRun.Result r) {
    out.println();
    out.printf("Awards read: %,d (valid %,d)%n", r.counts().awardsRead(), r.counts().validAwards());
    for (String table : OutputTables.ALL) {
      out.printf("  %-10s %,9d%n", table, r.counts().output(table));
    }
    if (r.counts().awardsRead() == 0) {
      out.println("No data: the awards input has no rows.");
    }
    out.println();
    GateTable.print(out, r.gates());
    out.println();
    out.printf("Outputs: %s%n", r.summaryFile().getParent());
    out.printf("Summary: %s%n", r.summaryFile());
    out.printf(
        "Report:  %s%n",
        r.summaryFile().resolveSibling(RunSummary.REPORT_DIR).resolve(QualityReport.HTML));
    out.flush();
  }
}
