package org.sbiretl.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sbiretl.pipeline.cet.CetFiles;
import org.sbiretl.pipeline.cet.CetSetup;
import org.sbiretl.pipeline.config.EtlConfig;
import org.sbiretl.pipeline.config.Installation;
import org.sbiretl.pipeline.enrich.ClusterPreflight;
import org.sbiretl.pipeline.enrich.EnrichRun;
import org.sbiretl.pipeline.enrich.InputPreflight;
import org.sbiretl.pipeline.security.FileModes;
import org.sbiretl.pipeline.security.InputRoots;
import org.sbiretl.transforms.read.DatabaseSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code doctor}: checks, before a run, everything a run needs, one line per check, and exits 1 on
 * any failure. Each check calls the code the run itself uses (the same preflight, the same config
 * loader), so doctor and enrich cannot disagree.
 */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks Java and memory, the configuration, the inputs, the output and log folders, the",
      "benchmark baseline, the Flink cluster and the Pushgateway. One line per check (PASS, WARN,",
      "FAIL); exit 1 on any FAIL."
    })
public final class DoctorCommand implements Callable<Integer> {
  /** Less free disk than this under the output or log folder is a failure; 10× it a warning. */
  static final long MIN_FREE_MB = 200;

  @Spec CommandSpec spec;

  @Mixin ConfigOptions configOptions;

  @Option(names = "--awards", description = "Award CSV (file or glob) to check.")
  String awards;

  @Option(names = "--recipients", description = "Recipient CSV or Parquet to check.")
  String recipients;

  @Option(names = "--output", description = "Output directory to check.")
  Path output;

  @Option(names = "--flink-master", description = "host:port of a Flink cluster to check.")
  String flinkMaster;

  @Option(names = "--parallelism", defaultValue = "0", description = "Slots the run will need.")
  int parallelism;

  enum Status {
    PASS,
    WARN,
    FAIL
  }

  record Check(Status status, String name, String detail) {}

  @Override
  public Integer call() {
    List<Check> checks = new ArrayList<>();
    checks.add(java());
    EtlConfig config = null;
    try {
      config = configOptions.load(List.of());
      checks.add(new Check(Status.PASS, "config", "valid"));
    } catch (RuntimeException e) {
      checks.add(new Check(Status.FAIL, "config", Errors.describe(e)));
    }
    checks.add(cet());
    // Without a valid configuration the inputs are still checked, against no roots.
    InputRoots roots = config == null ? InputRoots.of(List.of()) : InputRoots.of(config);
    FileModes modes = config == null ? null : FileModes.of(config);
    checks.add(input("awards", "--awards", awards, true, roots));
    checks.add(recipients(config, roots));
    if (output != null) {
      checks.add(writable("output", output.toAbsolutePath(), modes));
    }
    if (config != null) {
      Path log = Installation.resolve(config.logging().file());
      checks.add(writable("log folder", log.getParent(), modes));
      checks.add(pushgateway(config));
    }
    Path baseline = Installation.resolve("reports/benchmarks/baseline.json");
    checks.add(
        Files.isRegularFile(baseline)
            ? new Check(Status.PASS, "baseline", baseline.toString())
            : new Check(
                Status.WARN,
                "baseline",
                "none at " + baseline + ": `sbir-etl benchmark ... --save-as-baseline` saves one"));
    if (flinkMaster != null) {
      try {
        ClusterPreflight.check(flinkMaster, parallelism);
        checks.add(new Check(Status.PASS, "flink cluster", flinkMaster + " has free slots"));
      } catch (RuntimeException e) {
        checks.add(new Check(Status.FAIL, "flink cluster", e.getMessage()));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Check c : checks) {
      if (c != null) {
        out.printf(Locale.ROOT, "%-4s  %-13s %s%n", c.status(), c.name(), c.detail());
      }
    }
    out.flush();
    return checks.stream().anyMatch(c -> c != null && c.status() == Status.FAIL)
        ? ExitCodes.RUN_FAILED
        : ExitCodes.OK;
  }

  /** The CET stage's files, loaded as enrich loads them. */
  private Check cet() {
    try {
      CetSetup cet = CetFiles.load(configOptions.configDir, null, null);
      return cet.enabled()
          ? new Check(
              Status.PASS,
              "cet",
              "taxonomy "
                  + cet.taxonomy().version()
                  + " ("
                  + cet.taxonomy().areas().size()
                  + " areas) from "
                  + cet.taxonomySource())
          : new Check(Status.PASS, "cet", "disabled in " + cet.classificationSource());
    } catch (RuntimeException e) {
      return new Check(Status.FAIL, "cet", Errors.describe(e));
    }
  }

  /** Java 17 or newer, and the heap the run will get. */
  static Check java() {
    int feature = Runtime.version().feature();
    long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    String detail =
        String.format(
            Locale.ROOT,
            "Java %s, heap up to %,d MB, %d cores",
            Runtime.version(),
            heapMb,
            Runtime.getRuntime().availableProcessors());
    if (feature < 17) {
      return new Check(Status.FAIL, "java", detail + ": Java 17 or newer is needed");
    }
    return heapMb < 1024
        ? new Check(
            Status.WARN,
            "java",
            detail + ": under 1 GB of heap runs only small inputs (JAVA_OPTS=-Xmx1200m)")
        : new Check(Status.PASS, "java", detail);
  }

  /** Recipient files as for awards; a database (a jdbc: URL, or database.url) is connected to. */
  private Check recipients(EtlConfig config, InputRoots roots) {
    if (recipients == null && (config == null || !config.database().enabled())) {
      return null;
    }
    if (config == null) {
      return input("recipients", "--recipients", recipients, false, roots);
    }
    try {
      DatabaseSource database = EnrichRun.database(recipients, config);
      if (database == null) {
        return input("recipients", "--recipients", recipients, false, roots);
      }
      database.check();
      return new Check(Status.PASS, "recipients", database + ": reachable, recipient columns");
    } catch (RuntimeException e) {
      return new Check(Status.FAIL, "recipients", Errors.describe(e));
    }
  }

  private static Check input(
      String what, String option, String pattern, boolean awardsFile, InputRoots roots) {
    if (pattern == null) {
      return null;
    }
    try {
      String absolute = InputPreflight.absolute(pattern);
      roots.check(option, absolute);
      if (awardsFile) {
        InputPreflight.checkAwards(absolute);
      } else {
        InputPreflight.checkRecipients(absolute);
      }
      return new Check(Status.PASS, what, absolute + ": readable, header recognised");
    } catch (RuntimeException e) {
      return new Check(Status.FAIL, what, Errors.describe(e));
    }
  }

  /**
   * The folder exists or can be created, a file can be written in it, and the disk has room. A
   * folder created here gets the configured directory mode, as the run would give it.
   *
   * @param modes null when the configuration is invalid
   */
  static Check writable(String what, Path dir, FileModes modes) {
    try {
      if (modes == null) {
        Files.createDirectories(dir);
      } else {
        modes.createDirectories(dir);
      }
      Path probe = Files.createTempFile(dir, ".doctor-", ".tmp");
      Files.delete(probe);
      long freeMb = Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
      String detail = String.format(Locale.ROOT, "%s: writable, %,d MB free", dir, freeMb);
      if (freeMb < MIN_FREE_MB) {
        return new Check(Status.FAIL, what, detail + " (under " + MIN_FREE_MB + " MB)");
      }
      return new Check(freeMb < 10 * MIN_FREE_MB ? Status.WARN : Status.PASS, what, detail);
    } catch (IOException | RuntimeException e) {
      return new Check(Status.FAIL, what, dir + ": not writable (" + e + ")");
    }
  }

  /** A configured Pushgateway answers; monitoring never fails a run, so this only warns. */
  private static Check pushgateway(EtlConfig config) {
    if (!config.pushgateway().enabled()) {
      return new Check(Status.PASS, "pushgateway", "not configured (pushgateway.url is empty)");
    }
    String url = config.pushgateway().url().replaceAll("/+$", "") + "/-/ready";
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200
          ? new Check(Status.PASS, "pushgateway", url + " ready")
          : new Check(Status.WARN, "pushgateway", url + " answered " + response.statusCode());
    } catch (IOException e) {
      return new Check(
          Status.WARN, "pushgateway", url + " unreachable (" + e + "); runs will not push");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Check(Status.WARN, "pushgateway", "interrupted");
    }
  }
}
