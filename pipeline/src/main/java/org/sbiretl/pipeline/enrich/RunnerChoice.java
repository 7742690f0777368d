package org.sbiretl.pipeline.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The runner a run uses and the Beam arguments that select it. Runners are named by Beam's own
 * runner names so the pipeline module does not depend on Flink: the Flink runner is on the class
 * path of the job jar built by the runners module.
 */
public enum RunnerChoice {
  DIRECT("DirectRunner"),
  FLINK("FlinkRunner");

  private final String beamName;

  RunnerChoice(String beamName) {
    this.beamName = beamName;
  }

  public static RunnerChoice parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown runner '" + text + "'; choose one of: direct, flink");
    }
  }

  /**
   * Beam arguments for this runner.
   *
   * @param flinkMaster {@code host:port} of a Flink cluster, or null for embedded Flink
   * @param parallelism Flink parallelism, or 0 for the runner's default
   * @param modelChecks Direct only: keep Beam's immutability and encodability enforcement on
   */
  public List<String> beamArgs(String flinkMaster, int parallelism, boolean modelChecks) {
    List<String> args = new ArrayList<>();
    args.add("--runner=" + beamName);
    if (this == FLINK) {
      args.add("--flinkMaster=" + (flinkMaster == null ? "[local]" : flinkMaster));
      if (parallelism > 0) {
        args.add("--parallelism=" + parallelism);
      } else if (flinkMaster == null) {
        // Embedded Flink would otherwise run every operator with parallelism 1.
        args.add("--parallelism=" + Runtime.getRuntime().availableProcessors());
      }
      // Batch, so Flink runs the bounded pipeline with its batch scheduler.
      args.add("--streaming=false");
      // Copies elements between fused operators by reference where Beam's model allows it.
      args.add("--fasterCopy=true");
      // Groups larger than Beam's in-memory cache (10,000 values) are otherwise one-pass on
      // Flink; a CoGroupByKey result is read once per tag and by more than one consumer.
      // Blocks are bounded by max_block_size, so every group fits in memory.
      args.add("--reIterableGroupByKeyResult=true");
    } else {
      // The Direct runner's enforcement re-encodes every element; correct but slow for real data,
      // so only tests ask for it.
      args.add("--enforceImmutability=" + modelChecks);
      args.add("--enforceEncodability=" + modelChecks);
      // run() returns at once, so timeout_seconds can cancel a Direct run as it does a Flink one.
      args.add("--blockOnRun=false");
      if (parallelism > 0) {
        args.add("--targetParallelism=" + parallelism);
      }
    }
    return args;
  }
}
