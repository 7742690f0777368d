package org.sbiretl.pipeline.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sbiretl.pipeline.enrich.RunSummary;
import org.sbiretl.pipeline.enrich.StageTimes;
import org.sbiretl.pipeline.evaluate.Evaluator;
import org.sbiretl.pipeline.evaluate.Truth;

/**
 * One measured {@code enrich} run: a child JVM started with this JVM's own flags and class path, so
 * the measured process is the one a user starts, from JVM start to its last output file, with its
 * whole process tree's memory sampled from {@code /proc}.
 */
final class EnrichProcess {
  private static final long SAMPLE_MILLIS = 100;

  private EnrichProcess() {}

  /**
   * @param mainClass the command line's root command, whose {@code main} the child runs (the one
   *     the benchmark itself was started from)
   * @param enrichArgs the arguments after {@code enrich}, without {@code --output}
   * @param truth the truth file for precision and recall, or null
   * @throws IOException when the run fails; the message holds the end of its log
   */
  static BenchmarkReport.Run run(
      Class<?> mainClass, List<String> enrichArgs, Path output, Path truth, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.add("enrich");
    command.addAll(enrichArgs);
    command.add("--output");
    command.add(output.toString());

    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long peakRssMb;
    int exit;
    try (ProcessTreeMemory memory = new ProcessTreeMemory(process.toHandle(), SAMPLE_MILLIS)) {
      exit = process.waitFor();
      peakRssMb = memory.peakMb();
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    // Exit 2 is a failed quality gate: the run itself finished and is measured like any other.
    if (exit != 0 && exit != 2) {
      throw new IOException(
          "enrich exited " + exit + "; end of its log " + log + ":\n" + tail(log));
    }
    Map<String, Object> summary = RunSummary.read(output);
    // The child's own high-water mark catches a peak shorter than the sampling interval.
    if (summary.get(RunSummary.PEAK_RSS_MB) instanceof Number own) {
      peakRssMb = Math.max(peakRssMb, own.longValue());
    }
    Map<?, ?> counts = (Map<?, ?>) summary.get("counts");
    Map<?, ?> counters = (Map<?, ?>) summary.get("counters");
    long awards = number(counts.get("awards_read"));
    long records = awards + number(counts.get("recipients_read"));
    Double precision = null;
    Double recall = null;
    Double f1 = null;
    if (truth != null) {
      Map<String, Object> evaluation = Evaluator.evaluate(output, Truth.read(truth), 0);
      Map<?, ?> overall = (Map<?, ?>) evaluation.get("overall");
      precision = decimal(overall.get("precision"));
      recall = decimal(overall.get("recall"));
      f1 = decimal(overall.get("f1"));
    }
    return new BenchmarkReport.Run(
        wallSeconds,
        peakRssMb,
        summary.get("peak_heap_mb") instanceof Number heap ? heap.longValue() : null,
        awards,
        records,
        decimal(summary.get("match_rate")),
        precision,
        recall,
        f1,
        counters.get("blocking.pairs") instanceof Number pairs ? pairs.longValue() : null,
        stageSeconds(summary.get(StageTimes.KEY)));
  }

  /** Stage name → seconds from the run summary's stage times, in their order. */
  private static Map<String, Double> stageSeconds(Object stages) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (stages instanceof Map<?, ?> map) {
      map.forEach(
          (name, times) -> {
            if (times instanceof Map<?, ?> t && t.get(StageTimes.SECONDS) instanceof Number n) {
              out.put(String.valueOf(name), n.doubleValue());
            }
          });
    }
    return out;
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0;
  }

  private static Double decimal(Object o) {
    return o instanceof Number n ? n.doubleValue() : null;
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
