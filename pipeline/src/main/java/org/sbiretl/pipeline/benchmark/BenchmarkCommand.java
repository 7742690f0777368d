package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.sbiretl.pipeline.config.Installation;
import org.sbiretl.pipeline.enrich.RunSummary;
import org.sbiretl.pipeline.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark}: runs {@code enrich} K times on generated or given data and records wall time,
 * throughput, peak memory of the whole process tree, match rate and (with a truth file) precision
 * and recall, per run and as medians with min and max.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs enrich several times on one input and writes",
      "REPORTS/benchmark_YYYYMMDD_HHMMSS.json: per run and median wall time, throughput, peak",
      "memory of the whole process tree, match rate, precision/recall and pairs scored."
    })
public final class BenchmarkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--awards", description = "Awards to generate (with --recipients).")
  Integer awards;

  @Option(names = "--recipients", description = "Recipients to generate (with --awards).")
  Integer recipients;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--data",
      description = "A directory with awards.csv, recipients.csv or .parquet, optional truth.csv.")
  Path data;

  @Option(names = "--runner", defaultValue = "flink", description = "flink or direct.")
  String runner;

  @Option(names = "--flink-master", description = "host:port of a Flink cluster.")
  String flinkMaster;

  @Option(names = "--parallelism", defaultValue = "0", description = "Runner parallelism.")
  int parallelism;

  @Option(names = "--runs", defaultValue = "3", description = "Runs (${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--set", description = "key=value passed to every enrich run.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--save-as-baseline", description = "Also make this benchmark the baseline.")
  boolean saveAsBaseline;

  @Mixin ReportsDirectory reports;

  @Override
  public Integer call() throws Exception {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    Path reportsDir = reports.get();
    Input input = input(reportsDir);
    PrintWriter out = spec.commandLine().getOut();
    Instant started = Instant.now();
    Path work = Files.createTempDirectory("sbir-etl-benchmark");
    List<BenchmarkReport.Run> measured = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      out.printf("run %d of %d on %s ...%n", i, runs, input.shape());
      out.flush();
      BenchmarkReport.Run run =
          EnrichProcess.run(
              spec.root().userObject().getClass(),
              enrichArgs(input),
              work.resolve("out-" + i),
              input.truth(),
              work.resolve("enrich-" + i + ".log"));
      measured.add(run);
      out.printf(
          "  %.1f s, peak %,d MB, %,.0f awards/s, match rate %s%s%n",
          run.wallSeconds(),
          run.peakRssMb(),
          run.awards() / run.wallSeconds(),
          percent(run.matchRate()),
          run.precision() == null
              ? ""
              : ", precision " + percent(run.precision()) + ", recall " + percent(run.recall()));
      out.flush();
    }

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("created_at", started.toString());
    report.put(BenchmarkReport.SHAPE, input.shape());
    report.put("data", input.dir().toAbsolutePath().toString());
    report.put("runner", runner);
    report.put("parallelism", parallelism);
    report.put("settings", sets);
    report.put("git_revision", gitRevision());
    report.put("machine", BenchmarkReport.machine());
    report.put(BenchmarkReport.SUMMARY, BenchmarkReport.summarise(measured));
    report.put(BenchmarkReport.RUNS, measured.stream().map(BenchmarkReport.Run::toJson).toList());
    report.put("config", RunSummary.read(work.resolve("out-1")).get("config"));
    Path file = reportsDir.resolve("benchmark_" + Baselines.STAMP.format(started) + ".json");
    BenchmarkReport.write(report, file);
    out.printf("%nWall time: median %s s%n", median(report, BenchmarkReport.WALL_SECONDS));
    out.printf(
        "Peak memory (process tree): median %s MB%n", median(report, BenchmarkReport.PEAK_RSS_MB));
    out.printf("Benchmark: %s%n", file.toAbsolutePath());
    if (saveAsBaseline) {
      Baselines baselines = new Baselines(reportsDir, Clock.systemUTC());
      Path backup = baselines.save(file);
      out.printf(
          "Baseline:  %s%s%n",
          baselines.baseline().toAbsolutePath(),
          backup == null ? "" : " (previous one backed up to " + backup + ")");
    }
    out.flush();
    deleteTree(work);
    return 0;
  }

  /** What is measured: the data directory, its shape and its truth file. */
  record Input(Path dir, Path awards, Path recipients, Path truth, Map<String, Object> shape) {}

  private Input input(Path reportsDir) throws IOException {
    if ((awards == null) != (recipients == null)) {
      throw new IllegalArgumentException("give --awards and --recipients together");
    }
    if ((awards == null) == (data == null)) {
      throw new IllegalArgumentException("give either --awards N --recipients M, or --data DIR");
    }
    Path dir = data;
    Map<String, Object> shape = new LinkedHashMap<>();
    if (awards != null) {
      // Generated data is kept and reused: the generator is deterministic for a seed.
      dir = reportsDir.resolve("data").resolve(awards + "x" + recipients + "-seed" + seed);
      if (!Files.isRegularFile(dir.resolve("truth.csv"))) {
        generate(dir);
      }
      shape.put("awards", awards);
      shape.put("recipients", recipients);
      shape.put("seed", seed);
    } else {
      shape.put("data", data.getFileName().toString());
    }
    Path awardsFile = dir.resolve("awards.csv");
    Path recipientsFile =
        Files.exists(dir.resolve("recipients.csv"))
            ? dir.resolve("recipients.csv")
            : dir.resolve("recipients.parquet");
    for (Path p : List.of(awardsFile, recipientsFile)) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("benchmark data: " + p + " not found");
      }
    }
    Path truth = dir.resolve("truth.csv");
    return new Input(
        dir, awardsFile, recipientsFile, Files.isRegularFile(truth) ? truth : null, shape);
  }

  private void generate(Path dir) {
    spec.commandLine()
        .getOut()
        .printf(
            "generating %,d awards x %,d recipients (seed %d) into %s%n",
            awards, recipients, seed, dir);
    int exit =
        new CommandLine(new GenerateCommand())
            .execute(
                "--awards",
                awards.toString(),
                "--recipients",
                recipients.toString(),
                "--seed",
                Long.toString(seed),
                "--output",
                dir.toString());
    if (exit != 0) {
      throw new IllegalStateException("generate failed (exit " + exit + ")");
    }
  }

  private List<String> enrichArgs(Input input) {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("--awards", input.awards().toString()));
    args.addAll(List.of("--recipients", input.recipients().toString()));
    args.addAll(List.of("--runner", runner));
    if (flinkMaster != null) {
      args.addAll(List.of("--flink-master", flinkMaster));
    }
    if (parallelism > 0) {
      args.addAll(List.of("--parallelism", Integer.toString(parallelism)));
    }
    for (String set : sets) {
      args.addAll(List.of("--set", set));
    }
    return args;
  }

  private static String median(Map<String, Object> report, String measure) {
    Double m = BenchmarkReport.median(report, measure);
    return m == null ? "n/a" : String.format(java.util.Locale.ROOT, "%,.1f", m);
  }

  private static String percent(Double share) {
    return share == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f %%", 100 * share);
  }

  /** The revision of the installation's git checkout, or "unknown" outside one. */
  static String gitRevision() {
    try {
      Process git =
          new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
              .directory(Installation.resolve(".").toFile())
              .redirectErrorStream(true)
              .start();
      if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0) {
        git.destroyForcibly();
        return "unknown";
      }
      return new String(git.getInputStream().readAllBytes()).strip();
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
